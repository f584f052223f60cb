import { describe, expect, it } from "vitest";
import { addDays, addMonths, addWeeks, addYears, daysBetween } from "../../../src/lib/dates/shiftDay.ts";

describe("addDays / addWeeks / addMonths / addYears on ISO days", () => {
  it.each([
    ["addDays goes back across a year boundary", addDays("2025-01-01", -1), "2024-12-31"],
    ["addDays goes forward across a leap day", addDays("2024-02-28", 1), "2024-02-29"],
    ["addWeeks moves seven days at a time", addWeeks("2025-07-13", -10), "2025-05-04"],
    ["addMonths clamps to the end of a shorter month", addMonths("2025-01-31", 1), "2025-02-28"],
    ["addMonths goes back across a year", addMonths("2025-01-15", -2), "2024-11-15"],
    ["addYears clamps 29 February", addYears("2024-02-29", 1), "2025-02-28"],
  ])("%s", (_, actual, expected) => {
    expect(actual).toBe(expected);
  });
  it("counts the days between two days", () => {
    expect(daysBetween("2025-03-01", "2025-03-20")).toBe(19);
    expect(daysBetween("2025-03-20", "2025-03-01")).toBe(-19);
  });
});
