import { describe, expect, it } from "vitest";
import { partOfRange } from "../../../src/lib/timex/attachPeriodParts.ts";
import { rangeOfValue } from "../../../src/lib/timex/rangeOfValue.ts";
import type { TimexRange } from "../../../src/lib/timex/types.ts";

const of = (value: string) => rangeOfValue(value) as TimexRange;

describe("partOfRange(range, part)", () => {
  it.each([
    ["early in a month is its first ten days", "2025-03", "early", "2025-03-01", "2025-03-10"],
    ["mid-month is the 11th to the 20th", "2025-03", "mid", "2025-03-11", "2025-03-20"],
    ["the end of a month is from the 21st", "2025-02", "end", "2025-02-21", "2025-02-28"],
    ["early in a year is January to April", "2024", "early", "2024-01-01", "2024-04-30"],
    ["mid-year is May to August", "2024", "mid", "2024-05-01", "2024-08-31"],
    ["late in a year is September to December", "2024", "late", "2024-09-01", "2024-12-31"],
    ["early in a decade is its first three years", "199X", "early", "1990-01-01", "1992-12-31"],
    ["late in a decade is its last three years", "199X", "late", "1997-01-01", "1999-12-31"],
  ] as const)("%s", (_, value, part, start, end) => {
    expect(partOfRange(of(value), part)).toMatchObject({ start, end, approximate: true });
  });
});
