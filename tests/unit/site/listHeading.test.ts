import { describe, expect, it } from "vitest";
import { countWords, listHeading } from "../../../src/lib/site/listHeading.ts";

const names = new Map([
  ["gaza", "Gaza"],
  ["lebanon", "Lebanon"],
  ["syria", "Syria"],
]);

describe("listHeading(topics, names)", () => {
  it.each([
    { topics: [], want: "Every event, by year" },
    { topics: ["gaza"], want: "Every event about Gaza, by year" },
    { topics: ["gaza", "lebanon"], want: "Every event about Gaza or Lebanon, by year" },
    { topics: ["gaza", "lebanon", "syria"], want: "Every event about Gaza, Lebanon or Syria, by year" },
  ])("heads the list for $topics", ({ topics, want }) => {
    expect(listHeading(topics, names)).toBe(want);
  });
});

describe("countWords(count)", () => {
  it.each([
    [0, "0 events."],
    [1, "1 event."],
    [12, "12 events."],
  ])("says %i as %s", (count, want) => {
    expect(countWords(count)).toBe(want);
  });
});
