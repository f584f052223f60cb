import { describe, expect, it } from "vitest";
import { dateParagraphs } from "../../../../src/lib/ingest/3-dating/index.ts";
import { type ArticleForEvents, extractEvents } from "../../../../src/lib/ingest/4-events/index.ts";
import { compileGazetteer } from "../../../../src/lib/ingest/matchGazetteer.ts";

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
const article = (published: string | null): ArticleForEvents => ({
  id: "a",
  headline: "A",
  url: null,
  published,
  topics: ["lebanon"],
});
/** Dates the paragraphs (stage 3) and extracts their events (stage 4), as the ingest does. */
const extract = (paragraphs: string[], published: string | null = "2025-06-09") =>
  extractEvents(article(published), dateParagraphs({ paragraphs, lead: 0, published, publishedConfidence: 1 }), match);
describe("extractEvents(article, datedParagraphs, match)", () => {
  it("titles an event the sentence relates its day to by that event's own clause", () => {
    const { candidates } = extract(["The crossing reopened on Saturday, two days before talks on a new truce begin."]);
    expect(candidates.map((c) => [c.title, c.date.start])).toEqual([
      ["The crossing reopened", "2025-06-07"],
      ["Talks on a new truce begin", "2025-06-09"],
    ]);
  });

  it("makes an event of a dated sentence, with its quote, date words, topics and people", () => {
    const { candidates } = extract(["Aoun met ministers in Beirut on Monday. Nothing else happened."]);
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
    const { candidates } = extract([
      "Hezbollah fought a war with Israel in 2006.",
      "The uprising began in March 2011.",
    ]);
    expect(candidates.map((c) => [c.date.start, c.context])).toEqual([
      ["2006-01-01", true],
      ["2011-03-01", false],
    ]);
  });

  it("leaves weekdays of an undated article unresolved instead of guessing", () => {
    const { candidates, dates } = extract(["The ceasefire was agreed on Monday, officials said."], null);
    expect(candidates).toEqual([]);
    expect(dates[0]?.[0]).toMatchObject({ value: "XXXX-WXX-1", day: null, key: null });
  });

  it("makes no event of a wire dateline's date but keeps the dates after it", () => {
    const { candidates, dates } = extract([
      "BEIRUT, June 8 (Reuters) - Aoun met ministers in Beirut on Saturday, June 7.",
    ]);
    expect(candidates.map((c) => c.date.start)).toEqual(["2025-06-07"]);
    expect(dates[0]?.map((d) => [d.day, d.key === null])).toEqual([
      ["2025-06-08", true],
      ["2025-06-07", false],
    ]);
  });

  it("keeps the dates of a sentence that merely starts with a capitalised place", () => {
    const { candidates } = extract(["Beirut, on June 7, saw protests against the strikes."]);
    expect(candidates.map((c) => c.date.start)).toEqual(["2025-06-07"]);
  });

  it("keeps a plan dated after publication as scheduled", () => {
    const { candidates } = extract(["The convoy aims to arrive in Rafah by the end of the week."]);
    expect(candidates.map((c) => [c.date.text, c.status])).toEqual([["the end of the week", "scheduled"]]);
  });

  it("links every event-making date in the paragraph to its candidate by offset", () => {
    const paragraph = "The war ended with a ceasefire in November. It had begun in 2023.";
    const { candidates, dates } = extract([paragraph]);
    expect(dates[0]?.map((d) => [paragraph.slice(d.start, d.end), d.day, d.key])).toEqual([
      ["November", "2024-11-01", candidates[0]?.key],
      ["2023", "2023-01-01", candidates[1]?.key],
    ]);
  });

  it("falls back to the article's topics for a sentence that names none", () => {
    const { candidates } = extract(["The talks collapsed on Monday."]);
    expect(candidates[0]?.topics).toEqual(["lebanon"]);
  });

  it("leaves a wire dateline, a link and a post's signature out of the title, and keeps them in the quote", () => {
    const { candidates } = extract([
      "BEIRUT (AP) — Aoun met ministers in Beirut on Saturday.",
      "The talks resumed on Friday pic.twitter.com/abc123 — Jane Doe (@janedoe) June 6, 2025",
    ]);
    expect(candidates.map((c) => c.title)).toEqual(["Aoun met ministers in Beirut", "The talks resumed"]);
    expect(candidates[0]?.quote).toBe("BEIRUT (AP) — Aoun met ministers in Beirut on Saturday.");
  });
});
