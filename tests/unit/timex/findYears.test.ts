import { describe, expect, it } from "vitest";
import { recogniseTimexes } from "../../../src/lib/timex/recogniseTimexes.ts";

const values = (text: string) => recogniseTimexes(text, { reference: "2025-07-13" }).map((t) => [t.text, t.value]);

describe("recogniseTimexes(text, {reference}) for years", () => {
  it.each([
    ["a year after a preposition", "Talks began in 2011.", [["2011", "2011"]]],
    [
      "every year of a list",
      "He crossed in 1994, 1995 and 1997.",
      [
        ["1994", "1994"],
        ["1995", "1995"],
        ["1997", "1997"],
      ],
    ],
    [
      "both ends of a range",
      "He served from 2011 to 2024.",
      [
        ["2011", "2011"],
        ["2024", "2024"],
      ],
    ],
    ["an adjectival year after a determiner", "A 1996 law named for him still stands.", [["1996", "1996"]]],
    ["an adjectival year after a possessive", "Israel's 2006 war with Hezbollah.", [["2006", "2006"]]],
    ["a hedged year", "By mid-2024 the front had frozen.", [["mid-2024", "2024"]]],
    ["a fiscal year", "Profit fell in fiscal 1989.", [["fiscal 1989", "1989"]]],
    ["a decade", "Inflation soared in the 1970s.", [["the 1970s", "197"]]],
    ["a spelled-out year", "It happened in nineteen ninety-six.", [["nineteen ninety-six", "1996"]]],
    ["a century", "Borders drawn in the 20th century still hold.", [["the 20th century", "19"]]],
    ["an adjectival century without its article", "They took the 19th-century fort.", [["19th-century", "18"]]],
    ["the year two thousand", "Unemployment will halve by the year two thousand.", [["the year two thousand", "2000"]]],
  ])("finds %s", (_, text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it.each([
    ["a count of people", "The quake killed 2000 in the region."],
    ["a spelled count", "Some twenty six soldiers were hurt."],
    ["a UN resolution number", "Resolution 1701 ended the war."],
    ["a model number", "The model 1984 sold well."],
    ["a quantity with a thousands separator", "About 2,000 troops were sent."],
    ["a clock time in wire copy", "The strike hit at 1930 GMT."],
  ])("ignores %s", (_, text) => {
    expect(values(text)).toEqual([]);
  });
});
