import { describe, expect, it } from "vitest";
import { foldText, prepareDocs, queryWords, searchEvents } from "../../../src/lib/search/searchEvents.ts";

const docs = prepareDocs([
  {
    id: "famine",
    title: "The Gaza Strip is at critical risk of famine",
    start: "2025-05-12",
    quotes: ["The Gaza Strip is at critical risk of famine, a UN-backed report said on Monday."],
  },
  {
    id: "boat",
    title: "Israel intercepted the Madleen aid boat",
    start: "2025-06-09",
    quotes: ["Israel’s navy intercepted the Madleen, an aid boat bound for Gaza, on June 9."],
  },
  {
    id: "convoy",
    title: "A land convoy set out",
    start: "2025-06-09",
    quotes: ["Hundreds of people launched a land convoy bound for Gaza from Tunisia."],
  },
  {
    id: "toward",
    title: "Talks moved toward a deal",
    start: "2024-01-01",
    quotes: ["Talks moved toward a deal in Doha."],
  },
]);

describe("searchEvents(query, docs)", () => {
  it.each([
    { query: "famine", want: ["famine"] },
    { query: "FAMIN", want: ["famine"] },
    { query: "navy", want: ["boat"] },
    { query: "israel's navy", want: ["boat"] },
    { query: "bound gaza", want: ["boat", "convoy"] },
    { query: "tunisia", want: ["convoy"] },
    { query: "war", want: [] },
    { query: "  ", want: [] },
    { query: "famine tunisia", want: [] },
    { query: "doha (", want: ["toward"] },
  ])("finds $want for “$query”", ({ query, want }) => {
    expect(searchEvents(query, docs).map((hit) => hit.id)).toEqual(want);
  });

  it("ranks title matches first, then newer events", () => {
    expect(searchEvents("intercepted", docs).map((hit) => hit.id)).toEqual(["boat"]);
    expect(searchEvents("gaza", docs).map((hit) => hit.id)).toEqual(["famine", "boat", "convoy"]);
  });

  it("marks the words in a snippet of the quote that matched", () => {
    const [hit] = searchEvents("navy", docs);
    expect(hit?.snippet?.filter((p) => p.mark).map((p) => p.text)).toEqual(["navy"]);
    expect(hit?.snippet?.map((p) => p.text).join("")).toContain("Israel’s navy intercepted");
  });
});

describe("foldText(text) and queryWords(query)", () => {
  it("keeps the length, so offsets in the folded text cut the original", () => {
    const text = "Beyrouth’s Peña – Ünal";
    expect(foldText(text)).toBe("beyrouth's pena - unal");
    expect(foldText(text)).toHaveLength(text.length);
  });

  it("splits a query into distinct folded words", () => {
    expect(queryWords("Aid, BOAT aid")).toEqual(["aid", "boat"]);
  });
});
