import { describe, expect, it } from "vitest";
import { dayToTime } from "../../../src/lib/dates/isoDay.ts";
import {
  brushSpan,
  describeOverview,
  layoutOverview,
  overviewScale,
  overviewTime,
  overviewX,
} from "../../../src/lib/timeline/layoutOverview.ts";
import { countMonths, monthOf, monthStart, setFilter, totalCount } from "../../../src/lib/timeline/monthCounts.ts";
import { item } from "../../support/factories.ts";

const items = [
  item("nakba", "1948-01-01", { end: "1948-12-31", precision: "year", topics: ["israel"], context: true }),
  item("a", "2013-06-01", { topics: ["syria"] }),
  item("b", "2025-03-22", { topics: ["israel", "lebanon"] }),
  item("c", "2025-03-25", { topics: ["lebanon"] }),
  item("d", "2025-07-13", { topics: ["gaza", "israel"] }),
];
const counts = countMonths(items);
const extent: [number, number] = [dayToTime("1946-01-01"), dayToTime("2026-01-01")];
const breakAt = dayToTime("2011-03-01");

describe("countMonths(items)", () => {
  it("counts events by the month of their middle and their topic list", () => {
    expect(counts.sets).toEqual([["israel"], ["syria"], ["israel", "lebanon"], ["lebanon"], ["gaza", "israel"]]);
    expect(counts.cells).toEqual([
      [monthOf(dayToTime("1948-07-01")), 0, 1],
      [monthOf(dayToTime("2013-06-01")), 1, 1],
      [monthOf(dayToTime("2025-03-01")), 2, 1],
      [monthOf(dayToTime("2025-03-01")), 3, 1],
      [monthOf(dayToTime("2025-07-01")), 4, 1],
    ]);
  });

  it("sums a topic filter exactly, an event with two chosen topics once", () => {
    expect(totalCount(counts, setFilter(counts, []))).toBe(5);
    expect(totalCount(counts, setFilter(counts, ["israel", "lebanon"]))).toBe(4);
    expect(totalCount(counts, setFilter(counts, ["toString"]))).toBe(0);
  });

  it("round-trips a month", () => {
    expect(monthStart(monthOf(dayToTime("2025-07-13")))).toBe(dayToTime("2025-07-01"));
  });
});

describe("overviewScale(extent, width, breakAt)", () => {
  it("gives the long background a small share of the strip, and maps back and forth", () => {
    const segments = overviewScale(extent, 1000, breakAt);
    expect(segments.map((s) => [s.x0, s.x1])).toEqual([
      [0, 150],
      [150, 1000],
    ]);
    for (const day of ["1950-01-01", "2011-03-01", "2020-06-15"]) {
      expect(overviewTime(segments, overviewX(segments, dayToTime(day)))).toBeCloseTo(dayToTime(day), -4);
    }
  });

  it("stays linear when there is no background worth squeezing", () => {
    expect(overviewScale([dayToTime("2010-01-01"), dayToTime("2026-01-01")], 1000, breakAt)).toHaveLength(1);
    expect(overviewScale(extent, 1000, null)).toHaveLength(1);
  });
});

describe("layoutOverview(counts, extent, width, options)", () => {
  it("bins the main period finely and the background coarsely, and holds every event", () => {
    const layout = layoutOverview(counts, extent, 1200, { keep: setFilter(counts, []), breakAt });
    expect(layout.units).toEqual(["decade", "month"]);
    expect(layout.bars.reduce((sum, bar) => sum + bar.count, 0)).toBe(5);
    expect(layout.breakX).toBe(180);
    expect(describeOverview(layout, 5)).toBe("Overview of 5 events from 1946 to 2025, counted by decade and month");
  });

  it("draws one small histogram per lane, an event in each of its lanes", () => {
    const layout = layoutOverview(counts, extent, 1200, {
      keep: setFilter(counts, []),
      breakAt,
      lanes: ["israel", "lebanon", ""],
    });
    const perLane = (lane: string) => layout.bars.filter((bar) => bar.lane === lane).reduce((s, b) => s + b.count, 0);
    expect([perLane("israel"), perLane("lebanon"), perLane("")]).toEqual([3, 2, 1]);
  });
});

describe("brushSpan(segments, window)", () => {
  it("never draws the brush thinner than a grip", () => {
    const segments = overviewScale(extent, 1000, breakAt);
    expect(brushSpan(segments, [dayToTime("2025-07-01"), dayToTime("2025-07-08")]).width).toBe(8);
  });
});
