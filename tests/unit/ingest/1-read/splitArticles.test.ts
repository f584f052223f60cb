import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isNoiseLine, parseCaption, splitArticles } from "../../../../src/lib/ingest/1-read/index.ts";

const seeds = join(import.meta.dirname, "../../../golden/seeds");
const shape = (text: string) =>
  splitArticles(text).map((a) => ({
    headline: a.headline.text,
    captions: a.captions.map((c) => c.text),
    paragraphs: a.paragraphs.map((p) => p.text),
  }));

describe("splitArticles(text)", () => {
  it.each([
    {
      name: "reads a scrape's doubled header with widget lines as one headline, one caption and the body",
      text: "Big News Today\n\nBig News Today\nTT\n20\n\nBig News Today\n\n A photo of the scene on June 9, 2025. (AFP)\nA photo of the scene on June 9, 2025. (AFP)\n\nFirst paragraph.\n\nSecond paragraph.",
      want: [
        {
          headline: "Big News Today",
          captions: ["A photo of the scene on June 9, 2025. (AFP)"],
          paragraphs: ["First paragraph.", "Second paragraph."],
        },
      ],
    },
    {
      name: "starts a second article at a headline that the page repeats",
      text: "First Story Here\n\nFirst Story Here\n\nBody one.\n\n\n\nSecond Story Here\n\nSecond Story Here\nTT\n\nBody two.",
      want: [
        { headline: "First Story Here", captions: [], paragraphs: ["Body one."] },
        { headline: "Second Story Here", captions: [], paragraphs: ["Body two."] },
      ],
    },
    {
      name: "takes every line as a paragraph when paragraphs are separated by single newlines",
      text: "A Headline Line\n\nLine one.\nLine two.\nLine three.",
      want: [{ headline: "A Headline Line", captions: [], paragraphs: ["Line one.", "Line two.", "Line three."] }],
    },
    {
      name: "starts an article after a run of blank lines at a headline-shaped line, even unrepeated",
      text: "Story One Headline\n\nBody one.\n\n\nStory Two Headline\n\nBody two.",
      want: [
        { headline: "Story One Headline", captions: [], paragraphs: ["Body one."] },
        { headline: "Story Two Headline", captions: [], paragraphs: ["Body two."] },
      ],
    },
    {
      name: "keeps a headline ending in a quote or question mark",
      text: "Activists Launch Convoy in 'Symbolic Act'\n\nBody.\n\n\nA Step Toward Restoring Ties?\n\nBody two.",
      want: [
        { headline: "Activists Launch Convoy in 'Symbolic Act'", captions: [], paragraphs: ["Body."] },
        { headline: "A Step Toward Restoring Ties?", captions: [], paragraphs: ["Body two."] },
      ],
    },
    {
      name: "does not start an article at a sentence after blank lines",
      text: "Only Headline Here\n\nBody one.\n\n\nThe war ended in 2006.",
      want: [{ headline: "Only Headline Here", captions: [], paragraphs: ["Body one.", "The war ended in 2006."] }],
    },
    { name: "finds no article in widget lines alone", text: "TT\n20\n\n---\n", want: [] },
    { name: "finds no article in a headline without a body", text: "Just A Headline\n", want: [] },
  ])("$name", ({ text, want }) => {
    expect(shape(text)).toEqual(want);
  });

  it("records the 1-based line of each paragraph", () => {
    const [article] = splitArticles("Head Line Here\n\nOne.\nTwo.");
    expect(article?.paragraphs.map((p) => p.line)).toEqual([3, 4]);
  });

  // No body sentence may be lost: every line of every seed that is not widget noise is somewhere in the output.
  it.each(readdirSync(seeds).filter((f) => f.endsWith(".txt")))("keeps every non-noise line of seed %s", (file) => {
    const text = readFileSync(join(seeds, file), "utf8");
    const articles = splitArticles(text);
    const kept = new Set(
      articles.flatMap((a) => [a.headline.text, ...a.paragraphs.map((p) => p.text), ...a.captions.map((c) => c.text)]),
    );
    const lost = text.split("\n").filter((line) => !isNoiseLine(line) && !kept.has(line.trim()));
    expect(lost).toEqual([]);
    // The caption with its credit is the whole line: nothing is dropped by splitting the credit off.
    for (const caption of articles.flatMap((a) => a.captions)) {
      const parsed = parseCaption(caption.text);
      expect(caption.text.startsWith(parsed.text)).toBe(true);
      expect(parsed.credit === null || caption.text.includes(parsed.credit)).toBe(true);
    }
  });

  it.each([
    ["000_4023525f5b078aac.txt", 2, [12, 12]],
    ["001_f8e98b6339817fe2.txt", 2, [12, 11]],
    ["002_b06c4f4f4475b49c.txt", 2, [12, 11]],
    ["003_1b8adb1514bcc32d.txt", 2, [13, 8]],
    ["004_94d8466ae994063a.txt", 2, [13, 9]],
  ])("splits seed %s into %i articles with %j paragraphs", (file, count, paragraphs) => {
    const articles = splitArticles(readFileSync(join(seeds, file), "utf8"));
    expect(articles).toHaveLength(count);
    expect(articles.map((a) => a.paragraphs.length)).toEqual(paragraphs);
  });
});

describe("isNoiseLine(line)", () => {
  it.each([
    ["TT", true],
    ["20", true],
    ["  Share ", true],
    ["---", true],
    ["", true],
    ["Lebanon and Israel have been at a state of war since 1948.", false],
    ["2025", true],
    ["Gaza", false],
  ])("says %j is noise: %s", (line, noise) => {
    expect(isNoiseLine(line)).toBe(noise);
  });
});
