import { describe, expect, it } from "vitest";
import { recogniseTimexes } from "../../../src/lib/timex/recogniseTimexes.ts";
import type { Timex } from "../../../src/lib/timex/types.ts";

function only(text: string, reference: string | null = "2025-07-13"): Timex {
  const found = recogniseTimexes(text, { reference });
  expect(found, JSON.stringify(found.map((t) => t.text))).toHaveLength(1);
  return found[0] as Timex;
}

describe("recogniseTimexes(text, {reference}) for full dates", () => {
  it.each([
    ["It happened on December 5, 2014.", "December 5, 2014", "2014-12-05"],
    ["It happened on Dec. 5, 2014.", "Dec. 5, 2014", "2014-12-05"],
    ["The attack on Oct. 7, 2023 changed everything.", "Oct. 7, 2023", "2023-10-07"],
    ["It happened on 5 December 2014.", "5 December 2014", "2014-12-05"],
    ["Published Wednesday, July 9, 2025 at noon.", "Wednesday, July 9, 2025", "2025-07-09"],
    ["The file is dated 2025-06-09.", "2025-06-09", "2025-06-09"],
  ])("reads %j as %s = %s, absolute", (text, words, value) => {
    const t = recogniseTimexes(text, { reference: "2025-07-13" }).find((x) => x.text === words);
    expect(t?.value).toBe(value);
    expect(t?.basis).toBe("absolute");
    expect(t?.range).toEqual({ start: value, end: value, precision: "day", approximate: false });
  });

  it("skips day/month numbers whose order is ambiguous", () => {
    expect(recogniseTimexes("Filed on 09/06/2025.", { reference: "2025-07-13" })).toEqual([]);
  });

  it("drops impossible days and far-future years instead of returning them", () => {
    expect(recogniseTimexes("Signed on February 30, 2025.", { reference: "2025-07-13" })).toEqual([]);
    expect(recogniseTimexes("A plan for 2150 and for 2090.", { reference: "2025-07-13" })).toEqual([]);
  });
});

describe("recogniseTimexes(text, {reference}) for month and day without a year", () => {
  it.each([
    ["takes the latest December before a January article", "The talks began in December.", "2025-01-15", "2024-12"],
    [
      "takes the next January when the clause looks ahead",
      "Elections will be held in January.",
      "2024-12-10",
      "2025-01",
    ],
    ["keeps the publication month", "Prices fell in July.", "2025-07-13", "2025-07"],
    ["takes June 1 of the same year for a June article", "On June 1, the boat set sail.", "2025-06-09", "2025-06-01"],
    ["lets a much nearer future day win over the tense", "The dividend is payable Dec. 7.", "1989-10-30", "1989-12-07"],
    [
      "takes the next April for a meeting being planned",
      "They can take part in planning for the summit in April.",
      "1998-12-05",
      "1999-04",
    ],
    [
      "lets a much nearer past month win over 'ahead of'",
      "Talks were held ahead of the vote in May.",
      "2025-07-13",
      "2025-05",
    ],
  ])("%s", (_, text, reference, value) => {
    expect(only(text, reference).value).toBe(value);
  });

  it("keeps the month when the number after it is a count", () => {
    expect(only("In May 35 people died.", "2025-07-13")).toMatchObject({ text: "May", value: "2025-05" });
  });

  it("leaves X placeholders without a reference", () => {
    const t = only("It happened in June.", null);
    expect(t).toMatchObject({ value: "XXXX-06", range: null, basis: "relative" });
  });
});

describe("recogniseTimexes(text, {reference}) for weekdays", () => {
  it.each([
    [
      "takes the publication day itself for its own weekday in the past tense",
      "Officials said Friday the talks failed.",
      "2025-07-11",
      "2025-07-11",
    ],
    [
      "takes the latest earlier day for another weekday",
      "Officials said Wednesday the talks failed.",
      "2025-07-11",
      "2025-07-09",
    ],
    ["looks ahead after 'will'", "The ministers will meet on Tuesday.", "2025-07-11", "2025-07-15"],
    ["looks ahead after 'is set to'", "The cabinet is set to vote Sunday.", "2025-07-11", "2025-07-13"],
    ["looks ahead after 'plans to'", "The army plans to withdraw on Monday.", "2025-07-11", "2025-07-14"],
    ["goes a full week back with 'last'", "The strike happened last Friday.", "2025-07-11", "2025-07-04"],
    ["goes forward with 'next'", "They meet next Friday.", "2025-07-11", "2025-07-18"],
  ])("%s", (_, text, reference, value) => {
    expect(only(text, reference).value).toBe(value);
  });

  it("types a weekday with a part of the day as TIME and keeps the day as range", () => {
    const t = only("On Monday morning Israel intercepted it.", "2025-06-09");
    expect(t).toMatchObject({
      type: "TIME",
      value: "2025-06-09TMO",
      range: { start: "2025-06-09", end: "2025-06-09", precision: "day" },
    });
  });
});

