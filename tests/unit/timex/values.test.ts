import { describe, expect, it } from "vitest";
import { countValue, durationValue, monthNumber, ordinalValue, weekdayNumber } from "../../../src/lib/timex/values.ts";

describe("countValue(words)", () => {
  it.each([
    ["21", 21],
    ["twenty-one", 21],
    ["forty five", 45],
    ["a dozen", 12],
    ["two and a half", 2.5],
    ["2 1/2", 2.5],
    ["a couple of", 2],
    ["an additional", 1],
    ["several", null],
    ["a few", null],
  ] as const)("reads %j as %s", (words, value) => {
    expect(countValue(words)).toBe(value);
  });
});

describe("durationValue(count, unit)", () => {
  it.each([
    [3, "days", "P3D"],
    [10, "weeks", "P10W"],
    [3, "hours", "PT3H"],
    [2, "decades", "P20Y"],
    [3, "quarters", "P3Q"],
    [2.5, "years", "P2Y6M"],
    [5.5, "hours", "PT5H30M"],
    [1.5, "minutes", "PT1M30S"],
    [2.5, "days", "P2DT12H"],
    [null, "years", "PXY"],
    [null, "minutes", "PTXM"],
  ] as const)("writes %s %s as %s", (count, unit, value) => {
    expect(durationValue(count, unit)).toBe(value);
  });

  it("gives nothing for a word that is no unit", () => {
    expect(durationValue(2, "people")).toBeNull();
  });
});

describe("monthNumber(word), weekdayNumber(word), ordinalValue(word)", () => {
  it.each([
    [monthNumber, "Sept.", 9],
    [monthNumber, "sep", 9],
    [monthNumber, "December", 12],
    [monthNumber, "Smarch", 0],
    [weekdayNumber, "Wed", 3],
    [weekdayNumber, "Thurs.", 4],
    [weekdayNumber, "Sunday", 7],
    [ordinalValue, "3rd", 3],
    [ordinalValue, "twenty-first", 21],
  ] as const)("%o reads %j as %i", (lookUp, word, value) => {
    expect(lookUp(word)).toBe(value);
  });
});
