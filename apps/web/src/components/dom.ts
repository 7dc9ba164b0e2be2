type Child = Node | string | null | undefined | false;

interface Props {
  class?: string;
  title?: string;
  /** Other attributes (never event handlers: wire those with addEventListener). */
  attrs?: Record<string, string>;
  dataset?: Record<string, string>;
  /** CSS properties, set through the CSSOM (allowed by a strict Content-Security-Policy, unlike style attributes). */
  style?: Record<string, string>;
  on?: Partial<{ [K in keyof HTMLElementEventMap]: (event: HTMLElementEventMap[K]) => void }>;
}

/**
 * Creates an element. String children become text nodes, so text from documents is always shown as
 * text, never parsed as markup: the app has no innerHTML anywhere.
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.class) element.className = props.class;
  if (props.title) element.title = props.title;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (/^on/i.test(name)) throw new Error(`web: refusing to set event attribute ${name}`);
    element.setAttribute(name, value);
  }
  Object.assign(element.dataset, props.dataset ?? {});
  for (const [name, value] of Object.entries(props.style ?? {})) element.style.setProperty(name, value);
  for (const [type, listener] of Object.entries(props.on ?? {})) element.addEventListener(type, listener as EventListener);
  for (const child of children) if (child) element.append(child);
  return element;
}

/** Replaces an element's children. */
export function replaceChildren(element: Element, ...children: Child[]): void {
  element.replaceChildren(...children.filter((c): c is Node | string => Boolean(c)));
}
