import { describe, expect, it } from "vitest";
import { clauseTense, futureBefore } from "../../../src/lib/timex/clauseTense.ts";

function tenseOf(sentence: string, word: string) {
  const start = sentence.indexOf(word);
  return clauseTense(sentence, { start: 0, end: sentence.length }, start, start + word.length);
}

describe("clauseTense(text, sentence, start, end)", () => {
  it.each([
    ["The minister said on Friday the talks failed.", "Friday", "past"],
    ["The ministers will meet on Friday.", "Friday", "future"],
    ["The cabinet is set to vote on Friday.", "Friday", "future"],
    ["She will be named commander for a mission in December.", "December", "future"],
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

  it.each([
    ["a plan starting on a day", "The strike goes on, starting Tuesday.", "Tuesday", "future"],
    ["something to begin on a day", "The talks are to begin on Friday.", "Friday", "future"],
    ["a vote set for a day", "The vote is set for Sunday.", "Sunday", "future"],
    ["a rule taking effect", "The ceasefire takes effect on Sunday.", "Sunday", "future"],
    ["a trip on the timetable", "The secretary of state travels to Israel on Wednesday.", "Wednesday", "future"],
    ["a sitting on the timetable", "The security cabinet meets on Sunday to approve the deal.", "Sunday", "future"],
    ["a vote getting under way", "Voting gets under way on Sunday.", "Sunday", "future"],
    ["talks expected to resume", "Mediators expect the talks to resume on Monday.", "Monday", "future"],
    ["a deadline", "Parties must register before the deadline on Monday.", "Monday", "future"],
    [
      "a future auxiliary far back in the clause",
      "The ministers, who landed in Cairo after a long delay caused by the storm, will meet the president and his aides on Tuesday.",
      "Tuesday",
      "future",
    ],
    [
      "a date that opens its sentence before a future clause",
      "On Tuesday, the league will air a new advertisement.",
      "Tuesday",
      "future",
    ],
    [
      "a date that opens its sentence before a plan",
      "On Tuesday, the league plans to hold a news conference.",
      "Tuesday",
      "future",
    ],
  ])("reads %s as the future", (_, sentence, word, tense) => {
    expect(tenseOf(sentence, word)).toBe(tense);
  });

  it.each([
    ["a plan told in the past", "The minister was to travel to Cairo on Friday.", "Friday", "plan"],
    ["a plan that had been scheduled", "The offer had been scheduled to expire at midnight Friday.", "Friday", "plan"],
    ["a limit with no tense of its own", "Officials postponed any action until Tuesday.", "Tuesday", "plan"],
    ["a modal", "The case may be resolved in a hearing on March 6.", "March 6", "plan"],
  ])("reads %s as a plan, which resolves to the nearer day", (_, sentence, word, tense) => {
    expect(tenseOf(sentence, word)).toBe(tense);
  });

  it.each([
    ["a reporting verb right before the day", "Paribas said Monday that it intends to bid.", "Monday"],
    ["a past verb right after the day", "Ahead of the trip, the ministry on Sunday issued a warning.", "Sunday"],
    [
      "a date after 'since', whatever follows",
      "The carrier has been on patrol since March and is scheduled to return.",
      "March",
    ],
    [
      "a participle between a future auxiliary and the date",
      "Paribas will offer 1,800 francs for shares issued July 1.",
      "July 1",
    ],
    [
      "a date that opens its sentence before a plan told in the past",
      "On Friday, the government planned to pay.",
      "Friday",
    ],
  ])("reads %s as the past", (_, sentence, word) => {
    expect(tenseOf(sentence, word)).toBe("past");
  });
});

describe("futureBefore(text, sentence, start)", () => {
  it.each([
    ["The curfew will begin at midnight.", "midnight", true],
    ["Negotiations will resume later today in Doha.", "later today", true],
    ["I am announcing today that the United States will withdraw.", "today", false],
    ["He said he will resign; the vote took place today.", "today", false],
  ])("in %j before %s: %s", (sentence, word, ahead) => {
    expect(futureBefore(sentence, { start: 0 }, sentence.indexOf(word))).toBe(ahead);
  });
});
