import { describe, expect, it } from "vitest";
import { resolveMonthYear, resolveQuarterYear, resolveYearOf } from "../../../src/lib/timex/resolveMonth.ts";

describe("resolveMonthYear(month, reference, tense)", () => {
  it.each([
    ["takes last year's December in a January article", 12, "2025-01-15", "past", 2024],
    ["takes this year's May in a July article", 5, "2025-07-11", "past", 2025],
    ["takes last year's November in a July article in the past tense", 11, "2025-07-11", "past", 2024],
    ["takes this year's November in a July article in the future tense", 11, "2025-07-11", "future", 2025],
    ["takes next year's January in a December article in the future tense", 1, "2024-12-10", "future", 2025],
    ["keeps the publication's own month", 7, "2025-07-11", "future", 2025],
    ["lets a month just ahead beat a past tense eleven months back", 9, "1990-08-16", "past", 1990],
  ] as const)("%s", (_, month, reference, tense, year) => {
    expect(resolveMonthYear(month, reference, tense)).toBe(year);
  });
});

describe("resolveYearOf(month, day, reference, tense)", () => {
  it.each([
    ["never goes past the reference for a day told in the past tense", 10, 7, "2024-10-01", "past", 2023],
    ["lets a date six weeks ahead beat a present tense ten months back", 12, 7, "1989-10-30", "present", 1989],
    ["takes the nearer day for a plan told in the past", 10, 7, "2024-10-01", "plan", 2024],
    ["lets a date a month back beat a future tense eleven months ahead", 6, 1, "2025-07-11", "future", 2025],
    ["follows the tense when both are comparable", 3, 1, "2025-09-01", "past", 2025],
  ] as const)("%s", (_, month, day, reference, tense, year) => {
    expect(resolveYearOf(month, day, reference, tense)).toBe(year);
  });
});

describe("resolveQuarterYear(quarter, reference, tense)", () => {
  it.each([
    ["takes the publication year for the quarter just ended", 3, "1989-10-26", "past", 1989],
    ["takes last year for a later quarter in the past tense", 4, "1998-02-06", "past", 1997],
    ["takes next year for an early quarter in the future tense", 1, "1989-10-26", "future", 1990],
  ] as const)("%s", (_, quarter, reference, tense, year) => {
    expect(resolveQuarterYear(quarter, reference, tense)).toBe(year);
  });
});
