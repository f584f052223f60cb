import { describe, expect, it } from "vitest";
import type { PeriodPart } from "../../../src/lib/timex/lexicon.ts";
import { narrow, partOfRange } from "../../../src/lib/timex/periodParts.ts";
import { rangeOfValue } from "../../../src/lib/timex/rangeOfValue.ts";
import type { TimexRange } from "../../../src/lib/timex/types.ts";

const of = (value: string) => rangeOfValue(value) as TimexRange;

describe("partOfRange(range, part)", () => {
  it.each([
    ["early in a month is its first ten days", "2025-03", "early", "2025-03-01", "2025-03-10", "month"],
    ["mid-month is the 11th to the 20th", "2025-03", "mid", "2025-03-11", "2025-03-20", "month"],
    ["the end of a month is from the 21st", "2025-02", "end", "2025-02-21", "2025-02-28", "month"],
    ["early in a year is January to April", "2024", "early", "2024-01-01", "2024-04-30", "year"],
    ["mid-year is May to August", "2024", "mid", "2024-05-01", "2024-08-31", "year"],
    ["late in a year is September to December", "2024", "late", "2024-09-01", "2024-12-31", "year"],
    ["the early 2000s are 2000 to 2003", "200", "early", "2000-01-01", "2003-12-31", "year"],
    ["the mid-2010s are 2014 to 2016", "201", "mid", "2014-01-01", "2016-12-31", "year"],
    ["the late 1970s are 1977 to 1979", "197", "late", "1977-01-01", "1979-12-31", "year"],
    ["the early 20th century is its first four decades", "19", "early", "1900-01-01", "1939-12-31", "decade"],
  ] as const)("%s", (_, value, part, start, end, precision) => {
    expect(partOfRange(of(value), part as PeriodPart)).toEqual({ start, end, precision, approximate: true });
  });
});

describe("narrow(resolution, part)", () => {
  it("turns the first half of a year into its H1 value", () => {
    expect(narrow({ value: "2024", range: of("2024"), basis: "absolute" }, "firstHalf")).toMatchObject({
      value: "2024-H1",
      range: { start: "2024-01-01", end: "2024-06-30", precision: "half", approximate: false },
    });
  });

  it("keeps the value of a narrowed month and makes its range approximate", () => {
    expect(narrow({ value: "2025-03", range: of("2025-03"), basis: "relative" }, "mid")).toMatchObject({
      value: "2025-03",
      range: { start: "2025-03-11", end: "2025-03-20", approximate: true },
    });
  });
});
