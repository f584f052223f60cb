import { type ScaleTime, scaleUtc } from "d3-scale";
import { DAY_MS } from "../dates/isoDay.ts";

/** Narrowest window the timeline zooms to: a week, where single days are far apart. */
export const MIN_WINDOW_MS = 7 * DAY_MS;

/**
 * The zoom factor and offset (d3-zoom's k and x) that show [from, to] on a base scale covering `extent` over
 * `width` px: k is how many times narrower the window is, x shifts the window's start to the left edge.
 */
export function transformFor(
  extent: readonly [number, number],
  window: readonly [number, number],
  width: number,
): { k: number; x: number } {
  const k = (extent[1] - extent[0]) / Math.max(window[1] - window[0], 1);
  const x = -((window[0] - extent[0]) / (extent[1] - extent[0])) * width * k;
  return { k, x };
}

/** Largest zoom factor for an extent: one that shows {@link MIN_WINDOW_MS}. */
export function maxZoom(extent: readonly [number, number]): number {
  return Math.max((extent[1] - extent[0]) / MIN_WINDOW_MS, 1);
}

/** A UTC time scale from a [from, to] domain in ms to [0, width] px; UTC so the machine's zone never moves a day. */
export function makeScale(domain: readonly [number, number], width: number): ScaleTime<number, number> {
  return scaleUtc()
    .domain([new Date(domain[0]), new Date(domain[1])])
    .range([0, width]);
}
