import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  addWeeks,
  addYears,
  daysBetween,
  endOfMonth,
  endOfWeek,
  isoWeekOf,
  isoWeekValue,
  mondayOfIsoWeek,
  startOfMonth,
  startOfWeek,
  weekdayOf,
} from "../../../src/lib/dates/calendar.ts";

describe("ISO weeks of ISO days", () => {
  it.each([
    ["2025-07-13", "2025-W28", "2025-07-07", "2025-07-13"],
    ["2025-07-07", "2025-W28", "2025-07-07", "2025-07-13"],
    ["2024-12-30", "2025-W01", "2024-12-30", "2025-01-05"],
    ["2021-01-03", "2020-W53", "2020-12-28", "2021-01-03"],
  ])("puts %s in week %s, Monday %s to Sunday %s", (day, week, monday, sunday) => {
    expect(isoWeekValue(day)).toBe(week);
    expect(startOfWeek(day)).toBe(monday);
    expect(endOfWeek(day)).toBe(sunday);
  });
  it("finds the Monday of a numbered week", () => {
    expect(mondayOfIsoWeek(2025, 28)).toBe("2025-07-07");
    expect(mondayOfIsoWeek(2025, 1)).toBe("2024-12-30");
    expect(isoWeekOf("2025-07-06")).toEqual({ year: 2025, week: 27 });
  });
});

describe("weekdayOf(day)", () => {
  it("numbers Monday 1 to Sunday 7", () => {
    expect(weekdayOf("2025-06-09")).toBe(1);
    expect(weekdayOf("2025-07-13")).toBe(7);
  });
});

describe("startOfMonth / endOfMonth", () => {
  it.each([
    ["2024-02-10", "2024-02-01", "2024-02-29"],
    ["2025-02-10", "2025-02-01", "2025-02-28"],
    ["2025-12-31", "2025-12-01", "2025-12-31"],
  ])("bounds the month of %s as %s to %s", (day, first, last) => {
    expect(startOfMonth(day)).toBe(first);
    expect(endOfMonth(day)).toBe(last);
  });
});

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
