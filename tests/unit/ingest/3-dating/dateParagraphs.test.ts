import { describe, expect, it } from "vitest";
import { dateParagraphs, skipReason } from "../../../../src/lib/ingest/3-dating/index.ts";
import type { Timex } from "../../../../src/lib/timex/index.ts";

const timex = (over: Partial<Timex>): Timex => ({
  start: 0,
  end: 4,
  text: "2020",
  type: "DATE",
  value: "2020",
  range: { start: "2020-01-01", end: "2020-12-31", precision: "year", approximate: false },
  basis: "absolute",
  ...over,
});

describe("skipReason(timex, published)", () => {
  it.each([
    ["a year", timex({}), null],
    ["a repeating set", timex({ type: "SET", value: "P1D", range: null }), "set"],
    ["now", timex({ value: "PRESENT_REF", range: null }), "reference"],
    ["an unresolved weekday", timex({ value: "XXXX-WXX-1", range: null }), "no-range"],
    [
      "a bare duration",
      timex({
        type: "DURATION",
        text: "21 months",
        value: "P21M",
        range: { start: "2023-09-09", end: "2025-06-09", precision: "month", approximate: true },
      }),
      "duration",
    ],
    [
      "a duration anchored to the report",
      timex({
        type: "DURATION",
        text: "the past 10 weeks",
        value: "P10W",
        range: { start: "2025-03-03", end: "2025-05-12", precision: "week", approximate: true },
      }),
      null,
    ],
    [
      "a short window anchored to the report",
      timex({
        type: "DURATION",
        text: "the past 24 hours",
        value: "PT24H",
        range: { start: "2025-06-08", end: "2025-06-09", precision: "day", approximate: true },
      }),
      "duration",
    ],
    [
      "a day after publication (a plan: kept, and marked scheduled by dateParagraphs)",
      timex({
        value: "2025-06-13",
        range: { start: "2025-06-13", end: "2025-06-15", precision: "day", approximate: true },
      }),
      null,
    ],
  ])("keeps or skips %s (%s)", (_, t, want) => {
    expect(skipReason(t)).toBe(want);
  });
});

/** The event dates of one paragraph article published on Monday 9 June 2025, as [words or dating, day, status]. */
const eventDates = (paragraphs: string[], published: string | null = "2025-06-09", publishedConfidence = 1) =>
  dateParagraphs({ paragraphs, lead: 0, published, publishedConfidence }).flatMap((p) =>
    p.eventDates.map((d) => [
      d.span ? p.text.slice(d.span.start, d.span.end) : d.dating,
      d.date.start,
      d.status,
      p.text.slice(d.sentence.start, d.sentence.end),
    ]),
  );

describe("dateParagraphs(article): plans and the dates of the story", () => {
  it("keeps a date after publication as scheduled, resolved forward from the publication day", () => {
    expect(eventDates(["The talks will resume in Cairo on Thursday, officials said."])).toEqual([
      ["Thursday", "2025-06-12", "scheduled", "The talks will resume in Cairo on Thursday, officials said."],
    ]);
  });

  it("leaves dates on or before publication reported", () => {
    expect(eventDates(["Strikes hit the port on Sunday."]).map((d) => d.slice(0, 3))).toEqual([
      ["Sunday", "2025-06-08", "reported"],
    ]);
  });

  it("makes one event of the dates of one sentence that name the same day, dated by the first", () => {
    expect(
      eventDates(["A curfew was declared on Sunday from midnight until 6 a.m., state TV said."]).map((d) =>
        d.slice(0, 2),
      ),
    ).toEqual([["Sunday", "2025-06-08"]]);
  });
});

describe("dateParagraphs(article): the story's day and embedded posts", () => {
  it("counts 'the next day' in a later paragraph from the last day told before it, not from publication", () => {
    expect(
      eventDates(["Talks collapsed on March 3, 2025, in Doha.", "The next day, strikes resumed across the north."]).map(
        (d) => d.slice(0, 2),
      ),
    ).toEqual([
      ["March 3, 2025", "2025-03-03"],
      ["The next day", "2025-03-04"],
    ]);
  });

  it("dates a count from a day told earlier ('two days later') by where it lands, but not a count that measures", () => {
    expect(
      eventDates([
        "The vote was held on March 3, 2025, in the capital.",
        "Two days later, the cabinet fell. It took several hours before the results were known.",
      ]).map((d) => d.slice(0, 3)),
    ).toEqual([
      ["March 3, 2025", "2025-03-03", "reported"],
      ["Two days", "2025-03-05", "reported"],
    ]);
  });

  it("never dates an event by the signature of an embedded post that closes a paragraph", () => {
    expect(
      eventDates([
        "Trump wrote: “I have ordered strikes.” pic.twitter.com/26kpBll568 — Dan Scavino (@Scavino47) March 15, 2025",
      ]),
    ).toEqual([]);
  });
});

