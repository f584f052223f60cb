import {
  AXIS_HEIGHT,
  type BandRows,
  CHAR_WIDTH,
  CLUSTER_EDGE,
  CLUSTER_GAP,
  CLUSTER_MIN_DISTANCE,
  CLUSTER_ROW_HEIGHT,
  LABEL_GAP,
  MIN_LABEL_CHARS,
  overflowTop,
  rowTop,
  TRACK_CHAR_WIDTH,
  TRACK_MIN_WIDTH,
  TRACK_ROW_HEIGHT,
  trackTop,
} from "./geometry.ts";
import { bisectLeft, prepareItems, shortenLabel } from "./prepareItems.ts";
import type { Cluster, PlacedItem, TimelineItem } from "./types.ts";

/** Options of {@link layoutEvents}. */
export interface LayoutOptions {
  /** Rows available for labels. */
  rows: number;
  /** Rows of the thin track for long bands (0: none). */
  trackRows: number;
  /** An event that must be drawn (the selected or focused one) even where others crowd it: placed first. */
  pinned?: string | null;
  /** Top of this band of rows, px: under the axis, or a lane's top. */
  top?: number;
  /** Left end of the overflow row, px: a lane keeps room there for its name. */
  overflowFrom?: number;
  /** Prefix of the join keys: a lane's topic, since an event is drawn once per lane it belongs to. */
  keyPrefix?: string;
}

/** Longest band label drawn on the track, characters: the band is wide, so more of the title fits than in a row. */
const MAX_TRACK_CHARS = 60;

/**
 * Places items in time order (as sortItems gives them) on a [from, to) window drawn `width` px wide. Long bands go on
 * the thin track, so a year cannot take every row from the days inside it; every other item takes the first row where
 * its mark and label overlap nothing. What fits nowhere goes to the overflow
 * row: alone it is drawn as itself, and only events too close to draw apart are gathered into a cluster with a count.
 * Items outside the window are skipped, so the work and the output stay small however many events there are.
 */
export function layoutEvents(
  items: readonly TimelineItem[],
  domain: readonly [number, number],
  width: number,
  options: LayoutOptions,
): { placed: PlacedItem[]; clusters: Cluster[] } {
  // Pinning reorders the rows, so it is done only when the pinned event would otherwise sit in a cluster: focusing
  // or choosing an event that is drawn never moves the marks (a click would land where its mark no longer is).
  if (!options.pinned) return placeEvents(items, domain, width, options);
  const plain = placeEvents(items, domain, width, { ...options, pinned: null });
  const hidden = plain.clusters.some((c) => c.ids.includes(options.pinned as string));
  return hidden ? placeEvents(items, domain, width, options) : plain;
}

