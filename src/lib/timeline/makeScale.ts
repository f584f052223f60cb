import { type ScaleTime, scaleUtc } from "d3-scale";

/** A UTC time scale from a [from, to] domain in ms to [0, width] px; UTC so the machine's zone never moves a day. */
export function makeScale(domain: readonly [number, number], width: number): ScaleTime<number, number> {
  return scaleUtc()
    .domain([new Date(domain[0]), new Date(domain[1])])
    .range([0, width]);
}
