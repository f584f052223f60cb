import { describe, expect, it } from "vitest";
import { dayToTime } from "../../../src/lib/dates/isoDay.ts";
import {
  AXIS_HEIGHT,
  bandHeight,
  COMPACT_TRACK_ROWS,
  LANE_LABEL_WIDTH,
  LANE_ROWS,
} from "../../../src/lib/timeline/geometry.ts";
import { layoutLanes, splitLanes } from "../../../src/lib/timeline/layoutLanes.ts";
import { item as makeItem } from "../../support/factories.ts";

const item = (id: string, start: string, topics: string[]) => makeItem(id, start, { topics });
const items = [
  item("a", "2024-01-01", ["syria"]),
  item("b", "2024-02-01", ["gaza", "israel"]),
  item("c", "2024-03-01", ["russia", "syria"]),
  item("d", "2024-04-01", []),
];
const lanesOf = (lanes: ReturnType<typeof splitLanes>) => lanes.map((l) => [l.topic, l.items.map((i) => i.id)]);

describe("splitLanes(items, chosen)", () => {
  it("makes a lane per busiest topic, puts an event in the lane of each of its topics, and the rest in Other", () => {
    expect(lanesOf(splitLanes(items, []))).toEqual([
      ["syria", ["a", "c"]],
      ["gaza", ["b"]],
      ["israel", ["b"]],
      ["russia", ["c"]],
      ["", ["d"]],
    ]);
  });

  it("uses the chosen topics when there are some", () => {
    expect(lanesOf(splitLanes(items, ["israel"]))).toEqual([
      ["israel", ["b"]],
      ["", ["a", "c", "d"]],
    ]);
  });
});

describe("layoutLanes(lanes, domain, width, pinned)", () => {
  const domain: [number, number] = [dayToTime("2024-01-01"), dayToTime("2025-01-01")];
  const height = bandHeight({ rows: LANE_ROWS, trackRows: COMPACT_TRACK_ROWS });

  it("stacks the lanes under the axis and sizes the drawing to fit them", () => {
    const out = layoutLanes(splitLanes(items, []), domain, 1000, null);
    expect(out.lanes.map((l) => l.y)).toEqual([0, 1, 2, 3, 4].map((i) => AXIS_HEIGHT + i * height));
    expect(out.height).toBe(AXIS_HEIGHT + 5 * height);
  });

  it("draws an event once in each of its lanes, with a key per lane", () => {
    const out = layoutLanes(splitLanes(items, []), domain, 1000, null);
    expect(out.placed.filter((p) => p.item.id === "b").map((p) => [p.key, p.lane])).toEqual([
      ["gaza:b", 1],
      ["israel:b", 2],
    ]);
  });

  it("keeps a lane's clusters clear of its name", () => {
    const crowd = Array.from({ length: 12 }, (_, i) => item(`e${i}`, "2024-01-02", ["syria"]));
    const out = layoutLanes(splitLanes(crowd, []), domain, 1000, null);
    expect(out.clusters.length).toBeGreaterThan(0);
    for (const c of out.clusters) expect(c.x).toBeGreaterThanOrEqual(LANE_LABEL_WIDTH);
  });
});
