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
}

/** A pixel range on the x axis: [left, right). */
export interface Span {
  x0: number;
  x1: number;
}

/** An event placed on the timeline at a given scale. */
export interface PlacedItem {
  item: TimelineItem;
  /** Position of the event in time order in the full list (stable across zooms, used by the keyboard). */
  index: number;
  /** Left edge of the date mark, px. */
  x0: number;
  /** Right edge of the date mark, px (equal to x0 for a day drawn as a point). */
  x1: number;
  /** Row from the axis outwards, 0 first. */
  row: number;
  /** Left end of the label text, px: kept inside the view near either edge. */
  labelX: number;
  /** Label text as drawn (possibly shortened). */
  label: string;
  /** Whether the mark is a point (a day) or a band (a week, month, year …). */
  shape: "point" | "band";
}

/** Events that did not fit any row, gathered at one place with a count. */
export interface Cluster {
  /** Centre of the cluster mark, px. */
  x: number;
  count: number;
  /** Earliest start and latest end of its events, ms since epoch (UTC): choosing it zooms here. */
  from: number;
  to: number;
  /** Index range in the full time-ordered list, for a stable key. */
  firstIndex: number;
  /** Row the cluster sits in when lanes are on (each lane has its own); absent: the shared cluster row. */
  row?: number;
}

/** One tick of the axis. */
export interface Tick {
  /** ms since epoch (UTC). */
  time: number;
  x: number;
  label: string;
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
  /** Topic lanes, when on: each lane's topic ("" for the rest) and its first row. */
  lanes: { topic: string; row: number; rows: number }[];
}

/** Granularity of the axis, coarse to fine. */
export type TickUnit = "century" | "decade" | "year" | "quarter" | "month" | "week" | "day";
