import { describe, expect, it } from "vitest";
import { formatDateValue } from "../../../src/lib/dates/formatDateValue.ts";

describe("formatDateValue(date)", () => {
  it.each([
    { start: "2014-12-05", end: "2014-12-05", precision: "day", approximate: false, want: "5 December 2014" },
    { start: "2024-12-01", end: "2024-12-31", precision: "month", approximate: false, want: "December 2024" },
    { start: "2025-03-10", end: "2025-03-20", precision: "month", approximate: true, want: "around March 2025" },
    { start: "2025-07-07", end: "2025-07-07", precision: "week", approximate: false, want: "week of 7 July 2025" },
    {
      start: "2025-01-06",
      end: "2025-03-16",
      precision: "week",
      approximate: true,
      want: "around 6 January 2025 to 16 March 2025",
    },
    { start: "2013-01-01", end: "2013-12-31", precision: "year", approximate: false, want: "2013" },
    { start: "2024-03-01", end: "2024-05-31", precision: "season", approximate: false, want: "spring 2024" },
    { start: "2024-01-01", end: "2024-03-31", precision: "quarter", approximate: false, want: "first quarter of 2024" },
    { start: "2024-07-01", end: "2024-12-31", precision: "half", approximate: false, want: "second half of 2024" },
    { start: "2010-01-01", end: "2019-12-31", precision: "decade", approximate: false, want: "the 2010s" },
    { start: "1901-01-01", end: "2000-12-31", precision: "century", approximate: false, want: "the 20th century" },
    { start: "2011-01-01", end: "2011-01-01", precision: "day", approximate: false, want: "1 January 2011" },
  ] as const)("says $want", ({ want, ...date }) => {
    expect(formatDateValue(date)).toBe(want);
  });
});