describe("recogniseTimexes(text, {reference}) for periods named from the publication", () => {
  it.each([
    ["last week", "The deal collapsed last week.", "2025-W27", "2025-06-30", "2025-07-06", "week", false],
    [
      "earlier this week",
      "Earlier this week, the envoy met him.",
      "2025-W28",
      "2025-07-07",
      "2025-07-12",
      "week",
      true,
    ],
    ["last month", "Prices rose last month.", "2025-06", "2025-06-01", "2025-06-30", "month", false],
    ["this year", "Growth slowed this year.", "2025", "2025-01-01", "2025-12-31", "year", false],
    ["next year", "Elections are due next year.", "2026", "2026-01-01", "2026-12-31", "year", false],
    ["two years ago", "The war began two years ago.", "2023", "2023-01-01", "2023-12-31", "year", true],
    ["yesterday", "The minister resigned yesterday.", "2025-07-12", "2025-07-12", "2025-07-12", "day", false],
    ["today", "The court rules today.", "2025-07-13", "2025-07-13", "2025-07-13", "day", false],
  ])("resolves %s", (_, text, value, start, end, precision, approximate) => {
    expect(only(text, "2025-07-13")).toMatchObject({
      value,
      range: { start, end, precision, approximate },
      basis: "relative",
    });
  });

  it.each([
    ["now", "PRESENT_REF"],
    ["currently", "PRESENT_REF"],
    ["recently", "PAST_REF"],
  ])("gives %s the value %s and no range", (word, value) => {
    expect(only(`Officials ${word} agreed.`)).toMatchObject({ text: word, value, range: null });
  });

  it("types tonight as TIME on the publication day", () => {
    expect(only("The vote is tonight.")).toMatchObject({ type: "TIME", value: "2025-07-13TNI" });
  });

  it.each([
    "Mothers in today's world can prove paternity.",
    "The case is for today's youth what the blockade was for their parents.",
    "He chose the people of tomorrow.",
  ])("takes no day from the present or coming age: %s", (text) => {
    expect(recogniseTimexes(text, { reference: "2025-07-13" })).toEqual([]);
  });

  it("keeps a day counted from a date with 'as of today'", () => {
    expect(only("The rule applies as of today.")).toMatchObject({ text: "today", value: "2025-07-13" });
  });
});

describe("recogniseTimexes(text, {reference}) for durations", () => {
  it.each([
    ["for the past 10 weeks", "Aid stopped for the past 10 weeks.", "the past 10 weeks", "P10W", "2025-03-03", "week"],
    ["a campaign's age", "The 19-month-old campaign goes on.", "19-month-old", "P19M", "2023-10-12", "month"],
    ["months of war", "After 21 months of war, talks resumed.", "21 months", "P21M", "2023-08-12", "month"],
  ])("anchors %s to the publication with an approximate range", (_, text, words, value, start, precision) => {
    expect(only(text, "2025-05-12")).toMatchObject({
      text: words,
      type: "DURATION",
      value,
      range: { start, end: "2025-05-12", precision, approximate: true },
    });
  });

  it("gives the past 24 hours the day before publication and the day itself", () => {
    expect(only("Twenty people died over the past 24 hours.", "2025-05-12")).toMatchObject({
      value: "PT24H",
      range: { start: "2025-05-11", end: "2025-05-12", precision: "day", approximate: true },
    });
  });

  it("writes the past decade as ten years", () => {
    expect(only("Prices doubled over the past decade.", "2025-05-12")).toMatchObject({
      type: "DURATION",
      value: "P10Y",
    });
  });

  it("writes the past year as the calendar year TimeBank gives it, with the twelve months as range", () => {
    expect(only("Prices doubled over the past year.", "2025-05-12")).toMatchObject({
      type: "DATE",
      value: "2024",
      range: { start: "2024-05-12", end: "2025-05-12", precision: "year", approximate: true },
    });
  });

  it.each([
    ["a year-long war", "year-long", "P1Y"],
    ["the day-long strike", "day-long", "P1D"],
    ["a decades-long conflict", "decades-long", "PXY"],
    ["a 60-day ceasefire", "60-day", "P60D"],
    ["for years", "years", "PXY"],
    ["in recent weeks", "recent weeks", "PXW"],
  ])("marks %j as the duration %j = %s", (phrase, words, value) => {
    expect(only(`It was ${phrase}.`)).toMatchObject({ text: words, type: "DURATION", value });
  });

  it("leaves a bare duration without a range", () => {
    expect(only("The talks lasted three days.")).toMatchObject({
      text: "three days",
      type: "DURATION",
      value: "P3D",
      range: null,
    });
  });

  it("does not take an age for a temporal expression", () => {
    expect(recogniseTimexes("A 39-year-old businessman was arrested.", { reference: "2025-05-12" })).toEqual([]);
  });
});

