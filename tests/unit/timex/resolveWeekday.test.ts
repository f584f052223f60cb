import { describe, expect, it } from "vitest";
import { resolveWeekday } from "../../../src/lib/timex/resolveWeekday.ts";

// 2025-07-11 is a Friday.
describe("resolveWeekday(weekday, reference, tense, modifier)", () => {
  it.each([
    [
      "takes the reference itself for its own weekday in the past tense (TimeBank: 141 same-day against 0 week-earlier)",
      5,
      "past",
      undefined,
      "2025-07-11",
    ],
    ["takes the reference itself for its own weekday in the future tense", 5, "future", undefined, "2025-07-11"],
    ["takes the latest earlier Wednesday in the past tense", 3, "past", undefined, "2025-07-09"],
    ["takes the latest earlier Saturday in the past tense, across the weekend", 6, "past", undefined, "2025-07-05"],
    ["takes the next Monday in the future tense", 1, "future", undefined, "2025-07-14"],
    ["takes the nearer Saturday, tomorrow, for a plan told in the past", 6, "plan", undefined, "2025-07-12"],
    ["takes the nearer Tuesday, three days back, for a plan told in the past", 2, "plan", undefined, "2025-07-08"],
    ["takes a week earlier for 'last' and the reference's weekday", 5, "past", "last", "2025-07-04"],
    ["takes a week later for 'next' and the reference's weekday", 5, "past", "next", "2025-07-18"],
    ["takes the coming day for 'this' with another weekday", 7, "past", "this", "2025-07-13"],
  ] as const)("%s", (_, weekday, tense, modifier, expected) => {
    expect(resolveWeekday(weekday, "2025-07-11", tense, modifier)).toBe(expected);
  });
});
