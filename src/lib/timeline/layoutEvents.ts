import { bisectLeft } from "d3-array";
import { CHAR_WIDTH, CLUSTER_EDGE, CLUSTER_GAP, CLUSTER_MIN_DISTANCE, LABEL_GAP } from "./geometry.ts";
import { prepareItems } from "./prepareItems.ts";
import type { Cluster, PlacedItem, TimelineItem } from "./types.ts";

/** Options of {@link layoutEvents}. */
export interface LayoutOptions {
  /** Rows available for labels. */
  rows: number;
  /** An event that must be drawn (the selected one) even where others crowd it: placed first. */
  pinned?: string | null;
}

/**
 * Places items in time order (as sortItems gives them) on a [from, to] domain drawn `width` px wide: each visible item takes the first
 * row where its mark and label overlap nothing; those that fit nowhere are gathered into clusters with a count.
 * Items outside the window are skipped, so the output stays small however many events there are.
 */
export function layoutEvents(
  items: readonly TimelineItem[],
  domain: readonly [number, number],
  width: number,
  options: LayoutOptions,
): { placed: PlacedItem[]; clusters: Cluster[] } {
  const [from, to] = domain;
  const k = width / Math.max(to - from, 1);
  const rows = Array.from({ length: options.rows }, () => new RowSpans());
  const placed: PlacedItem[] = [];
  const overflow: { x: number; t0: number; t1: number; index: number }[] = [];

  // Items are in start order, so only those starting between (from − longest item) and `to` can show.
  const { t0: starts, t1: ends, labels, maxSpan } = prepareItems(items);
  const first = bisectLeft(starts, from - maxSpan);
  const last = bisectLeft(starts, to + 1);
  // The pinned event goes first; bands wider than a quarter of the view go last, so a year that spans
  // the whole window cannot take every row from the days inside it. Within each group, start order.
  const pinned: Candidate[] = [];
  const ordinary: Candidate[] = [];
  const wide: Candidate[] = [];
  for (let index = first; index < last; index++) {
    const item = items[index] as TimelineItem;
    const t0 = starts[index] ?? 0;
    const t1 = ends[index] ?? 0;
    if (t1 < from) continue;
    const point = item.precision === "day";
    const x0 = (t0 - from) * k;
    // A day is a point at its start; anything longer is a band to the end of its last day.
    const x1 = point ? x0 : (t1 - from) * k;
    const c = { item, index, x0, x1, t0, t1, point, label: labels[index] ?? item.title };
    if (item.id === options.pinned) pinned.push(c);
    else (x1 - x0 > width / 4 ? wide : ordinary).push(c);
  }
  const candidates = [...pinned, ...ordinary, ...wide];

  for (const c of candidates) {
    const s = span(c);
    const row = rows.findIndex((r) => r.fits(s.left, s.right));
    if (row === -1) {
      overflow.push({
        x: clamp((Math.max(c.x0, 0) + Math.min(c.x1, width)) / 2, 0, width),
        t0: c.t0,
        t1: c.t1,
        index: c.index,
      });
      continue;
    }
    rows[row]?.add(s.left, s.right);
    placed.push(place(c, row, s));
  }
  placed.sort((a, b) => a.index - b.index);
  return { placed, clusters: gatherClusters(overflow, width) };

  /** The stretch of a row an item needs: its mark and its label, the label kept inside the view. */
  function span(c: Candidate) {
    const label = c.label;
    const textWidth = label.length * CHAR_WIDTH;
    const markLeft = Math.max(c.x0, 0);
    // A point's label starts under the dot; near the right edge it ends there instead, so it is never cut off.
    const labelX = Math.max(Math.min(c.point ? markLeft - 5 : markLeft, width - textWidth - 4), 0);
    const left = Math.min(markLeft - 6, labelX);
    const right = Math.max(Math.min(c.x1, width), labelX + textWidth) + LABEL_GAP;
    return { left, right, label, labelX };
  }
}

interface Candidate {
  item: TimelineItem;
  index: number;
  x0: number;
  x1: number;
  t0: number;
  t1: number;
  point: boolean;
  /** Label as drawn. */
  label: string;
}

function place(c: Candidate, row: number, s: { label: string; labelX: number }): PlacedItem {
  return {
    item: c.item,
    index: c.index,
    x0: c.x0,
    x1: c.x1,
    row,
    label: s.label,
    labelX: s.labelX,
    shape: c.point ? "point" : "band",
  };
}

/** Groups overflowing items that sit within {@link CLUSTER_GAP} px of each other into one counted mark. */
export function gatherClusters(
  overflow: readonly { x: number; t0: number; t1: number; index: number }[],
  width: number,
): Cluster[] {
  const sorted = [...overflow].sort((a, b) => a.x - b.x || a.index - b.index);
  const clusters: (Cluster & { left: number; sum: number })[] = [];
  for (const o of sorted) {
    const last = clusters.at(-1);
    if (last && o.x - last.left < CLUSTER_GAP) {
      last.count += 1;
      last.sum += o.x;
      last.x = last.sum / last.count;
      last.from = Math.min(last.from, o.t0);
      last.to = Math.max(last.to, o.t1);
      last.firstIndex = Math.min(last.firstIndex, o.index);
    } else {
      clusters.push({ x: o.x, count: 1, from: o.t0, to: o.t1, firstIndex: o.index, left: o.x, sum: o.x });
    }
  }
  return spreadMarks(
    clusters.map(({ x, count, from, to, firstIndex }) => ({ x, count, from, to, firstIndex })),
    width,
  );
}

/**
 * Keeps cluster marks apart and whole inside the view: means of neighbouring groups can sit close, and
 * a group at an edge would be cut in half. Left to right pushes marks apart, right to left pulls the
 * last ones back inside; the left edge wins when the row is too full for both.
 */
export function spreadMarks<T extends { x: number }>(marks: T[], width: number, from = CLUSTER_EDGE): T[] {
  let limit = width - CLUSTER_EDGE;
  for (let i = marks.length - 1; i >= 0; i--) {
    const mark = marks[i] as T;
    mark.x = Math.min(mark.x, limit);
    limit = mark.x - CLUSTER_MIN_DISTANCE;
  }
  let previous = from - CLUSTER_MIN_DISTANCE;
  for (const mark of marks) {
    mark.x = Math.max(mark.x, previous + CLUSTER_MIN_DISTANCE);
    previous = mark.x;
  }
  return marks;
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(Math.max(x, lo), hi);
}

/** The taken stretches of one row of labels, kept sorted so a fit is a binary search, not a scan. */
export class RowSpans {
  #starts: number[] = [];
  #ends: number[] = [];

  /** True when [left, right) overlaps nothing already in the row. */
  fits(left: number, right: number): boolean {
    const i = bisectLeft(this.#starts, left);
    const before = this.#ends[i - 1];
    const after = this.#starts[i];
    return (before === undefined || before <= left) && (after === undefined || after >= right);
  }

  /** Takes [left, right); call only after {@link fits} said yes. */
  add(left: number, right: number): void {
    const i = bisectLeft(this.#starts, left);
    this.#starts.splice(i, 0, left);
    this.#ends.splice(i, 0, right);
  }
}
