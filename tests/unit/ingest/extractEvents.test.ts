import { describe, expect, it } from "vitest";
import { type ArticleForEvents, extractEvents } from "../../../src/lib/ingest/extractEvents.ts";
import { skipReason } from "../../../src/lib/ingest/isEventTimex.ts";
import { compileGazetteer } from "../../../src/lib/ingest/matchGazetteer.ts";
import type { Timex } from "../../../src/lib/timex/types.ts";

const match = compileGazetteer({
  version: 1,
  topics: [
    { id: "gaza", name: "Gaza", aliases: ["Gaza"] },
    { id: "lebanon", name: "Lebanon", aliases: ["Lebanon", "Hezbollah"] },
  ],
  people: [{ id: "Joseph Aoun", name: "Joseph Aoun", aliases: ["Joseph Aoun", "Aoun"] }],
  places: [{ id: "Beirut", name: "Beirut", aliases: ["Beirut"] }],
  eventKinds: [{ id: "ceasefire", name: "Ceasefire", aliases: ["ceasefire"] }],
});
const article = (paragraphs: string[], published: string | null = "2025-06-09"): ArticleForEvents => ({
  id: "a",
  headline: "A",
  url: null,
  published,
  paragraphs,
  topics: ["lebanon"],
});
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
      "a day after publication",
      timex({
        value: "2025-06-13",
        range: { start: "2025-06-13", end: "2025-06-15", precision: "day", approximate: true },
      }),
      "future",
    ],
  ])("keeps or skips %s (%s)", (_, t, want) => {
    expect(skipReason(t, "2025-06-09")).toBe(want);
  });
});

describe("extractEvents(article, match)", () => {
  it("makes an event of a dated sentence, with its quote, date words, topics and people", () => {
    const { candidates } = extractEvents(
      article(["Aoun met ministers in Beirut on Monday. Nothing else happened."]),
      match,
    );
    expect(
      candidates.map((c) => ({
        title: c.title,
        date: c.date,
        quote: c.quote,
        topics: c.topics,
        people: c.people,
        places: c.places,
      })),
    ).toEqual([
      {
        title: "Aoun met ministers in Beirut",
        date: { start: "2025-06-09", end: "2025-06-09", precision: "day", approximate: false, text: "Monday" },
        quote: "Aoun met ministers in Beirut on Monday.",
        topics: ["lebanon"],
        people: ["Joseph Aoun"],
        places: ["Beirut"],
      },
    ]);
  });

  it("marks background before March 2011 as context", () => {
    const { candidates } = extractEvents(
      article(["Hezbollah fought a war with Israel in 2006.", "The uprising began in March 2011."]),
      match,
    );
    expect(candidates.map((c) => [c.date.start, c.context])).toEqual([
      ["2006-01-01", true],
      ["2011-03-01", false],
    ]);
  });

  it("leaves weekdays of an undated article unresolved instead of guessing", () => {
    const { candidates, dates } = extractEvents(
      article(["The ceasefire was agreed on Monday, officials said."], null),
      match,
    );
    expect(candidates).toEqual([]);
    expect(dates[0]?.[0]).toMatchObject({ value: "XXXX-WXX-1", day: null, key: null });
  });

  it("makes no event of a wire dateline's date but keeps the dates after it", () => {
    const { candidates, dates } = extractEvents(
      article(["BEIRUT, June 8 (Reuters) - Aoun met ministers in Beirut on Saturday, June 7."]),
      match,
    );
    expect(candidates.map((c) => c.date.start)).toEqual(["2025-06-07"]);
    expect(dates[0]?.map((d) => [d.day, d.key === null])).toEqual([
      ["2025-06-08", true],
      ["2025-06-07", false],
    ]);
  });

  it("keeps the dates of a sentence that merely starts with a capitalised place", () => {
    const { candidates } = extractEvents(article(["Beirut, on June 7, saw protests against the strikes."]), match);
    expect(candidates.map((c) => c.date.start)).toEqual(["2025-06-07"]);
  });

  it("skips a forecast dated after publication", () => {
    const { candidates } = extractEvents(
      article(["The convoy aims to arrive in Rafah by the end of the week."]),
      match,
    );
    expect(candidates).toEqual([]);
  });

  it("links every event-making date in the paragraph to its candidate by offset", () => {
    const paragraph = "The war ended with a ceasefire in November. It had begun in 2023.";
    const { candidates, dates } = extractEvents(article([paragraph]), match);
    expect(dates[0]?.map((d) => [paragraph.slice(d.start, d.end), d.day, d.key])).toEqual([
      ["November", "2024-11-01", candidates[0]?.key],
      ["2023", "2023-01-01", candidates[1]?.key],
    ]);
  });

  it("falls back to the article's topics for a sentence that names none", () => {
    const { candidates } = extractEvents(article(["The talks collapsed on Monday."]), match);
    expect(candidates[0]?.topics).toEqual(["lebanon"]);
  });
});
