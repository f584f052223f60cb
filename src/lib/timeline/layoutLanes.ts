import { ascending } from "d3-array";
import { AXIS_HEIGHT, LANE_LABEL_WIDTH, LANE_ROWS, ROW_HEIGHT } from "./geometry.ts";
import { layoutEvents, spreadMarks } from "./layoutEvents.ts";
import type { Cluster, PlacedItem, TimelineItem } from "./types.ts";

/** One topic lane: its topic ("" for events with none of the lane topics) and its events in time order. */
export interface Lane {
  topic: string;
  items: TimelineItem[];
}

/** Most lanes drawn; topics past this share the last, unnamed lane. */
export const MAX_LANES = 6;

/**
 * Splits time-ordered items into topic lanes: the chosen topics, or else the busiest ones. Each event goes
 * to the first lane whose topic it has, so it is drawn once; the rest go to a final lane with topic "".
 */
export function splitLanes(items: readonly TimelineItem[], chosen: readonly string[]): Lane[] {
  const counts = new Map<string, number>();
  for (const item of items) for (const topic of item.topics) counts.set(topic, (counts.get(topic) ?? 0) + 1);
  const topics = (
    chosen.length > 0
      ? [...chosen]
      : [...counts.keys()].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || ascending(a, b))
  )
    .filter((topic) => counts.has(topic))
    .slice(0, MAX_LANES - 1);
  const lanes: Lane[] = [...topics.map((topic) => ({ topic, items: [] as TimelineItem[] })), { topic: "", items: [] }];
  for (const item of items) {
    const lane = lanes.find((l) => l.topic !== "" && item.topics.includes(l.topic)) ?? (lanes.at(-1) as Lane);
    lane.items.push(item);
  }
  return lanes.filter((lane) => lane.items.length > 0);
}

/**
 * Lays out each lane as its own small timeline of {@link LANE_ROWS} rows plus a cluster row, stacked under
 * the axis. Rows are numbered across lanes, so the drawing code needs nothing lane-specific but the labels.
 */
export function layoutLanes(
  lanes: readonly Lane[],
  domain: readonly [number, number],
  width: number,
  pinned: string | null,
): {
  placed: PlacedItem[];
  clusters: Cluster[];
  lanes: { topic: string; row: number; rows: number }[];
  height: number;
} {
  const placed: PlacedItem[] = [];
  const clusters: Cluster[] = [];
  const laneRows = LANE_ROWS + 1;
  lanes.forEach((lane, i) => {
    const first = i * laneRows;
    const out = layoutEvents(lane.items, domain, width, { rows: LANE_ROWS, pinned });
    for (const p of out.placed) placed.push({ ...p, row: p.row + first });
    // The lane's name sits at the left of its cluster row: clusters start right of it so nothing overlaps.
    const laneClusters = out.clusters.map((c) => ({ ...c, row: first + LANE_ROWS }));
    clusters.push(...spreadMarks(laneClusters, width, LANE_LABEL_WIDTH));
  });
  const rows = lanes.length * laneRows;
  return {
    placed,
    clusters,
    lanes: lanes.map((lane, i) => ({ topic: lane.topic, row: i * laneRows, rows: laneRows })),
    height: AXIS_HEIGHT + rows * ROW_HEIGHT,
  };
}
