import { describe, expect, it } from "vitest";
import { clauseTense } from "../../../src/lib/timex/clauseTense.ts";

function tenseOf(sentence: string, word: string) {
  const start = sentence.indexOf(word);
  return clauseTense(sentence, { start: 0, end: sentence.length }, start, start + word.length);
}

describe("clauseTense(text, sentence, start, end)", () => {
  it.each([
    ["The minister said on Friday the talks failed.", "Friday", "past"],
    ["The ministers will meet on Friday.", "Friday", "future"],
    ["The cabinet is set to vote on Friday.", "Friday", "future"],
    ["The team planned to leave on Thursday.", "Thursday", "future"],
    ["The group could come as soon as Tuesday.", "Tuesday", "future"],
    ["They can take part in planning for the summit in April.", "April", "future"],
    ["Talks were held ahead of the elections in May.", "May", "future"],
    ["The bomb exploded next to the embassy on Friday.", "Friday", "past"],
    ["The court is hearing the case on Monday.", "Monday", "present"],
    ["He said he will resign; the vote took place Monday.", "Monday", "past"],
  ])("reads %j around %s as %s", (sentence, word, tense) => {
    expect(tenseOf(sentence, word)).toBe(tense);
  });
});
