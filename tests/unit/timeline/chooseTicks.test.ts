import { describe, expect, it } from "vitest";
import { dayToTime } from "../../../src/lib/dates/isoDay.ts";
import { chooseTicks } from "../../../src/lib/timeline/chooseTicks.ts";

const domain = (from: string, to: string): [number, number] => [dayToTime(from), dayToTime(to)];

describe("chooseTicks(domain, width)", () => {
  it.each([
    { from: "1940-01-01", to: "2030-01-01", width: 320, unit: "century" },
    { from: "1940-01-01", to: "2030-01-01", width: 500, unit: "decade" },
    { from: "1940-01-01", to: "2030-01-01", width: 1200, unit: "year" },
    { from: "2011-03-01", to: "2025-04-01", width: 1200, unit: "year" },
    { from: "2011-03-01", to: "2025-04-01", width: 320, unit: "year" },
    { from: "2024-01-01", to: "2025-01-01", width: 1200, unit: "month" },
    { from: "2024-01-01", to: "2025-01-01", width: 375, unit: "quarter" },
    { from: "2024-11-01", to: "2025-01-01", width: 1200, unit: "week" },
    { from: "2024-12-01", to: "2024-12-15", width: 1200, unit: "day" },
  ])("uses $unit ticks for $from to $to at $width px", ({ from, to, width, unit }) => {
    expect(chooseTicks(domain(from, to), width).unit).toBe(unit);
  });

  it("labels months by name and January by its year, in UTC", () => {
    const { ticks } = chooseTicks(domain("2024-11-15", "2025-03-15"), 400);
    expect(ticks.map((t) => t.label)).toEqual(["Dec", "2025", "Feb", "Mar"]);
  });

  it("labels days as day and short month whatever the machine's zone", () => {
    const { ticks } = chooseTicks(domain("2024-12-30", "2025-01-02"), 1200);
    expect(ticks.map((t) => t.label)).toEqual(["30 Dec", "31 Dec", "1 Jan"]);
  });

  it("labels decades with an s", () => {
    const { ticks } = chooseTicks(domain("1945-01-01", "2030-01-01"), 500);
    expect(ticks.map((t) => t.label)).toEqual(["1950s", "1960s", "1970s", "1980s", "1990s", "2000s", "2010s", "2020s"]);
  });

  it("places ticks in proportion to time across the width", () => {
    const { ticks } = chooseTicks(domain("2020-01-01", "2022-01-01"), 731);
    expect(ticks.filter((t) => t.label === "2021").map((t) => Math.round(t.x))).toEqual([366]);
  });

  it("keeps every label at least its minimum spacing apart", () => {
    for (const width of [320, 375, 768, 1440, 2560]) {
      const { ticks } = chooseTicks(domain("2011-03-01", "2025-04-01"), width);
      for (let i = 1; i < ticks.length; i++)
        expect((ticks[i]?.x ?? 0) - (ticks[i - 1]?.x ?? 0)).toBeGreaterThanOrEqual(40);
    }
  });
});
