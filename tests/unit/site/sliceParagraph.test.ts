import { describe, expect, it } from "vitest";
import { datetimeOf, sliceParagraph, splitQuote } from "../../../src/lib/site/sliceParagraph.ts";

const date = (start: number, end: number, value = "2011-03", event: string | null = "e") => ({
  start,
  end,
  value,
  day: "2011-03-01",
  event,
});

describe("sliceParagraph(paragraph)", () => {
  it("cuts text around each recognised date", () => {
    const text = "It began in March 2011 and went on.";
    expect(sliceParagraph({ text, dates: [date(12, 22)] })).toEqual([
      { kind: "text", text: "It began in " },
      { kind: "date", text: "March 2011", date: date(12, 22) },
      { kind: "text", text: " and went on." },
    ]);
  });

  it("keeps markup in the text as text", () => {
    const text = "<script>alert(1)</script> in 2013";
    const pieces = sliceParagraph({ text, dates: [date(29, 33, "2013")] });
    expect(pieces.map((p) => p.text).join("")).toBe(text);
  });

  it("drops overlapping and out-of-range dates instead of garbling the text", () => {
    const text = "from 2013 to 2014";
    const pieces = sliceParagraph({ text, dates: [date(5, 9), date(7, 12), date(13, 99)] });
    expect(pieces.map((p) => p.kind)).toEqual(["text", "date", "text"]);
    expect(pieces.map((p) => p.text).join("")).toBe(text);
  });
});

describe("datetimeOf(date)", () => {
  it.each([
    ["2011-03", "2011-03"],
    ["2025-06-09", "2025-06-09"],
    ["2025-W28", "2025-W28"],
    ["P10W", "P70D"],
    ["P60D", "P60D"],
    ["PT24H", "PT24H"],
    ["2025-SU", "2011-03-01"],
  ])("gives %s as %s", (value, want) => {
    expect(datetimeOf(date(0, 1, value))).toBe(want);
  });

  it.each(["PAST_REF", "P2M", "P1Y", "PXW"])("gives no datetime for %s, which names no day", (value) => {
    expect(datetimeOf({ ...date(0, 1, value), day: null })).toBeNull();
  });
});

describe("splitQuote(quote, dateText)", () => {
  it.each([
    ["It began in March 2011.", "March 2011", ["It began in ", "March 2011", "."]],
    ["No date here.", "2013", ["No date here."]],
    ["in 2013 and in 2013", "2013", ["in ", "2013", " and in 2013"]],
  ])("splits %s around %s", (quote, dateText, want) => {
    expect(splitQuote(quote, dateText)).toEqual(want);
  });
});
