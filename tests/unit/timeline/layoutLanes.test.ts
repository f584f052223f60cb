import { describe, expect, it } from "vitest";
import { dayToTime } from "../../../src/lib/dates/isoDay.ts";
import { AXIS_HEIGHT, LANE_LABEL_WIDTH, LANE_ROWS, ROW_HEIGHT } from "../../../src/lib/timeline/geometry.ts";
import { layoutLanes, splitLanes } from "../../../src/lib/timeline/layoutLanes.ts";
import { item as makeItem } from "../../support/factories.ts";

const item = (id: string, start: string, topics: string[]) => makeItem(id, start, { topics });
const items = [
  item("a", "2024-01-01", ["syria"]),
  item("b", "2024-02-01", ["gaza", "israel"]),
  item("c", "2024-03-01", ["syria", "russia"]),
  item("d", "2024-04-01", []),
];

describe("splitLanes(items, chosen)", () => {
  it("makes a lane per busiest topic and puts each event in the first lane it fits, the rest in Other", () => {
    expect(splitLanes(items, []).map((l) => [l.topic, l.items.map((i) => i.id)])).toEqual([
      ["syria", ["a", "c"]],
      ["gaza", ["b"]],
      ["", ["d"]],
    ]);
  });

  it("uses the chosen topics when there are some", () => {
    expect(splitLanes(items, ["israel"]).map((l) => [l.topic, l.items.map((i) => i.id)])).toEqual([
      ["israel", ["b"]],
      ["", ["a", "c", "d"]],
    ]);
  });
});

describe("layoutLanes(lanes, domain, width, pinned)", () => {
  const domain: [number, number] = [dayToTime("2024-01-01"), dayToTime("2025-01-01")];

  it("numbers rows across lanes and sizes the drawing to fit them", () => {
    const out = layoutLanes(splitLanes(items, []), domain, 1000, null);
    expect(out.lanes.map((l) => l.row)).toEqual([0, LANE_ROWS + 1, 2 * (LANE_ROWS + 1)]);
    expect(out.placed.find((p) => p.item.id === "b")?.row).toBe(LANE_ROWS + 1);
    expect(out.height).toBe(AXIS_HEIGHT + 3 * (LANE_ROWS + 1) * ROW_HEIGHT);
  });

  it("keeps a lane's clusters clear of its name", () => {
    const crowd = Array.from({ length: 12 }, (_, i) => item(`e${i}`, "2024-01-02", ["syria"]));
    const out = layoutLanes(splitLanes(crowd, []), domain, 1000, null);
    expect(out.clusters.length).toBeGreaterThan(0);
    for (const c of out.clusters) {
      expect(c.x).toBeGreaterThanOrEqual(LANE_LABEL_WIDTH);
      expect(c.row).toBe(LANE_ROWS);
    }
  });
});
