import { describe, expect, it } from "vitest";
import { dayToTime } from "../../../src/lib/dates/isoDay.ts";
import { AXIS_HEIGHT, CHAR_WIDTH, ROW_HEIGHT, TRACK_ROW_HEIGHT } from "../../../src/lib/timeline/geometry.ts";
import { layoutEvents, spreadMarks } from "../../../src/lib/timeline/layoutEvents.ts";
import type { PlacedItem, TimelineItem } from "../../../src/lib/timeline/types.ts";
import { item as makeItem } from "../../support/factories.ts";

/** A Syria event titled "Event <id>": label widths in these cases depend on the title. */
function item(id: string, start: string, end = start, precision: TimelineItem["precision"] = "day"): TimelineItem {
  return makeItem(id, start, { end, precision, title: `Event ${id}`, topics: ["syria"] });
}

const year2024: [number, number] = [dayToTime("2024-01-01"), dayToTime("2025-01-01")];
const rows = (n: number, trackRows = 0) => ({ rows: n, trackRows });
const where = (placed: PlacedItem[]) => placed.map((p) => [p.item.id, p.kind, p.row]);

describe("layoutEvents(items, domain, width, options)", () => {
  it("puts far-apart events in the first row", () => {
    const { placed, clusters } = layoutEvents(
      [item("a", "2024-01-10"), item("b", "2024-07-01")],
      year2024,
      1000,
      rows(3),
    );
    expect(where(placed)).toEqual([
      ["a", "row", 0],
      ["b", "row", 0],
    ]);
    expect(clusters).toEqual([]);
  });

  it("stacks events whose labels would overlap in successive rows, each row under the track", () => {
    const items = [item("a", "2024-03-01"), item("b", "2024-03-02"), item("c", "2024-03-03")];
    const { placed } = layoutEvents(items, year2024, 1000, rows(3, 2));
    expect(placed.map((p) => p.row)).toEqual([0, 1, 2]);
    expect(placed.map((p) => p.y)).toEqual([0, 1, 2].map((r) => AXIS_HEIGHT + 2 * TRACK_ROW_HEIGHT + r * ROW_HEIGHT));
  });

  it("gathers events too close to draw apart into one cluster with a count and their ids", () => {
    const items = ["01", "02", "03", "04", "05"].map((d) => item(d, `2024-03-${d}`));
    const { placed, clusters } = layoutEvents(items, year2024, 1000, rows(2));
    expect(placed.filter((p) => p.kind === "row")).toHaveLength(2);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]).toMatchObject({ count: 3, from: dayToTime("2024-03-03"), ids: ["03", "04", "05"] });
  });

  it("never draws a cluster of one: an event alone in the overflow row is drawn as itself", () => {
    const items = [item("a", "2024-03-01"), item("b", "2024-03-02")];
    const { placed, clusters } = layoutEvents(items, year2024, 1000, rows(1));
    expect(clusters).toEqual([]);
    expect(where(placed)).toEqual([
      ["a", "row", 0],
      ["b", "bare", 0],
    ]);
  });

  it("labels a bare event when the overflow row has room for it", () => {
    const { placed } = layoutEvents([item("a", "2024-03-01"), item("b", "2024-03-02")], year2024, 1000, rows(1));
    expect(placed.find((p) => p.kind === "bare")?.label).toBe("Event b");
  });

  it("never lets two labels in a row overlap, and accounts for every event", () => {
    const items = Array.from({ length: 300 }, (_, i) =>
      item(
        String(i).padStart(3, "0"),
        `2024-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")}`,
      ),
    ).sort((a, b) => (a.start < b.start ? -1 : 1));
    const { placed, clusters } = layoutEvents(items, year2024, 800, rows(5, 2));
    for (const a of placed)
      for (const b of placed) {
        if (a === b || a.kind !== "row" || b.kind !== "row" || a.row !== b.row) continue;
        const aEnd = a.labelX + a.label.length * CHAR_WIDTH;
        const bEnd = b.labelX + b.label.length * CHAR_WIDTH;
        expect(aEnd <= b.labelX || bEnd <= a.labelX).toBe(true);
      }
    expect(placed.length + clusters.reduce((sum, c) => sum + c.count, 0)).toBe(300);
    expect(clusters.every((c) => c.count >= 2)).toBe(true);
  });

  it("draws a day as a point and a month as a band across its range", () => {
    const { placed } = layoutEvents(
      [item("d", "2024-02-01"), item("m", "2024-06-01", "2024-06-30", "month")],
      year2024,
      1000,
      rows(2),
    );
    const [day, month] = placed;
    expect(day?.shape).toBe("point");
    expect(day?.x1).toBe(day?.x0);
    expect(month?.shape).toBe("band");
    expect(Math.round((month?.x1 ?? 0) - (month?.x0 ?? 0))).toBe(82);
  });

  it("skips events outside the window", () => {
    const { placed, clusters } = layoutEvents(
      [item("old", "1948-05-15"), item("in", "2024-05-15")],
      year2024,
      1000,
      rows(2),
    );
    expect(placed.map((p) => p.item.id)).toEqual(["in"]);
    expect(clusters).toEqual([]);
  });

  it("always draws the pinned event, in the first row", () => {
    const items = ["01", "02", "03", "04"].map((d) => item(d, `2024-03-${d}`));
    const { placed } = layoutEvents(items, year2024, 1000, { ...rows(1), pinned: "04" });
    expect(placed.filter((p) => p.kind === "row").map((p) => [p.item.id, p.row])).toEqual([["04", 0]]);
  });

  it("gives a label more of its title where its row has room, never past the next mark", () => {
    const long = makeItem("long", "2024-02-01", {
      title: "A title much longer than thirty characters, to see it whole",
    });
    const next = item("next", "2024-03-01");
    const roomy = layoutEvents([long, next], year2024, 1000, rows(1)).placed[0];
    expect(roomy?.label).toBe("A title much longer than thirty characters, to see it whole");
    const [a, b] = layoutEvents([long, item("near", "2024-05-01")], year2024, 1000, rows(1)).placed;
    expect(b?.kind).toBe("row");
    expect((a?.labelX ?? 0) + (a?.label.length ?? 0) * CHAR_WIDTH).toBeLessThanOrEqual((b?.x0 ?? 0) - 6);
    expect(a?.label.length).toBeGreaterThan(30);
    expect(a?.label.endsWith("…")).toBe(true);
  });

  it("leaves the layout alone when the pinned event is drawn anyway, so focusing a mark never moves it", () => {
    const items = ["01", "02", "03"].map((d) => item(d, `2024-03-${d}`));
    const plain = layoutEvents(items, year2024, 1000, rows(3));
    expect(layoutEvents(items, year2024, 1000, { ...rows(3), pinned: "03" })).toEqual(plain);
  });

  it("keeps a label near the right edge inside the view", () => {
    const { placed } = layoutEvents([item("late", "2024-12-30")], year2024, 1000, rows(1));
    const p = placed[0];
    expect((p?.labelX ?? 0) + (p?.label.length ?? 0) * CHAR_WIDTH).toBeLessThanOrEqual(1000);
  });

  it("draws a bounded number of marks for 20,000 events and accounts for all of them", () => {
    const items = Array.from({ length: 20_000 }, (_, i) =>
      item(`e${i}`, new Date(Date.UTC(2011, 2, 1) + (i % 5000) * 86_400_000).toISOString().slice(0, 10)),
    ).sort((a, b) => (a.start < b.start ? -1 : 1));
    const { placed, clusters } = layoutEvents(
      items,
      [dayToTime("2011-03-01"), dayToTime("2025-04-01")],
      1440,
      rows(5, 2),
    );
    expect(placed.length + clusters.length).toBeLessThan(250);
    expect(placed.length + clusters.reduce((sum, c) => sum + c.count, 0)).toBe(20_000);
  });
});

