/** True when the reader asked for less motion: zooms then jump instead of gliding. */
export function prefersReducedMotion(): boolean {
  return window.matchMedia("(prefers-reduced-motion: reduce)").matches;
}

/** How long a zoom or a jump glides, ms. */
const GLIDE_MS = 250;

/**
 * Glides the view from one window to another: the span changes geometrically (so zooming feels even at every
 * scale) and the centre moves with it, eased in and out. Calls `step` each frame with the window to show and
 * returns a function that stops the glide (a new gesture interrupts an old one).
 */
export function glide(
  from: readonly [number, number],
  to: readonly [number, number],
  step: (window: [number, number]) => void,
): () => void {
  const start = performance.now();
  const [c0, c1] = [(from[0] + from[1]) / 2, (to[0] + to[1]) / 2];
  const [s0, s1] = [from[1] - from[0], to[1] - to[0]];
  let frame = 0;
  const tick = (now: number) => {
    const t = Math.min((now - start) / GLIDE_MS, 1);
    const e = t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
    const span = s0 * (s1 / s0) ** e;
    const centre = c0 + (c1 - c0) * e;
    step(t === 1 ? [to[0], to[1]] : [centre - span / 2, centre + span / 2]);
    if (t < 1) frame = requestAnimationFrame(tick);
  };
  frame = requestAnimationFrame(tick);
  return () => cancelAnimationFrame(frame);
}
