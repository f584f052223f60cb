import { describe, expect, it } from "vitest";
import { sentenceBounds } from "../../../src/lib/timex/sentenceBounds.ts";

describe("sentenceBounds(text, offset)", () => {
  const text = "The attack on Oct. 7 shocked the U.S. and Israel. Mr. Smith spoke on Monday. Talks followed.";
  it.each([
    [
      "keeps a month abbreviation and U.S. inside the first sentence",
      "Israel",
      "The attack on Oct. 7 shocked the U.S. and Israel.",
    ],
    ["keeps Mr. inside the second sentence", "Monday", "Mr. Smith spoke on Monday."],
    ["finds the last sentence", "followed", "Talks followed."],
  ])("%s", (_, word, sentence) => {
    const { start, end } = sentenceBounds(text, text.indexOf(word));
    expect(text.slice(start, end)).toBe(sentence);
  });
});
