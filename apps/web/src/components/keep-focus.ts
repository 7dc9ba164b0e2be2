/**
 * Replaces a container's content, then gives keyboard focus back to the control with the same
 * `data-focus-key`: re-rendering after a click or key press must not drop the user's place.
 */
export function replaceKeepingFocus(container: Element, content: Node): void {
  const active = document.activeElement;
  const key = active instanceof HTMLElement && container.contains(active) ? active.dataset.focusKey : undefined;
  container.replaceChildren(content);
  if (key) container.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(key)}"]`)?.focus();
}