function placeEvents(
  items: readonly TimelineItem[],
  domain: readonly [number, number],
  width: number,
  options: LayoutOptions,
): { placed: PlacedItem[]; clusters: Cluster[] } {
  const [from, to] = domain;
  const k = width / Math.max(to - from, 1);
  const band: BandRows = { top: options.top ?? AXIS_HEIGHT, trackRows: options.trackRows, rows: options.rows };
  const prefix = options.keyPrefix ? `${options.keyPrefix}:` : "";
  const track = Array.from({ length: band.trackRows }, () => new RowSpans());
  const rows = Array.from({ length: band.rows }, () => new RowSpans());
  const placed: PlacedItem[] = [];
  const overflow: Candidate[] = [];

  // Items are in start order, so only those starting between (from − longest item) and `to` can show.
  const { t0: starts, t1: ends, labels, maxSpan } = prepareItems(items);
  const first = bisectLeft(starts, from - maxSpan);
  const last = bisectLeft(starts, to);
  const pinned: Candidate[] = [];
  const ordinary: Candidate[] = [];
  for (let index = first; index < last; index++) {
    const item = items[index] as TimelineItem;
    const t0 = starts[index] ?? 0;
    const t1 = ends[index] ?? 0;
    if (t1 <= from) continue;
    const point = item.precision === "day";
    const x0 = (t0 - from) * k;
    // A day is a point at its start; anything longer is a band to the end of its last day.
    const x1 = point ? x0 : (t1 - from) * k;
    const c = { item, index, x0, x1, t0, t1, point, label: labels[index] ?? item.title };
    (item.id === options.pinned ? pinned : ordinary).push(c);
  }

  // Bands wide on screen take the track first; those it cannot hold go to the rows after everything else.
  const wide: Candidate[] = [];
  const missed: Candidate[] = [];
  for (const c of [...pinned, ...ordinary]) {
    if (c.point || visibleWidth(c, width) < TRACK_MIN_WIDTH) continue;
    const left = Math.max(c.x0, 0);
    const right = Math.min(c.x1, width);
    const row = track.findIndex((r) => r.fits(left - 1, right + 3));
    if (row === -1) {
      missed.push(c);
      continue;
    }
    track[row]?.add(left - 1, right + 3);
    const chars = Math.floor((right - left - 8) / TRACK_CHAR_WIDTH);
    const label = chars >= MIN_LABEL_CHARS ? shortenLabel(c.item.title, Math.min(chars, MAX_TRACK_CHARS)) : "";
    placed.push(place(c, "track", row, trackTop(band, row), left + 4, label));
    c.done = true;
  }
  // More long bands than the track and a few rows could hold (a large archive has a year-long event for every week):
  // the track's last row counts them by year instead, so they never pile into clusters that zooming cannot break up.
  const counted: Cluster[] = [];
  if (missed.length > MAX_MISSED_BANDS && band.trackRows > 0) {
    const last = band.trackRows - 1;
    for (let i = placed.length - 1; i >= 0; i--) {
      const p = placed[i] as PlacedItem;
      if (p.kind !== "track" || p.row !== last) continue;
      placed.splice(i, 1);
      const c = [...pinned, ...ordinary].find((o) => o.index === p.index) as Candidate;
      missed.push(c);
    }
    for (const c of missed) c.done = true;
    counted.push(...countBands(missed, width, trackTop(band, last) + TRACK_ROW_HEIGHT / 2, prefix));
  } else for (const c of missed) if (c.x1 - c.x0 > width / 4) wide.push(c);

  for (const c of [...pinned, ...ordinary.filter((o) => !wide.includes(o)), ...wide]) {
    if (c.done) continue;
    const spot = findRow(c);
    if (!spot) {
      overflow.push(c);
      continue;
    }
    rows[spot.row]?.add(spot.left, spot.right);
    const p = place(c, "row", spot.row, rowTop(band, spot.row), spot.labelX, c.label);
    placed.push(spot.atEnd ? { ...p, labelAtEnd: true } : p);
  }

  lengthenLabels(placed, width);
  const gathered = gatherOverflow(overflow, width, overflowTop(band), options.overflowFrom ?? CLUSTER_EDGE, prefix);
  placed.push(...gathered.bare);
  placed.sort((a, b) => a.index - b.index);
  return { placed, clusters: [...counted, ...gathered.clusters] };

  /** The first row with room for the mark and its label. */
  function findRow(c: Candidate): { row: number; left: number; right: number; labelX: number; atEnd: boolean } | null {
    const textWidth = c.label.length * CHAR_WIDTH;
    const markLeft = Math.max(c.x0, 0);
    // A label starts under the mark; near the right edge it ends there instead, so it is never cut off.
    const start = c.point ? markLeft - 5 : markLeft;
    const atEnd = start > width - textWidth - 4;
    const labelX = Math.max(atEnd ? width - textWidth - 4 : start, 0);
    const left = Math.min(markLeft - 6, labelX);
    const right = Math.max(Math.min(c.x1, width), labelX + textWidth) + LABEL_GAP;
    const row = rows.findIndex((r) => r.fits(left, right));
    return row === -1 ? null : { row, left, right, labelX, atEnd };
  }

  function place(c: Candidate, kind: PlacedItem["kind"], row: number, y: number, labelX: number, label: string) {
    return {
      item: c.item,
      key: `${prefix}${c.item.id}`,
      index: c.index,
      x0: c.x0,
      x1: c.x1,
      kind,
      row,
      y,
      labelX,
      label,
      shape: c.point ? "point" : "band",
    } satisfies PlacedItem;
  }
}

/** Long bands the track cannot hold that still go to the rows one by one; past this many, the track counts them. */
export const MAX_MISSED_BANDS = 6;

/**
 * Long bands counted on a track row: one mark per year they start in, across the stretch they cover (years whose
 * stretches overlap share one), as a cluster with its count, so choosing it lists them.
 */
export function countBands(bands: readonly Candidate[], width: number, y: number, prefix = ""): Cluster[] {
  const years = new Map<number, Candidate[]>();
  for (const c of bands) {
    const year = new Date(c.t0).getUTCFullYear();
    const members = years.get(year);
    if (members) members.push(c);
    else years.set(year, [c]);
  }
  const groups: { x0: number; x1: number; members: Candidate[] }[] = [];
  for (const year of [...years.keys()].sort((a, b) => a - b)) {
    const members = years.get(year) as Candidate[];
    const x0 = Math.max(Math.min(...members.map((m) => m.x0)), 0);
    const x1 = Math.min(Math.max(...members.map((m) => m.x1)), width);
    const previous = groups.at(-1);
    // Years that only meet (one ends where the next begins) keep their own marks; years that overlap share one.
    if (previous && x0 < previous.x1 - 4) {
      previous.x1 = Math.max(previous.x1, x1);
      previous.members.push(...members);
    } else groups.push({ x0, x1, members: [...members] });
  }
  return groups.map(({ x0, x1, members }) => {
    const sorted = [...members].sort((a, b) => a.index - b.index);
    const first = sorted[0] as Candidate;
    return {
      key: `${prefix}b${first.index}`,
      x: (x0 + x1) / 2,
      y,
      count: sorted.length,
      from: Math.min(...sorted.map((m) => m.t0)),
      to: Math.max(...sorted.map((m) => m.t1)),
      firstIndex: first.index,
      ids: sorted.map((m) => m.item.id),
      band: { x0, x1 },
    };
  });
}

