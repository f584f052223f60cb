/** Ignore right-click and Ctrl+drag (the context menu); wheel with Ctrl is a trackpad pinch, so keep it. */
export function allowGesture(event: MouseEvent | WheelEvent | TouchEvent): boolean {
  return (!event.ctrlKey || event.type === "wheel") && !("button" in event && event.button);
}

/** True when the reader asked for less motion: zooms then jump instead of gliding. */
export function prefersReducedMotion(): boolean {
  return window.matchMedia("(prefers-reduced-motion: reduce)").matches;
}