describe("recogniseTimexes(text, {reference}) for expressions anchored to another date", () => {
  it("counts a day after the attack from the date later in the sentence, marking the day as TimeML does", () => {
    const found = recogniseTimexes("Hezbollah opened fire a day after the attack on Oct. 7, 2023.", {
      reference: "2025-07-13",
    });
    expect(found.map((t) => [t.text, t.type, t.value, t.range?.start, t.basis])).toEqual([
      ["a day", "DURATION", "P1D", "2023-10-08", "anchored"],
      ["Oct. 7, 2023", "DATE", "2023-10-07", "2023-10-07", "absolute"],
    ]);
  });

  it("puts hours later on the day of the previous date, approximately", () => {
    const found = recogniseTimexes("The strike hit on June 3, 2024. Hours later, rockets were fired.", {
      reference: "2025-07-13",
    });
    expect(found[1]).toMatchObject({
      text: "Hours later",
      value: "2024-06-03",
      basis: "anchored",
      range: { start: "2024-06-03", end: "2024-06-03", approximate: true },
    });
  });

  it.each([
    [
      "the following year from the year just told",
      "Farkas was promoted on May 22, 1995, and the following year he moved.",
      "the following year",
      "1996",
    ],
    [
      "the previous week from the day just told",
      "The vote was on June 3, 1996; the previous week was calm.",
      "the previous week",
      "1996-W22",
    ],
    [
      "the next morning from the day just told",
      "He was arrested on Feb. 22, 2000. He appeared in court the next morning.",
      "the next morning",
      "2000-02-23TMO",
    ],
  ])("counts %s", (_, text, words, value) => {
    const t = recogniseTimexes(text, { reference: "2000-04-18" }).find((x) => x.text === words);
    expect(t).toMatchObject({ value, basis: "anchored" });
  });

  it("counts the next year from the publication, not from the story", () => {
    const found = recogniseTimexes("In 1995 he said the plant would close over the next year.", {
      reference: "1998-04-18",
    });
    expect(found.map((t) => [t.text, t.value, t.basis])).toEqual([
      ["1995", "1995", "absolute"],
      ["the next year", "1999", "relative"],
    ]);
  });

  it("falls back to the publication day, as a relative value, when nothing was dated before", () => {
    const found = recogniseTimexes("Hours later, rockets were fired.", { reference: "2025-07-13" });
    expect(found[0]).toMatchObject({ text: "Hours later", value: "2025-07-13", basis: "relative" });
  });

  it("shifts the quarter under discussion for a year earlier", () => {
    const found = recogniseTimexes("Profit rose in the third quarter, compared with a loss a year earlier.", {
      reference: "1989-10-26",
    });
    expect(found.map((t) => t.value)).toEqual(["1989-Q3", "1988-Q3"]);
  });
});

describe("recogniseTimexes(text, {reference}) for parts of periods, seasons, quarters and decades", () => {
  it.each([
    ["mid-March", "2025-03", "2025-03-11", "2025-03-20", "month", true],
    ["the end of January", "2025-01", "2025-01-21", "2025-01-31", "month", true],
    ["early 2024", "2024", "2024-01-01", "2024-04-30", "year", true],
    ["late 2024", "2024", "2024-09-01", "2024-12-31", "year", true],
    ["the first half of 2024", "2024-H1", "2024-01-01", "2024-06-30", "half", false],
    ["spring 2024", "2024-SP", "2024-03-01", "2024-05-31", "season", false],
    ["the 1990s", "199", "1990-01-01", "1999-12-31", "decade", false],
    ["the third quarter", "2025-Q1", "2025-01-01", "2025-03-31", "quarter", false],
  ])("reads %s", (words, value, start, end, precision, approximate) => {
    const text = words === "the third quarter" ? "Sales fell in the first quarter." : `It happened in ${words}.`;
    const t = only(text, "2025-05-12");
    expect(t).toMatchObject({ value, range: { start, end, precision, approximate } });
  });

  it("names a quarter of an earlier year in the past tense", () => {
    expect(only("Sales fell in the fourth quarter.", "1998-02-06").value).toBe("1997-Q4");
  });
});

