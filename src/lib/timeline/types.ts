import type { Precision } from "../../schema/precision.ts";

/** The trimmed event the timeline draws: everything it needs, nothing from the article bodies. */
export interface TimelineItem {
  /** Event id, also the slug of its page (/events/ID/). */
  id: string;
  title: string;
  /** First day, inclusive, YYYY-MM-DD. */
  start: string;
  /** Last day, inclusive, YYYY-MM-DD. */
  end: string;
  precision: Precision;
  /** Hedged or derived dates are drawn with faded, dashed edges. */
  approximate: boolean;
  /** Gazetteer topic ids, sorted. */
  topics: string[];
  /** Background before the main period; outside the default view. */
  context: boolean;
  /** Announced or planned for its date, not reported as done: drawn hollow and worded as a plan. */
  scheduled: boolean;
}

/** A pixel range on the x axis: [left, right). */
export interface Span {
  x0: number;
  x1: number;
}

/**
 * Where a placed event is drawn: a labelled `row`; the thin `track` of long bands (label inside the band when it
 * fits); or `bare` in the overflow row, a mark without a row of its own, because a cluster of one is never drawn.
 */
export type PlaceKind = "row" | "track" | "bare";

/** An event placed on the timeline at a given scale. */
export interface PlacedItem {
  item: TimelineItem;
  /** Join key: the event id, or "topic:id" in lanes, where an event is drawn once per topic lane. */
  key: string;
  /** Position of the event in time order in the list laid out (stable across zooms, used by the keyboard). */
  index: number;
  /** Left edge of the date mark, px. */
  x0: number;
  /** Right edge of the date mark, px (equal to x0 for a day drawn as a point). */
  x1: number;
  kind: PlaceKind;
  /** Row within its kind, 0 first (for `bare`, always 0). */
  row: number;
  /** Top of the row it is drawn in, px from the top of the drawing. */
  y: number;
  /** Left end of the label text, px: kept inside the view near either edge. */
  labelX: number;
  /** The label was pushed against the right edge: drawn ending there, so a font wider than estimated never spills. */
  labelAtEnd?: boolean;
  /** Label text as drawn (possibly shortened; "" when no label fits, the full title shows on hover and focus). */
  label: string;
  /** Whether the mark is a point (a day) or a band (a week, month, year …). */
  shape: "point" | "band";
  /** Lane it is drawn in (0 first), when lanes are on. */
  lane?: number;
}

/** Two or more events that did not fit any row and sit too close to draw apart, gathered at one place with a count. */
export interface Cluster {
  /** Join key: the first event's index, prefixed by the lane's topic in lanes. */
  key: string;
  /** Centre of the cluster mark, px. */
  x: number;
  /** Vertical centre of the cluster mark, px. */
  y: number;
  /** How many events it holds; always at least 2. */
  count: number;
  /** Earliest start and latest end of its events, ms since epoch (UTC): choosing it zooms here. */
  from: number;
  to: number;
  /** Index of its first event in the time-ordered list laid out. */
  firstIndex: number;
  /** Its events' ids in time order, for the list it opens when zooming cannot separate them. */
  ids: string[];
  /** Lane it is drawn in (0 first), when lanes are on. */
  lane?: number;
  /** Long bands counted on the track: the stretch they cover, px, drawn as a band instead of a disc. */
  band?: { x0: number; x1: number };
}

/** One tick of the axis. */
export interface Tick {
  /** ms since epoch (UTC). */
  time: number;
  x: number;
  label: string;
}

/** One topic lane as drawn: its topic ("" for the rest), its top and its height, px. */
export interface LaneBox {
  topic: string;
  y: number;
  height: number;
}

/** The whole drawing for one scale: what the server renders and the client re-renders on zoom. */
export interface TimelineLayout {
  width: number;
  ticks: Tick[];
  /** Granularity the ticks were chosen at ("decade", "year", "month", "week", "day"). */
  tickUnit: TickUnit;
  placed: PlacedItem[];
  clusters: Cluster[];
  /** Height of the drawing, px. */
  height: number;
  /** Topic lanes, when on. */
  lanes: LaneBox[];
}

/** Granularity of the axis, coarse to fine. */
export type TickUnit = "century" | "decade" | "year" | "quarter" | "month" | "week" | "day";
