import type { Camera } from "sigma";

/** Share of the view an arrow key pans by. */
const PAN_STEP = 0.15;
const ANIMATION_MS = 150;

/**
 * Arrow keys pan and + / − zoom the camera while the graph has keyboard focus; 0 frames what is shown.
 * The graph takes focus with Tab like any control.
 */
export function keyboardCamera(stage: HTMLElement, camera: Camera, fit: () => void): void {
  stage.tabIndex = 0;
  stage.addEventListener("keydown", (event) => {
    const { x, y, ratio } = camera.getState();
    const step = PAN_STEP * ratio;
    const moves: Record<string, () => void> = {
      ArrowLeft: () => void camera.animate({ x: x - step }, { duration: ANIMATION_MS }),
      ArrowRight: () => void camera.animate({ x: x + step }, { duration: ANIMATION_MS }),
      ArrowUp: () => void camera.animate({ y: y + step }, { duration: ANIMATION_MS }),
      ArrowDown: () => void camera.animate({ y: y - step }, { duration: ANIMATION_MS }),
      "+": () => void camera.animatedZoom({ duration: ANIMATION_MS }),
      "=": () => void camera.animatedZoom({ duration: ANIMATION_MS }),
      "-": () => void camera.animatedUnzoom({ duration: ANIMATION_MS }),
      "0": fit,
    };
    const move = moves[event.key];
    if (!move || event.ctrlKey || event.metaKey || event.altKey) return;
    event.preventDefault();
    move();
  });
}
