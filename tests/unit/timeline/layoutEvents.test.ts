import { describe, expect, it } from "vitest";
import { dayToTime } from "../../../src/lib/dates/isoDay.ts";
import { CHAR_WIDTH } from "../../../src/lib/timeline/geometry.ts";
import { gatherClusters, layoutEvents, spreadMarks } from "../../../src/lib/timeline/layoutEvents.ts";
import type { TimelineItem } from "../../../src/lib/timeline/types.ts";
import { item as makeItem } from "../../support/factories.ts";

/** A Syria event titled "Event <id>": label widths in these cases depend on the title. */
function item(id: string, start: string, end = start, precision: TimelineItem["precision"] = "day"): TimelineItem {
  return makeItem(id, start, { end, precision, title: `Event ${id}`, topics: ["syria"] });
}

const year2024: [number, number] = [dayToTime("2024-01-01"), dayToTime("2025-01-01")];

describe("layoutEvents(items, domain, width, options)", () => {
  it("puts far-apart events in the first row", () => {
    const { placed, clusters } = layoutEvents([item("a", "2024-01-10"), item("b", "2024-07-01")], year2024, 1000, {
      rows: 3,
    });
    expect(placed.map((p) => [p.item.id, p.row])).toEqual([
      ["a", 0],
      ["b", 0],
    ]);
    expect(clusters).toEqual([]);
  });

  it("stacks events whose labels would overlap in successive rows", () => {
    const items = [item("a", "2024-03-01"), item("b", "2024-03-02"), item("c", "2024-03-03")];
    expect(layoutEvents(items, year2024, 1000, { rows: 3 }).placed.map((p) => p.row)).toEqual([0, 1, 2]);
  });

  it("gathers what does not fit into one cluster with a count", () => {
    const items = ["01", "02", "03", "04", "05"].map((d) => item(d, `2024-03-${d}`));
    const { placed, clusters } = layoutEvents(items, year2024, 1000, { rows: 2 });
    expect(placed).toHaveLength(2);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]?.count).toBe(3);
    expect(clusters[0]?.from).toBe(dayToTime("2024-03-03"));
  });

  it("never lets two labels in a row overlap", () => {
    const items = Array.from({ length: 300 }, (_, i) =>
      item(
        String(i).padStart(3, "0"),
        `2024-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")}`,
      ),
    );
    const { placed } = layoutEvents(
      items.sort((a, b) => (a.start < b.start ? -1 : 1)),
      year2024,
      800,
      { rows: 5 },
    );
    for (const a of placed)
      for (const b of placed) {
        if (a === b || a.row !== b.row) continue;
        const aEnd = a.labelX + a.label.length * CHAR_WIDTH;
        const bEnd = b.labelX + b.label.length * CHAR_WIDTH;
        expect(aEnd <= b.labelX || bEnd <= a.labelX).toBe(true);
      }
  });

  it("draws a day as a point and a month as a band across its range", () => {
    const { placed } = layoutEvents(
      [item("d", "2024-02-01"), item("m", "2024-06-01", "2024-06-30", "month")],
      year2024,
      1000,
      { rows: 2 },
    );
    const [day, month] = placed;
    expect(day?.shape).toBe("point");
    expect(day?.x1).toBe(day?.x0);
    expect(month?.shape).toBe("band");
    expect(Math.round((month?.x1 ?? 0) - (month?.x0 ?? 0))).toBe(82);
  });

  it("skips events outside the window", () => {
    const { placed, clusters } = layoutEvents([item("old", "1948-05-15"), item("in", "2024-05-15")], year2024, 1000, {
      rows: 2,
    });
    expect(placed.map((p) => p.item.id)).toEqual(["in"]);
    expect(clusters).toEqual([]);
  });

  it("always draws the pinned event, in the first row", () => {
    const items = ["01", "02", "03", "04"].map((d) => item(d, `2024-03-${d}`));
    const { placed } = layoutEvents(items, year2024, 1000, { rows: 1, pinned: "04" });
    expect(placed.map((p) => [p.item.id, p.row])).toEqual([["04", 0]]);
  });

  it("keeps a label near the right edge inside the view", () => {
    const { placed } = layoutEvents([item("late", "2024-12-30")], year2024, 1000, { rows: 1 });
    const p = placed[0];
    expect((p?.labelX ?? 0) + (p?.label.length ?? 0) * CHAR_WIDTH).toBeLessThanOrEqual(1000);
  });

  it("draws a bounded number of marks for 20,000 events", () => {
    const items = Array.from({ length: 20_000 }, (_, i) =>
      item(`e${i}`, new Date(Date.UTC(2011, 2, 1) + (i % 5000) * 86_400_000).toISOString().slice(0, 10)),
    );
    const { placed, clusters } = layoutEvents(
      items.sort((a, b) => (a.start < b.start ? -1 : 1)),
      [dayToTime("2011-03-01"), dayToTime("2025-04-01")],
      1440,
      { rows: 5 },
    );
    expect(placed.length + clusters.length).toBeLessThan(200);
    expect(placed.length + clusters.reduce((sum, c) => sum + c.count, 0)).toBe(20_000);
  });
});

describe("gatherClusters(overflow)", () => {
  it("keeps neighbouring cluster marks apart", () => {
    const clusters = gatherClusters(
      [0, 39, 41, 80, 81].map((x, index) => ({ x, t0: index, t1: index + 1, index })),
      1000,
    );
    for (let i = 1; i < clusters.length; i++)
      expect((clusters[i]?.x ?? 0) - (clusters[i - 1]?.x ?? 0)).toBeGreaterThanOrEqual(34);
    expect(clusters.reduce((sum, c) => sum + c.count, 0)).toBe(5);
  });
});

describe("layoutEvents with wide bands", () => {
  it("places days before a year band that spans the whole view", () => {
    const items = [
      item("year", "2024-01-01", "2024-12-31", "year"),
      item("d1", "2024-03-01"),
      item("d2", "2024-03-02"),
    ];
    const { placed, clusters } = layoutEvents(items, [dayToTime("2024-02-20"), dayToTime("2024-03-20")], 1000, {
      rows: 2,
    });
    expect(placed.map((p) => p.item.id).sort()).toEqual(["d1", "d2"]);
    expect(clusters.map((c) => c.count)).toEqual([1]);
  });
});

describe("spreadMarks(marks, width, from)", () => {
  it.each([
    { xs: [0], want: [17] },
    { xs: [1000], want: [983] },
    { xs: [500, 501], want: [467, 501] },
    { xs: [990, 995], want: [949, 983] },
  ])("moves $xs to $want in 1000 px", ({ xs, want }) => {
    expect(
      spreadMarks(
        xs.map((x) => ({ x })),
        1000,
      ).map((m) => m.x),
    ).toEqual(want);
  });
});
