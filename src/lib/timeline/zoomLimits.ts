import { DAY_MS } from "../dates/isoDay.ts";

/** Narrowest window the timeline zooms to: a week, where single days are far apart. */
export const MIN_WINDOW_MS = 7 * DAY_MS;

/**
 * A window made showable: no narrower than {@link MIN_WINDOW_MS}, no wider than the extent, and inside it. Every way
 * of moving the view (buttons, keys, URL, reveal, brush, clusters, gestures) passes through this, so none can zoom
 * out past the data or into a date the calendar cannot write. A moving view is moved back inside, keeping its width
 * (`move`); a window asked for by name (a URL) keeps its start and is cut at the data's end (`cut`), so "2025" shows
 * from January, not from the November before.
 */
export function clampWindow(
  window: readonly [number, number],
  extent: readonly [number, number],
  how: "move" | "cut" = "move",
): [number, number] {
  if (how === "cut") {
    const cut: [number, number] = [Math.max(window[0], extent[0]), Math.min(window[1], extent[1])];
    if (cut[1] - cut[0] >= MIN_WINDOW_MS) return cut;
  }
  const full = extent[1] - extent[0];
  const wanted = window[1] - window[0];
  if (!Number.isFinite(wanted) || !Number.isFinite(window[0])) return [extent[0], extent[1]];
  const span = Math.min(Math.max(wanted, Math.min(MIN_WINDOW_MS, full)), full);
  // A window narrowed to the minimum keeps its centre; one that only moves keeps its width.
  const start = wanted < span ? (window[0] + window[1] - span) / 2 : window[0];
  const from = Math.min(Math.max(start, extent[0]), extent[1] - span);
  return [from, from + span];
}

/** A window `factor` times as wide (below 1 narrower) around the time `at`, which keeps its place on screen. */
export function zoomWindow(window: readonly [number, number], factor: number, at: number): [number, number] {
  return [at - (at - window[0]) * factor, at + (window[1] - at) * factor];
}
