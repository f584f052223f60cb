import { describe, expect, it } from "vitest";
import { parseCaption } from "../../../../src/lib/ingest/1-read/index.ts";
import { CONFIDENCE, choosePublished, inferPublished } from "../../../../src/lib/ingest/2-published/index.ts";

const captions = (...lines: string[]) => lines.map(parseCaption);

describe("inferPublished(captions, paragraphs)", () => {
  it.each([
    {
      name: "takes the caption's day when the body's weekday is the caption's (Tunisia convoy)",
      captions: ["Tunisians gather at a meeting point in Tunis on June 9, 2025, ahead of the departure. (AFP)"],
      body: ["Hundreds of people launched on Monday a land convoy bound for Gaza, activists said."],
      want: { published: "2025-06-09", basis: "caption-weekday", confidence: CONFIDENCE.agree },
    },
    {
      name: "agrees on a Sunday (Gaza children)",
      captions: ["A woman reacts in front of the hospital on July 13, 2025. (Photo by Omar AL-QATTAA / AFP)"],
      body: [
        "At least eight Palestinians were killed when they went to collect water on Sunday, local officials said.",
      ],
      want: { published: "2025-07-13", basis: "caption-weekday", confidence: CONFIDENCE.agree },
    },
    {
      name: "agrees on a Monday with a bare 'said Monday' (Jabalia)",
      captions: ["Palestinians inspect the damage in Jabalia refugee camp, May 12, 2025. (Reuters)"],
      body: ["The Gaza Strip is at critical risk of famine, food security experts said Monday."],
      want: { published: "2025-05-12", basis: "caption-weekday", confidence: CONFIDENCE.agree },
    },
    {
      name: "takes the first body weekday after an older photo's day, with lower confidence (Aoun in Nicosia)",
      captions: ["Lebanese President Joseph Aoun looks on in Nicosia, Cyprus, Wednesday, July 9, 2025. (AP)"],
      body: [
        "Lebanon has no plans to have normal relations with Israel, the country's president said Friday.",
        "He spoke on Friday.",
      ],
      want: { published: "2025-07-11", basis: "caption-weekday", confidence: CONFIDENCE.weekdayAfterCaption },
    },
    {
      name: "takes a caption's day alone when the body names no weekday",
      captions: ["Ministers gather in Beirut on June 3, 2025. (AFP)"],
      body: ["Ministers discussed reconstruction."],
      want: { published: "2025-06-03", basis: "caption", confidence: CONFIDENCE.captionOnly },
    },
    {
      name: "ignores an archive photo's date (FILED …)",
      captions: [
        "FILED - 17 January 2025, Lebanon, Baabda: Aoun speaks at a press conference. Photo: Marwan Naamani/dpa",
      ],
      body: ["Aoun condemned on Saturday the attacks."],
      want: { published: null, basis: "none", confidence: CONFIDENCE.none },
    },
    {
      name: "leaves an article undated when nothing settles it (Damascus letters)",
      captions: [],
      body: ["The civil war erupted in March 2011.", "A letter was sent by Moscow on December 5, 2014."],
      want: { published: null, basis: "none", confidence: CONFIDENCE.none },
    },
    {
      name: "does not count 'last Friday' as the reporting day",
      captions: ["Ministers gather in Beirut on Tuesday, June 3, 2025. (AFP)"],
      body: ["The talks that began last Friday went on."],
      want: { published: "2025-06-03", basis: "caption", confidence: CONFIDENCE.captionOnly },
    },
  ])("$name", ({ captions: lines, body, want }) => {
    expect(inferPublished(captions(...lines), body)).toEqual(want);
  });
});

describe("choosePublished(evidence)", () => {
  const base = {
    override: undefined,
    frontMatter: null,
    meta: null,
    captions: captions("Ministers gather in Beirut on June 3, 2025. (AFP)"),
    paragraphs: ["Talks."],
  };
  const meta = { url: null, publisher: null, language: null };
  it.each([
    [
      "an editor's pin over everything",
      { ...base, override: "2024-01-02", meta: { ...meta, published: "2025-03-20" } },
      { published: "2024-01-02", basis: "override", confidence: 1 },
    ],
    ["an editor's null as undated", { ...base, override: null }, { published: null, basis: "none", confidence: 0 }],
    [
      "front matter over metadata",
      { ...base, frontMatter: { headline: "H", published: "2025-04-02" }, meta: { ...meta, published: "2025-03-20" } },
      { published: "2025-04-02", basis: "front-matter", confidence: 1 },
    ],
    [
      "metadata over the text",
      { ...base, meta: { ...meta, published: "2025-03-20" } },
      { published: "2025-03-20", basis: "metadata", confidence: 1 },
    ],
    [
      "the text when metadata records the day as unknown",
      { ...base, meta: { ...meta, published: null } },
      { published: "2025-06-03", basis: "caption", confidence: CONFIDENCE.captionOnly },
    ],
  ])("takes %s", (_, evidence, want) => {
    expect(choosePublished(evidence)).toEqual(want);
  });
});
