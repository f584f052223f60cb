import { describe, expect, it } from "vitest";
import { recogniseTimexes } from "../../../src/lib/timex/recogniseTimexes.ts";
import type { Timex } from "../../../src/lib/timex/types.ts";

// The article was published on Sunday 13 July 2025; the paragraphs before these told of Monday 3 June 2024.
const reference = "2025-07-13";
const storyDay = "2024-06-03";

function find(text: string, words: string, story: string | null = storyDay): Timex | undefined {
  return recogniseTimexes(text, { reference, storyDay: story }).find((t) => t.text === words);
}

describe("recogniseTimexes(text, {reference, storyDay}) for expressions counted from the story", () => {
  it.each([
    ["the next day", "The next day, the army withdrew.", "The next day", "2024-06-04", "2024-06-04", "2024-06-04"],
    [
      "the following week",
      "The following week, talks resumed.",
      "The following week",
      "2024-W24",
      "2024-06-10",
      "2024-06-16",
    ],
    ["two days later", "Two days later, the cabinet fell.", "Two days", "P2D", "2024-06-05", "2024-06-05"],
    ["hours later", "Hours later, rockets were fired.", "Hours later", "2024-06-03", "2024-06-03", "2024-06-03"],
    ["that evening", "Protesters gathered that evening.", "that evening", "2024-06-03TEV", "2024-06-03", "2024-06-03"],
    ["earlier that year", "Earlier that year, the city fell.", "Earlier that year", "2024", "2024-01-01", "2024-06-02"],
    [
      "a month after an event with no date",
      "A month after the siege began, the city fell.",
      "A month",
      "P1M",
      "2024-07-01",
      "2024-07-31",
    ],
    [
      "the previous two days",
      "Strikes hit the town over the previous two days.",
      "the previous two days",
      "P2D",
      "2024-06-01",
      "2024-06-02",
    ],
  ])("counts %s from the story day", (_, text, words, value, start, end) => {
    expect(find(text, words)).toMatchObject({ value, range: { start, end }, basis: "anchored" });
  });

  it("lets a date told earlier in the text win over the story day", () => {
    expect(find("The city fell on May 2, 2019. The next day, the army withdrew.", "The next day")).toMatchObject({
      value: "2019-05-03",
      basis: "anchored",
    });
  });

  it("counts two days after an event from the event's date, not from the clause's own date", () => {
    const text = "The talks resumed on Monday, two days after the bombing on Saturday.";
    const found = recogniseTimexes(text, { reference: "2025-07-09" });
    expect(found.map((t) => [t.text, t.value, t.range?.start])).toEqual([
      ["Monday", "2025-07-07", "2025-07-07"],
      ["two days", "P2D", "2025-07-07"],
      ["Saturday", "2025-07-05", "2025-07-05"],
    ]);
  });

  it("puts a shift beside a date on that date when the event has none", () => {
    const found = recogniseTimexes("The talks resumed on Monday, two days after the bombing.", {
      reference: "2025-07-09",
    });
    expect(found.find((t) => t.text === "two days")?.range).toMatchObject({ start: "2025-07-07", end: "2025-07-07" });
  });

  it("puts a shift after its main clause on the day the clause names earlier in the sentence", () => {
    const found = recogniseTimexes(
      "Protests broke out on Friday in three cities, two days after the president spoke.",
      {
        reference: "2025-07-12",
      },
    );
    expect(found.find((t) => t.text === "two days")?.range).toMatchObject({ start: "2025-07-11", end: "2025-07-11" });
  });

  it("puts a shift after its main clause on the story day when a clause tells the other event right there", () => {
    const found = recogniseTimexes("His death came two days after the former president offered talks.", {
      reference: "2025-07-12",
      storyDay: "2025-07-10",
    });
    expect(found.map((t) => [t.text, t.value, t.range?.start])).toEqual([["two days", "P2D", "2025-07-10"]]);
  });

  it("counts a shift after its main clause from the story day when a bare noun names the event", () => {
    const found = recogniseTimexes("The talks resumed two days after the bombing.", {
      reference: "2025-07-12",
      storyDay: "2025-07-07",
    });
    expect(found.find((t) => t.text === "two days")?.range).toMatchObject({ start: "2025-07-09", end: "2025-07-09" });
  });

  it("falls back to the publication day without a story day", () => {
    expect(find("The next day, the army withdrew.", "The next day", null)).toMatchObject({
      value: "2025-07-14",
      basis: "relative",
    });
  });

  it("gives the previous two days before the publication day without a story day", () => {
    expect(
      find("Strikes hit the town over the previous two days.", "the previous two days", null)?.range,
    ).toMatchObject({
      start: "2025-07-11",
      end: "2025-07-12",
    });
  });

  it("refuses a story day that is not a day", () => {
    expect(() => recogniseTimexes("The next day.", { reference, storyDay: "June" })).toThrow(/storyDay/);
  });
});
