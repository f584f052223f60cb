import { describe, expect, it } from "vitest";
import { holidayDay } from "../../../src/lib/timex/findCalendarNouns.ts";
import { recogniseTimexes } from "../../../src/lib/timex/recogniseTimexes.ts";

const values = (text: string, reference: string) => recogniseTimexes(text, { reference }).map((t) => [t.text, t.value]);

describe("holidayDay(name)(year)", () => {
  it.each([
    ["Thanksgiving Day", 1999, "1999-11-25"],
    ["Election Day", 1998, "1998-11-03"],
    ["Christmas", 2024, "2024-12-25"],
    ["Labor Day", 2025, "2025-09-01"],
    ["Memorial Day", 2025, "2025-05-26"],
  ])("puts %s %i on %s", (name, year, day) => {
    expect(holidayDay(name)?.(year)).toBe(day);
  });
});

describe("recogniseTimexes(text, {reference}) for calendar nouns", () => {
  it.each([
    [
      "takes the weekend just gone in a Monday article",
      "Talks went on over the weekend.",
      "1989-10-30",
      [["the weekend", "1989-W43-WE"]],
    ],
    [
      "takes the weekend to come when the clause looks ahead",
      "They will meet over the weekend.",
      "2025-07-09",
      [["the weekend", "2025-W28-WE"]],
    ],
    [
      "counts this weekend by ISO week",
      "Protests are planned this weekend.",
      "2025-07-09",
      [["this weekend", "2025-W28-WE"]],
    ],
    [
      "reads 'for the year' as the publication year",
      "For the year, volume was flat.",
      "1989-11-02",
      [["the year", "1989"]],
    ],
    [
      "reads a fiscal year that ended as a one-year stretch",
      "For the year ended Sept. 30, it earned more.",
      "1989-11-02",
      [
        ["the year", "P1Y"],
        ["Sept. 30", "1989-09-30"],
      ],
    ],
    [
      "takes the coming Thanksgiving",
      "Shoppers returned before Thanksgiving Day.",
      "1999-11-20",
      [["Thanksgiving Day", "1999-11-25"]],
    ],
    [
      "takes last year's Christmas with 'last'",
      "Sales were weak last Christmas.",
      "2025-07-09",
      [["last Christmas", "2024-12-25"]],
    ],
  ])("%s", (_, text, reference, expected) => {
    expect(values(text, reference)).toEqual(expected);
  });
});
