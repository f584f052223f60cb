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

/** Sentences long enough to read as article text. */
const P1 = "Ministers met in Beirut to discuss the plan.";
const P2 = "The talks ended without an agreement, officials said.";
const P3 = "The convoy left Tunis for the border on Monday.";
/** A lead a page prints twice: a report of someone's words, shorter than most paragraphs. */
const LEAD =
  "The army said it launched the operation early Tuesday against the Gaza Strip to quell rocket attacks, and an official said airstrikes injured nine people.";

describe("splitArticles(text)", () => {
  it.each([
    {
      name: "reads a scrape's doubled header with widget lines as one headline, one caption and the body",
      text: `Big News Today\n\nBig News Today\nTT\n20\n\nBig News Today\n\n A photo of the scene on June 9, 2025. (AFP)\nA photo of the scene on June 9, 2025. (AFP)\n\n${P1}\n\n${P2}`,
      want: [
        { headline: "Big News Today", captions: ["A photo of the scene on June 9, 2025. (AFP)"], paragraphs: [P1, P2] },
      ],
    },
    {
      name: "starts a second article at a headline that the page repeats",
      text: `First Story Here\n\nFirst Story Here\n\n${P1}\n\n\n\nSecond Story Here\n\nSecond Story Here\nTT\n\n${P2}`,
      want: [
        { headline: "First Story Here", captions: [], paragraphs: [P1] },
        { headline: "Second Story Here", captions: [], paragraphs: [P2] },
      ],
    },
    {
      name: "keeps a lead that the header prints twice as the story's first paragraph, not a caption",
      text: `Army Launches Operation

Tuesday, July 8, 2014 09:44 AM
${LEAD}

${LEAD}

${P2}`,
      want: [{ headline: "Army Launches Operation", captions: [], paragraphs: [LEAD, P2] }],
    },
    {
      name: "takes every line as a paragraph when paragraphs are separated by single newlines",
      text: `A Headline Line\n\n${P1}\n${P2}\n${P3}`,
      want: [{ headline: "A Headline Line", captions: [], paragraphs: [P1, P2, P3] }],
    },
    {
      name: "starts an article after a run of blank lines at a headline-shaped line, even unrepeated",
      text: `Story One Headline\n\n${P1}\n\n\nStory Two Headline\n\n${P2}`,
      want: [
        { headline: "Story One Headline", captions: [], paragraphs: [P1] },
        { headline: "Story Two Headline", captions: [], paragraphs: [P2] },
      ],
    },
    {
      name: "keeps a headline ending in a quote or question mark",
      text: `Activists Launch Convoy in 'Symbolic Act'\n\n${P3}\n\n\nA Step Toward Restoring Ties?\n\n${P2}`,
      want: [
        { headline: "Activists Launch Convoy in 'Symbolic Act'", captions: [], paragraphs: [P3] },
        { headline: "A Step Toward Restoring Ties?", captions: [], paragraphs: [P2] },
      ],
    },
    {
      name: "does not start an article at a sentence after blank lines",
      text: `Only Headline Here\n\n${P1}\n\n\nThe war ended in 2006.`,
      want: [{ headline: "Only Headline Here", captions: [], paragraphs: [P1, "The war ended in 2006."] }],
    },
    {
      name: "takes a credited caption out of the body, wherever the page prints it",
      text: `Strikes Hit the South\n\n${P1}\n\nPeople gather near a damaged house in Tyre on March 3, 2024. John Doe/AFP via Getty Images\n\n${P2}`,
      want: [
        {
          headline: "Strikes Hit the South",
          captions: ["People gather near a damaged house in Tyre on March 3, 2024. John Doe/AFP via Getty Images"],
          paragraphs: [P1, P2],
        },
      ],
    },
    {
      name: "drops exact repeats of a paragraph",
      text: `Strikes Hit the South\n\n${P1}\n\n${P2}\n\n${P2}`,
      want: [{ headline: "Strikes Hit the South", captions: [], paragraphs: [P1, P2] }],
    },
    { name: "finds no article in widget lines alone", text: "TT\n20\n\n---\n", want: [] },
    { name: "finds no article in a headline without a body", text: "Just A Headline\n", want: [] },
    {
      name: "finds no article in a table",
      text: "Name, Date, Casualties\nBeirut, 2024-01-05, 12\nTyre, 2024-01-06, 3\nSidon, 2024-01-07, 5",
      want: [],
    },
    {
      name: "finds no article in a list of numbers",
      text: "Totals by month\n\n1 2 3 4 5 6\n\n7 8 9 10 11 12",
      want: [],
    },
  ])("$name", ({ text, want }) => {
    expect(shape(text)).toEqual(want);
  });

  it("records the 1-based line of each paragraph", () => {
    const [article] = splitArticles(`Head Line Here\n\n${P1}\n${P2}`);
    expect(article?.paragraphs.map((p) => p.line)).toEqual([3, 4]);
  });

  it("keeps the page's date lines, bylines, widgets and labels apart, and a standfirst before the lead", () => {
    const text = [
      "Ceasefire Takes Hold in the South",
      "",
      "Residents return to border towns as the truce holds.",
      "Security",
      "By Jane Doe and John Roe",
      "Updated 3 June 2023, 10:15 am GMT",
      "• Print",
      "",
      `BEIRUT (AP) — ${P1}`,
      "",
      P2,
    ].join("\n");
    const [article] = splitArticles(text);
    expect(article?.pageLines.map((l) => [l.kind, l.text])).toEqual([
      ["label", "Security"],
      ["byline", "By Jane Doe and John Roe"],
      ["date-line", "Updated 3 June 2023, 10:15 am GMT"],
      ["chrome", "• Print"],
    ]);
    expect(article?.paragraphs.map((p) => p.text)).toEqual([
      "Residents return to border towns as the truce holds.",
      `BEIRUT (AP) — ${P1}`,
      P2,
    ]);
    expect(article?.lead).toBe(1);
  });

  it("takes a prose line before a wire dateline for the standfirst", () => {
    const [article] = splitArticles(
      `Talks Resume in Cairo\n\nThe sides meet again after a month.\n\nCAIRO - ${P1}\n\n${P2}`,
    );
    expect(article?.lead).toBe(1);
    expect(article?.pageLines).toEqual([]);
  });

  it("takes a first line set as a subtitle, with no full stop, for the standfirst", () => {
    const subtitle = "The agreement – after a month of talks – to be unveiled by ministers on Tuesday morning";
    const [article] = splitArticles(`Talks Resume in Cairo\n\n${subtitle}\n\n${P1}\n\n${P2}`);
    expect([article?.lead, article?.paragraphs.map((p) => p.text)]).toEqual([1, [subtitle, P1, P2]]);
    // Only the first prose under the headline: after a standfirst, a line with no full stop is the body's.
    const standfirst = "The sides meet again after a month.";
    const [later] = splitArticles(`Talks Resume in Cairo\n\nMarch 15, 2025\n${standfirst}\n\n${subtitle}\n\n${P1}`);
    expect([later?.lead, later?.paragraphs.map((p) => p.text)]).toEqual([1, [standfirst, subtitle, P1]]);
  });

  it("starts the story at the first paragraph when the page prints no header lines", () => {
    const [article] = splitArticles(`Talks Resume in Cairo\n\n${P1}\n\n${P2}`);
    expect(article?.lead).toBe(0);
  });

  it("takes a bare date line or a dated embed signature out of the body, and the line after 'Image caption,' as a caption", () => {
    const text = `Talks Resume in Cairo\n\n${P1}\n\nMarch 15, 2025\n\n— Jane Doe (@janedoe) March 15, 2025\n\nImage caption,\nThe two leaders meet in Cairo\n\n${P2}`;
    const [article] = splitArticles(text);
    expect(article?.paragraphs.map((p) => p.text)).toEqual([P1, P2]);
    expect(article?.pageLines.map((l) => l.kind)).toEqual(["date-line", "embed", "chrome"]);
    expect(article?.captions.map((c) => c.text)).toEqual(["The two leaders meet in Cairo"]);
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
