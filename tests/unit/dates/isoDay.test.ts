import { describe, expect, it } from "vitest";
import { formatIsoDay, parseIsoDay } from "../../../src/lib/dates/calendar.ts";
import { isIsoDay, makeIsoDay, normaliseIsoDay } from "../../../src/lib/dates/isoDay.ts";

describe("parseIsoDay(day) and formatIsoDay(date)", () => {
  it("round-trips a day whatever the machine's zone", () => {
    expect(formatIsoDay(parseIsoDay("2025-01-01"))).toBe("2025-01-01");
    expect(parseIsoDay("2025-01-01").getTime()).toBe(Date.UTC(2025, 0, 1));
  });
  it("rejects text that is not a day", () => {
    expect(() => parseIsoDay("2025/01/01")).toThrow(/not an ISO day/);
  });
});

describe("makeIsoDay(year, month, day)", () => {
  it.each([
    [2025, 6, 9, "2025-06-09"],
    [2024, 2, 29, "2024-02-29"],
    [2025, 2, 29, null],
    [2025, 2, 30, null],
    [2025, 13, 1, null],
    [2025, 4, 31, null],
  ])("makes %i-%i-%i into %s", (y, m, d, expected) => {
    expect(makeIsoDay(y, m, d)).toBe(expected);
  });
});

describe("normaliseIsoDay(input)", () => {
  it.each([
    ["19980108", "1998-01-08"],
    ["1998-01-08", "1998-01-08"],
    ["1998-02-06T22:19:00", "1998-02-06"],
    ["2025-02-30", null],
    ["next week", null],
  ])("reads %s as %s", (input, expected) => {
    expect(normaliseIsoDay(input)).toBe(expected);
  });
  it("tells a real day from a lookalike", () => {
    expect(isIsoDay("2024-02-29")).toBe(true);
    expect(isIsoDay("2023-02-29")).toBe(false);
  });
});
