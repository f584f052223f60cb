import { describe, expect, it } from "vitest";
import { recogniseTimexes } from "../../../src/lib/timex/recogniseTimexes.ts";

// Real sentences from the product's seed corpus, with the publication day they were read against.
const cases: [sentence: string, reference: string, words: string, value: string, rangeStart: string | null][] = [
  [
    "The Syrian civil war, which erupted in March 2011, has killed hundreds of thousands.",
    "2025-06-09",
    "March 2011",
    "2011-03",
    "2011-03-01",
  ],
  ["He was contacted by a senior official from the regime in 2013.", "2025-06-09", "2013", "2013", "2013-01-01"],
  ["The letter was sent by Moscow on December 5, 2014.", "2025-06-09", "December 5, 2014", "2014-12-05", "2014-12-05"],
  ["Activists launched on Monday a land convoy towards Gaza.", "2025-06-09", "Monday", "2025-06-09", "2025-06-09"],
  ["On June 1, the Madleen aid boat carrying activists set sail.", "2025-06-09", "June 1", "2025-06-01", "2025-06-01"],
  ["But on Monday morning Israel intercepted it.", "2025-06-09", "Monday morning", "2025-06-09TMO", "2025-06-09"],
  ["After 21 months of war, Gaza is in ruins.", "2025-06-09", "21 months", "P21M", "2023-09-09"],
  [
    "Ten people were killed when they went to collect water on Sunday.",
    "2025-07-13",
    "Sunday",
    "2025-07-13",
    "2025-07-13",
  ],
  ["Netanyahu was expected to convene ministers late on Sunday.", "2025-07-13", "Sunday", "2025-07-13", "2025-07-13"],
  ["The optimism that surfaced last week has faded.", "2025-07-13", "last week", "2025-W27", "2025-06-30"],
  ["Talks will continue, the country's president said Friday.", "2025-07-11", "Friday", "2025-07-11", "2025-07-11"],
  ["The UAE joined the Abraham Accords signed in 2020.", "2025-07-11", "2020", "2020", "2020-01-01"],
  ["In May, Syrian President Ahmed al-Sharaa said talks were under way.", "2025-07-11", "May", "2025-05", "2025-05-01"],
  [
    "Since Assad's ouster from power in December, the borders have shifted.",
    "2025-07-11",
    "December",
    "2024-12",
    "2024-12-01",
  ],
  [
    "Earlier this week, US envoy Tom Barrack met the president.",
    "2025-07-11",
    "Earlier this week",
    "2025-W28",
    "2025-07-07",
  ],
  ["Tensions rose since Israel withdrew from southern Lebanon in 2000.", "2025-07-11", "2000", "2000", "2000-01-01"],
  ["The two countries fought several wars, including one in 2006.", "2025-07-11", "2006", "2006", "2006-01-01"],
  ["Israel and Hezbollah agreed a ceasefire in November.", "2025-07-11", "November", "2024-11", "2024-11-01"],
  ["Syria and Israel have been at a state of war since 1948.", "2025-07-11", "1948", "1948", "1948-01-01"],
  [
    "The Kremlin announced on Thursday that the talks would go ahead.",
    "2025-03-20",
    "Thursday",
    "2025-03-20",
    "2025-03-20",
  ],
  ["Officials suggested Putin had sent it on Wednesday.", "2025-03-20", "Wednesday", "2025-03-19", "2025-03-19"],
  ["The deal was struck at the end of January.", "2025-03-20", "the end of January", "2025-01", "2025-01-21"],
  ["The blockade is a war crime, experts said Monday.", "2025-05-12", "Monday", "2025-05-12", "2025-05-12"],
  ["No aid has entered Gaza for the past 10 weeks.", "2025-05-12", "the past 10 weeks", "P10W", "2025-03-03"],
  ["The 19-month-old military campaign has displaced most Gazans.", "2025-05-12", "19-month-old", "P19M", "2023-10-12"],
  [
    "A two-month ceasefire that Israel shattered in mid-March ended the lull.",
    "2025-05-12",
    "mid-March",
    "2025-03",
    "2025-03-11",
  ],
  [
    "Several governments condemned on Saturday the strikes on Beirut.",
    "2025-03-22",
    "Saturday",
    "2025-03-22",
    "2025-03-22",
  ],
  [
    "FILED - 17 January 2025, Lebanon, Beirut: Smoke rises.",
    "2025-03-22",
    "17 January 2025",
    "2025-01-17",
    "2025-01-17",
  ],
];

describe("recogniseTimexes(text, {reference}) on the seed corpus", () => {
  it.each(cases)("in %j (published %s) reads %j as %s", (sentence, reference, words, value, rangeStart) => {
    const found = recogniseTimexes(sentence, { reference }).find((t) => t.text === words);
    expect(found, `no expression ${JSON.stringify(words)}`).toBeDefined();
    expect(found?.value).toBe(value);
    expect(found?.range?.start ?? null).toBe(rangeStart);
    expect(sentence.slice(found?.start, found?.end)).toBe(words);
  });
});