describe("layoutEvents with long bands", () => {
  it("puts a band wide on screen on the track, with its title inside, and leaves the rows to the days", () => {
    const items = [
      item("year", "2024-01-01", "2024-12-31", "year"),
      item("d1", "2024-03-01"),
      item("d2", "2024-03-02"),
    ];
    const { placed, clusters } = layoutEvents(
      items,
      [dayToTime("2024-02-20"), dayToTime("2024-03-20")],
      1000,
      rows(2, 1),
    );
    expect(where(placed)).toEqual([
      ["year", "track", 0],
      ["d1", "row", 0],
      ["d2", "row", 1],
    ]);
    expect(placed[0]?.label).toBe("Event year");
    expect(placed[0]?.y).toBe(AXIS_HEIGHT);
    expect(clusters).toEqual([]);
  });

  it("draws a band narrow on screen like a point, with its label in a row", () => {
    const { placed } = layoutEvents([item("m", "2024-06-01", "2024-06-03", "week")], year2024, 1000, rows(2, 1));
    expect(where(placed)).toEqual([["m", "row", 0]]);
  });

  it("places days before a band the full track cannot hold", () => {
    const items = [
      item("y1", "2024-01-01", "2024-12-31", "year"),
      item("y2", "2024-01-01", "2024-12-31", "year"),
      item("d1", "2024-03-01"),
    ];
    const { placed } = layoutEvents(items, [dayToTime("2024-02-20"), dayToTime("2024-03-20")], 1000, rows(1, 1));
    expect(where(placed)).toEqual([
      ["y1", "track", 0],
      ["y2", "bare", 0],
      ["d1", "row", 0],
    ]);
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