describe("recogniseTimexes(text, {reference}) for numbers that are not years", () => {
  it.each([
    ["The floods killed 2000 people."],
    ["Resolution 1701 ended the war."],
    ["The plan costs $11 billion."],
    ["He was arrested around 20 times."],
    ["The league has 1995 members."],
  ])("finds nothing in %j", (text) => {
    expect(recogniseTimexes(text, { reference: "2025-07-13" })).toEqual([]);
  });

  it.each([
    ["since 1948", "Syria has been at war since 1948.", "1948"],
    ["the 2006 war", "Lebanon remembers the 2006 war.", "2006"],
    ["by 2030", "The target is to be met by 2030.", "2030"],
  ])("takes a year framed as %s", (_, text, value) => {
    expect(only(text)).toMatchObject({ text: value, value, basis: "absolute" });
  });
});

describe("recogniseTimexes(text, {reference}) output shape", () => {
  it("returns non-overlapping expressions sorted by start, with text equal to the slice", () => {
    const text = "On Monday, July 7, 2025, a week after talks in May and since 2020, officials said now.";
    const found = recogniseTimexes(text, { reference: "2025-07-13" });
    for (let i = 0; i < found.length; i++) {
      const t = found[i] as Timex;
      expect(text.slice(t.start, t.end)).toBe(t.text);
      if (i > 0) expect(t.start).toBeGreaterThanOrEqual((found[i - 1] as Timex).end);
    }
    expect(found.length).toBeGreaterThanOrEqual(4);
  });

  it("refuses a reference that is not a day", () => {
    expect(() => recogniseTimexes("today", { reference: "yesterday" })).toThrow(/reference/);
  });
});

describe("recogniseTimexes(text, {reference}) tense of each expression", () => {
  it.each([
    ["a report of what happened", "The minister resigned on Friday.", "Friday", "past"],
    ["a ceasefire that takes effect", "The ceasefire takes effect on Sunday.", "Sunday", "future"],
    ["talks set for a day", "Talks are set for Tuesday.", "Tuesday", "future"],
    ["a conference that will open", "The conference will open in Cairo on June 3.", "June 3", "future"],
    ["the rest of the week", "The envoy returns later this week.", "later this week", "future"],
    [
      "a plan told in the past that falls ahead",
      "The minister was to travel to Cairo on Saturday.",
      "Saturday",
      "future",
    ],
    [
      "a plan told in the past that fell behind",
      "The minister was to travel to Cairo on Thursday.",
      "Thursday",
      "past",
    ],
    ["a hearing under way", "The court is hearing the case on Friday.", "Friday", "present"],
  ])("marks %s as %s", (_, text, words, tense) => {
    const found = recogniseTimexes(text, { reference: "2025-07-11" }).find((t) => t.text === words);
    expect(found?.tense).toBe(tense);
  });

  it("resolves a past plan to the occurrence nearest the publication day", () => {
    expect(only("The minister was to travel to Cairo on Saturday.", "2025-07-11").value).toBe("2025-07-12");
    expect(only("The minister was to travel to Cairo on Thursday.", "2025-07-11").value).toBe("2025-07-10");
  });

  it("names the rule that found each expression", () => {
    expect(only("It happened on December 5, 2014.").rule).toBe("month-day-year");
  });
});

describe("recogniseTimexes(text, {reference}) for a month and day in a past clause", () => {
  it("never puts them after the publication day", () => {
    expect(only("Hamas attacked Israel on Oct. 7.", "2024-10-01").value).toBe("2023-10-07");
  });

  it("still lets a limit told in the past lie just ahead", () => {
    expect(only("The bid was extended to Nov. 16.", "1989-10-30").value).toBe("1989-11-16");
  });

  it("takes the year in which a date line's weekday fits", () => {
    expect(only("The paper said in an editorial on Saturday, April 25.", "1998-04-24").value).toBe("1998-04-25");
  });
});

describe("recogniseTimexes(text, {reference}) for words that only look like dates", () => {
  it.each([
    ["a modal verb", "Prices may rise."],
    ["an order of day and month nobody can tell", "Last update: 12/01/2024"],
    ["a programme's name", 'He said on CBS\'s "60 Minutes" program.'],
    ["a discourse marker opening a sentence", "Iraq was ready to withdraw. Now, he says, the West wants more."],
    ["an idiom", "For the people of Poland, high noon has come."],
    ["'soon' told in the past", "He was taken to a hospital and was soon released."],
    ["'as soon as'", "The group could leave as soon as the threats end."],
  ])("finds nothing in %s", (_, text) => {
    expect(recogniseTimexes(text, { reference: "2025-07-13" }).map((t) => t.text)).toEqual([]);
  });
});
