import { AXIS_HEIGHT, bandHeight, COMPACT_TRACK_ROWS, LANE_LABEL_WIDTH, LANE_ROWS } from "./geometry.ts";
import { layoutEvents } from "./layoutEvents.ts";
import type { Cluster, LaneBox, PlacedItem, TimelineItem } from "./types.ts";

/** One topic lane: its topic ("" for events with none of the lane topics) and its events in time order. */
export interface Lane {
  topic: string;
  items: TimelineItem[];
}

/** Most lanes drawn; topics past this share the last lane, "Other". */
export const MAX_LANES = 6;

/**
 * Splits time-ordered items into topic lanes: the chosen topics, or else the busiest ones. An event appears in the
 * lane of each of its topics, so every lane tells its topic's whole story; events with none of the lane topics go
 * to a final lane with topic "".
 */
export function splitLanes(items: readonly TimelineItem[], chosen: readonly string[]): Lane[] {
  const topics = laneTopics(items, chosen);
  const lanes: Lane[] = [...topics.map((topic) => ({ topic, items: [] as TimelineItem[] })), { topic: "", items: [] }];
  const other = lanes.at(-1) as Lane;
  for (const item of items) {
    let placed = false;
    for (const lane of lanes)
      if (lane.topic !== "" && item.topics.includes(lane.topic)) {
        lane.items.push(item);
        placed = true;
      }
    if (!placed) other.items.push(item);
  }
  return lanes.filter((lane) => lane.items.length > 0);
}

/** The topics that get a lane: the chosen ones in the data, else the busiest, ties by name; at most MAX_LANES − 1. */
export function laneTopics(items: readonly TimelineItem[], chosen: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const item of items) for (const topic of item.topics) counts.set(topic, (counts.get(topic) ?? 0) + 1);
  const topics =
    chosen.length > 0
      ? [...chosen]
      : [...counts.keys()].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0));
  return topics.filter((topic) => counts.has(topic)).slice(0, MAX_LANES - 1);
}

/**
 * Lays out each lane as its own small timeline (one track row, {@link LANE_ROWS} label rows and an overflow row),
 * stacked under the axis. Keys carry the lane's topic, since an event with two lane topics is drawn in both.
 */
export function layoutLanes(
  lanes: readonly Lane[],
  domain: readonly [number, number],
  width: number,
  pinned: string | null,
): { placed: PlacedItem[]; clusters: Cluster[]; lanes: LaneBox[]; height: number } {
  const placed: PlacedItem[] = [];
  const clusters: Cluster[] = [];
  const boxes: LaneBox[] = [];
  const rows = { trackRows: COMPACT_TRACK_ROWS, rows: LANE_ROWS };
  const height = bandHeight(rows);
  lanes.forEach((lane, i) => {
    const top = AXIS_HEIGHT + i * height;
    // The lane's name sits at the left of its overflow row: marks there start right of it so nothing overlaps.
    const out = layoutEvents(lane.items, domain, width, {
      ...rows,
      pinned,
      top,
      overflowFrom: LANE_LABEL_WIDTH,
      keyPrefix: lane.topic || "other",
    });
    for (const p of out.placed) placed.push({ ...p, lane: i });
    for (const c of out.clusters) clusters.push({ ...c, lane: i });
    boxes.push({ topic: lane.topic, y: top, height });
  });
  return { placed, clusters, lanes: boxes, height: AXIS_HEIGHT + lanes.length * height };
}
