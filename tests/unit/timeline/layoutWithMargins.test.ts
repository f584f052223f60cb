import { describe, expect, it } from "vitest";
import { dayToTime } from "../../../src/lib/dates/isoDay.ts";
import { splitLanes } from "../../../src/lib/timeline/layoutLanes.ts";
import { layoutTimeline } from "../../../src/lib/timeline/layoutTimeline.ts";
import { AFTER_KEY, BEFORE_KEY, layoutWithMargins } from "../../../src/lib/timeline/layoutWithMargins.ts";
import { markAttributes } from "../../../src/lib/timeline/markAttributes.ts";
import type { PlacedItem, TimelineItem } from "../../../src/lib/timeline/types.ts";
import { item as makeItem } from "../../support/factories.ts";

const item = (id: string, start: string, end = start, precision: TimelineItem["precision"] = "day") =>
  makeItem(id, start, { end, precision, title: `Event ${id}`, topics: ["syria"] });

// 2024 on screen; 2023 before it and 2025 after it.
const view: [number, number] = [dayToTime("2024-01-01"), dayToTime("2025-01-01")];
const width = 1000;
const options = { rows: 3, trackRows: 2 };
const items = [
  item("a", "2023-06-01"),
  item("year", "2023-03-01", "2024-02-29", "month"),
  item("b", "2024-03-01"),
  item("c", "2024-09-01"),
  item("d", "2025-05-01"),
];
const both = { before: true, after: true };
const keyed = (placed: PlacedItem[]) => Object.fromEntries(placed.map((p) => [p.key, p]));

describe("layoutWithMargins(items, domain, width, options, margins)", () => {
  it("lays the view out exactly as layoutTimeline does, keys and places unchanged", () => {
    const exact = layoutTimeline(items, view, width, options);
    const wide = layoutWithMargins(items, view, width, options, both);
    const own = wide.placed.filter((p) => p.x0 >= 0 && p.x0 < width);
    expect(own.map((p) => [p.key, p.kind, p.row, p.x0, p.labelX, p.label])).toEqual(
      exact.placed.map((p) => [p.key, p.kind, p.row, Math.max(p.x0, 0), p.labelX, p.label]),
    );
    expect(wide.ticks).toEqual(exact.ticks);
    expect(wide.height).toBe(exact.height);
  });

  it("sets the window before the view left of it and the window after right of it, keeping their keys", () => {
    const placed = keyed(layoutWithMargins(items, view, width, options, both).placed);
    // The window before is as long as the view (2024 is a leap year: it starts on 31 December 2022).
    const before = layoutTimeline(items, [2 * view[0] - view[1], view[0]], width, options);
    const a = before.placed.find((p) => p.key === "a") as PlacedItem;
    expect(placed.a).toMatchObject({ x0: a.x0 - width, labelX: a.labelX - width, row: a.row });
    expect(placed.d?.x0).toBeGreaterThan(width);
    expect(placed.d?.x0).toBeLessThan(2 * width);
  });

  it("lays out only the side asked for", () => {
    const keys = layoutWithMargins(items, view, width, options, { before: false, after: true }).placed.map(
      (p) => p.key,
    );
    expect(keys).not.toContain("a");
    expect(keys).toContain("d");
  });

  it("cuts a band crossing a seam at the seam on each side, the copy beside the view keyed apart", () => {
    const placed = keyed(layoutWithMargins(items, view, width, options, both).placed);
    expect(placed.year?.x0).toBe(0);
    expect(placed[`${BEFORE_KEY}year`]?.x1).toBe(0);
    // Drawn with the wider bounds, each piece keeps to its own window.
    const bounds = [-width, 2 * width] as const;
    const left = markAttributes(placed[`${BEFORE_KEY}year`] as PlacedItem, width, bounds);
    expect(Number.parseFloat(String(left.x)) + Number.parseFloat(String(left.width))).toBeCloseTo(0, 2);
  });

  it("keys clusters apart when two windows would give the same key, in lanes too", () => {
    // Bands crossing both seams are the first events of every window's clusters.
    const long = ["a", "b", "c", "d", "e", "f", "g", "h"].map((id) => item(id, "2023-06-01", "2025-06-30", "month"));
    const crowd = [...long, ...Array.from({ length: 12 }, (_, i) => item(`x${i}`, `2024-07-${10 + i}`))];
    const lanes = splitLanes(crowd, []);
    const wide = layoutWithMargins(crowd, view, width, { ...options, lanes }, both);
    const keys = [...wide.placed.map((p) => p.key), ...wide.clusters.map((c) => c.key)];
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.some((key) => key.startsWith(`${BEFORE_KEY}syria:`))).toBe(true);
    expect(keys.some((key) => key.startsWith(`${AFTER_KEY}syria:`))).toBe(true);
  });
});

describe("markAttributes(p, width, bounds)", () => {
  it("cuts a band to the view unless given wider bounds", () => {
    const band = layoutTimeline([item("y", "2023-06-01", "2024-06-30", "month")], view, width, options).placed[0];
    if (!band) throw new Error("no band placed");
    expect(markAttributes(band, width).x).toBe("0.000%");
    expect(markAttributes(band, width, [-width, width]).x).not.toBe("0.000%");
  });
});
