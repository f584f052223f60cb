import { describe, expect, it } from "vitest";
import { resolveWeekday } from "../../../src/lib/timex/resolveWeekday.ts";

// 2025-07-11 is a Friday.
describe("resolveWeekday(weekday, reference, tense, modifier)", () => {
  it.each([
    [
      "takes the reference itself for its own weekday in the past tense (TimeBank: 141 same-day against 0 week-earlier)",
      5,
      "past",
      "",
      "2025-07-11",
    ],
    ["takes the reference itself for its own weekday in the future tense", 5, "future", "", "2025-07-11"],
    ["takes the latest earlier Wednesday in the past tense", 3, "past", "", "2025-07-09"],
    ["takes the latest earlier Saturday in the past tense, across the weekend", 6, "past", "", "2025-07-05"],
    ["takes the next Monday in the future tense", 1, "future", "", "2025-07-14"],
    ["takes a week earlier for 'last' and the reference's weekday", 5, "past", "last", "2025-07-04"],
    ["takes a week later for 'next' and the reference's weekday", 5, "past", "next", "2025-07-18"],
    ["takes the coming day for 'this' with another weekday", 7, "past", "this", "2025-07-13"],
  ] as const)("%s", (_, weekday, tense, modifier, expected) => {
    expect(resolveWeekday(weekday, "2025-07-11", tense, modifier)).toBe(expected);
  });
});