describe("dateParagraphs(article): a count that relates the sentence's day to another event", () => {
  it.each([
    [
      "Protests broke out on Friday, two days after the president called them a conspiracy.",
      [
        ["Friday", "2025-06-06", "reported"],
        ["two days after", "2025-06-04", "reported"],
      ],
    ],
    [
      "The crossing reopened on Saturday, two days before talks on the second phase begin.",
      [
        ["Saturday", "2025-06-07", "reported"],
        ["two days before", "2025-06-09", "reported"],
      ],
    ],
    [
      "The hotel reopened on Sunday, three months after it became a prison for princes.",
      [
        ["Sunday", "2025-06-08", "reported"],
        ["three months after", "2025-03-01", "reported"],
      ],
    ],
    [
      "The crossing reopened on Sunday, a week before talks on the second phase begin.",
      [
        ["Sunday", "2025-06-08", "reported"],
        ["a week before", "2025-06-15", "scheduled"],
      ],
    ],
  ])("%s", (paragraph, want) => {
    expect(eventDates([paragraph]).map((d) => d.slice(0, 3))).toEqual(want);
  });

  it("counts back from the day the story is at when the sentence names no day of its own", () => {
    const dates = eventDates([
      "Police cleared the square early on Saturday.",
      "The raid came a day after the king declared a state of emergency.",
    ]).map((d) => d.slice(0, 3));
    expect(dates).toEqual([
      ["Saturday", "2025-06-07", "reported"],
      ["a day", "2025-06-07", "reported"],
      ["a day after", "2025-06-06", "reported"],
    ]);
  });
});

describe("dateParagraphs(article): two counts joined by 'and'", () => {
  it("counts both from the sentence's day, each telling its own event", () => {
    const [first, second] = dateParagraphs({
      paragraphs: [
        "Police cleared the square early on Saturday.",
        "The raid came a day after the king declared a state of emergency and two days after troops arrived.",
      ],
      lead: 0,
      published: "2025-06-09",
      publishedConfidence: 1,
    });
    expect(first?.eventDates.map((d) => d.date.start)).toEqual(["2025-06-07"]);
    const related = (second?.eventDates ?? []).filter((d) => d.about);
    expect(related.map((d) => [d.date.start, second?.text.slice(d.about?.start, d.about?.end).trim()])).toEqual([
      ["2025-06-06", "the king declared a state of emergency"],
      ["2025-06-05", "troops arrived"],
    ]);
  });
});

describe("dateParagraphs(article): deadlines", () => {
  it("keeps a plan's deadline counted from the report as a scheduled, approximate period", () => {
    const [paragraph] = dateParagraphs({
      paragraphs: ["The two countries agreed to reopen their embassies within two months."],
      lead: 0,
      published: "2025-06-09",
      publishedConfidence: 1,
    });
    expect(
      paragraph?.eventDates.map((d) => [d.date.start, d.date.end, d.date.precision, d.date.approximate, d.status]),
    ).toEqual([
      // The lede's own news, the agreement, is on the report's day.
      ["2025-06-09", "2025-06-09", "day", false, "reported"],
      ["2025-08-01", "2025-08-31", "month", true, "scheduled"],
    ]);
  });

  it("reads a deadline an agreement sets ('stipulates … within a month')", () => {
    const due = eventDates(["The deal stipulates that the president form a new government within a month."]).filter(
      ([, , status]) => status === "scheduled",
    );
    expect(due.map((d) => d.slice(0, 2))).toEqual([["a month", "2025-07-01"]]);
  });

  it.each([
    "He was the second ruler to be toppled by a popular uprising in a month.",
    "The rival camps hew closely to the divisions drawn in the 36 years since the revolution.",
  ])("makes no deadline of a count after an infinitive or a preposition 'to': %s", (sentence) => {
    expect(eventDates([sentence]).filter(([, , status]) => status === "scheduled")).toEqual([]);
  });

  it("reads a plan told with 'is to' ('is to hand over … within a week')", () => {
    const due = eventDates(["The army is to hand over the crossing within a week."]).filter(
      ([, , status]) => status === "scheduled",
    );
    expect(due.map((d) => d.slice(0, 2))).toEqual([["a week", "2025-06-16"]]);
  });

  it("makes no deadline of 'within two months' told of the past", () => {
    const own = eventDates(["Within two months, the city had fallen."]).filter(([words]) => words !== "report-day");
    expect(own).toEqual([]);
  });
});

describe("dateParagraphs(article): not news", () => {
  it("makes no event of a sentence that only names a date, such as a media link's tail", () => {
    expect(eventDates(["Lavrov says the agreement is a result of cooperation. (14 Sep 2013) <"])).toEqual([]);
  });
});