/** Longest label a row gives an event when the room after it allows, characters. */
const MAX_ROOMY_CHARS = 60;

/**
 * Rows are packed with labels cut to {@link MAX_LABEL_CHARS}; where a row has room after a label (a wide screen, a
 * quiet stretch), the label takes more of its title, up to the next mark in the row. Packing is unchanged.
 */
function lengthenLabels(placed: PlacedItem[], width: number): void {
  const byRow = new Map<number, PlacedItem[]>();
  for (const p of placed) {
    if (p.kind !== "row") continue;
    const row = byRow.get(p.row);
    if (row) row.push(p);
    else byRow.set(p.row, [p]);
  }
  for (const row of byRow.values()) {
    row.sort((a, b) => a.labelX - b.labelX);
    row.forEach((p, i) => {
      if (p.labelAtEnd || p.label.length >= p.item.title.length) return;
      const next = row[i + 1];
      const limit = next ? Math.min(Math.max(next.x0, 0) - 6, next.labelX) - LABEL_GAP : width - 4;
      const chars = Math.min(Math.floor((limit - p.labelX) / CHAR_WIDTH), MAX_ROOMY_CHARS);
      if (chars > p.label.length) p.label = shortenLabel(p.item.title, chars);
    });
  }
}

/** An event in the window, with its times and place on screen, as the layout works on it. */
export interface Candidate {
  item: TimelineItem;
  index: number;
  x0: number;
  x1: number;
  t0: number;
  t1: number;
  point: boolean;
  label: string;
  done?: boolean;
}

function visibleWidth(c: { x0: number; x1: number }, width: number): number {
  return Math.min(c.x1, width) - Math.max(c.x0, 0);
}

/**
 * The overflow row: events within {@link CLUSTER_GAP} px of each other are gathered into one counted mark, and an
 * event with no such neighbour is drawn as itself, with as much of its label as fits before the next mark.
 */
export function gatherOverflow(
  overflow: readonly Candidate[],
  width: number,
  top: number,
  from = CLUSTER_EDGE,
  prefix = "",
): { bare: PlacedItem[]; clusters: Cluster[] } {
  const y = top + CLUSTER_ROW_HEIGHT / 2;
  const at = (c: Candidate) => clamp((Math.max(c.x0, 0) + Math.min(c.x1, width)) / 2, 0, width);
  const sorted = [...overflow].sort((a, b) => at(a) - at(b) || a.index - b.index);
  const groups: { x: number; left: number; members: Candidate[] }[] = [];
  for (const c of sorted) {
    const group = groups.at(-1);
    if (group && at(c) - group.left < CLUSTER_GAP) {
      group.members.push(c);
      group.x += (at(c) - group.x) / group.members.length;
    } else groups.push({ x: at(c), left: at(c), members: [c] });
  }
  const marks = spreadMarks(groups, width, from);
  const bare: PlacedItem[] = [];
  const clusters: Cluster[] = [];
  marks.forEach((group, i) => {
    const members = [...group.members].sort((a, b) => a.index - b.index);
    const c = members[0] as Candidate;
    if (members.length > 1) {
      clusters.push({
        key: `${prefix}c${c.index}`,
        x: group.x,
        y,
        count: members.length,
        from: Math.min(...members.map((m) => m.t0)),
        to: Math.max(...members.map((m) => m.t1)),
        firstIndex: c.index,
        ids: members.map((m) => m.item.id),
      });
      return;
    }
    // Alone in its stretch of the row: the event itself, labelled up to the next mark if a useful part fits.
    const next = marks[i + 1];
    const room = (next ? next.x - (next.members.length > 1 ? 16 : 8) : width) - (group.x + 9) - 6;
    const chars = Math.min(Math.floor(room / CHAR_WIDTH), c.label.length);
    const shift = group.x - at(c);
    bare.push({
      item: c.item,
      key: `${prefix}${c.item.id}`,
      index: c.index,
      x0: c.point ? group.x : c.x0 + shift,
      x1: c.point ? group.x : c.x1 + shift,
      kind: "bare",
      row: 0,
      y: top,
      labelX: group.x + 9,
      // A band's label would cover the band itself: only a point gets one here.
      label: c.point && chars >= Math.min(MIN_LABEL_CHARS, c.label.length) ? shortenLabel(c.item.title, chars) : "",
      shape: c.point ? "point" : "band",
    });
  });
  return { bare, clusters };
}

/**
 * Keeps overflow marks apart and whole inside the view: means of neighbouring groups can sit close, and
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
