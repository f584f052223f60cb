import { bisector } from "d3-array";
import type { Timex } from "./types.ts";

const byStart = bisector((t: Timex) => t.start);

/** Index of the last expression that ends at or before `offset` in a list sorted by start, or -1. */
export function lastIndexBefore(sorted: readonly Timex[], offset: number): number {
  let i = byStart.left(sorted, offset) - 1;
  while (i >= 0 && (sorted[i] as Timex).end > offset) i--;
  return i;
}

/** The nearest expression before `offset` whose value fits `shape`, looking back at most `within` characters. */
export function findPreceding(
  sorted: readonly Timex[],
  offset: number,
  shape: RegExp,
  within = Number.POSITIVE_INFINITY,
  skip?: (t: Timex) => boolean,
): Timex | null {
  for (let i = lastIndexBefore(sorted, offset); i >= 0; i--) {
    const t = sorted[i] as Timex;
    if (offset - t.end > within) return null;
    if (shape.test(t.value) && !skip?.(t)) return t;
  }
  return null;
}

/** The first expression starting after `offset` and before `limit` whose value fits `shape`. */
export function findFollowing(
  sorted: readonly Timex[],
  offset: number,
  limit: number,
  shape: RegExp,
  skip?: (t: Timex) => boolean,
): Timex | null {
  for (let i = lastIndexBefore(sorted, offset) + 1; i < sorted.length; i++) {
    const t = sorted[i] as Timex;
    if (t.start >= limit) return null;
    if (t.start > offset && shape.test(t.value) && !skip?.(t)) return t;
  }
  return null;
}
