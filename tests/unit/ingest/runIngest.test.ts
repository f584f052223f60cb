import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { IngestError, runIngest } from "../../../src/lib/ingest/index.ts";
import { fixtures, loadFolder, seeds, textSource } from "../../support/loadFolder.ts";

const overrides = (value: unknown) => ({ overrides: { file: "overrides.json", text: JSON.stringify(value) } });

describe("runIngest(input) over bad input", () => {
  const output = runIngest(
    loadFolder(join(fixtures, "bad"), { add: [{ file: "huge.txt", size: 20 * 1024 * 1024, bytes: null }] }),
  );

  it("warns about each bad file by name (and line) and goes on", () => {
    expect(output.report.warnings.map((w) => `${w.file}${w.line ? `:${w.line}` : ""}: ${w.message}`)).toEqual([
      "binary.txt: skipped: binary data (NUL byte at offset 8), not a text article",
      "cp1256.txt:1: skipped: not valid UTF-8 (byte 0 on line 1); re-save the file as UTF-8",
      "empty.txt: skipped: the file is empty",
      "html.txt:3: HTML markup found and removed; the text is kept as plain text",
      "huge.txt: skipped: 20.0 MB is over the 5 MB limit for a source file",
      'impossible-date.txt:3: "February 30, 2025": no such day: February has no day 30 in 2025; not placed on the timeline',
      'impossible-date.txt:5: "March 3099": year 3099 is implausibly far in the future; not placed on the timeline',
      "latin1.txt:1: not valid UTF-8 (byte 3 on line 1): read as Windows-1252; re-save the file as UTF-8 to be sure of its accents and quotes",
      "no-article.txt: no recognisable article (expected a headline line followed by paragraphs)",
      "notes.csv: ignored: not a source (.txt, .md) or sidecar (.meta.json)",
    ]);
    expect(output.articles.map((a) => a.id)).toEqual([
      "cafe-owner-says-hello",
      "markup-slips-into-a-scraped-article",
      "ministers-meet-in-beirut-to-discuss-reconstruction",
      "officials-announce-a-date-that-does-not-exist",
    ]);
  });

  it("keeps markup out of the text", () => {
    const text = JSON.stringify(output.articles);
    expect(text).not.toMatch(/<script|<a |<b>|javascript:/);
  });

  it("places no impossible or far-future date", () => {
    expect(output.events.every((e) => e.date.start < "2100")).toBe(true);
  });
});

describe("runIngest(input) with malformed data files", () => {
  it.each([
    [
      "an overrides file of the wrong shape",
      {
        ...loadFolder(seeds),
        overrides: { file: "overrides.json", text: readFileSync(join(fixtures, "overrides-malformed.json"), "utf8") },
      },
      /^overrides\.json: does not match its format .*events\.0\.id/,
    ],
    [
      "an overrides file that is not JSON",
      { ...loadFolder(seeds), overrides: { file: "overrides.json", text: '{ "version": 1,\n  "events": [,] }' } },
      /^overrides\.json: not valid JSON.*Unexpected token/,
    ],
    [
      "a sidecar of the wrong shape",
      loadFolder(join(fixtures, "malformed-sidecar")),
      /^broken\.meta\.json: does not match its format .*articles\.0\.published: expected YYYY-MM-DD/,
    ],
  ])("stops on %s, naming the file", (_, input, message) => {
    expect(() => runIngest(input)).toThrow(IngestError);
    expect(() => runIngest(input)).toThrow(message);
  });
});

describe("runIngest(input) over the seeds", () => {
  const output = runIngest(loadFolder(seeds));

  it("gives the same output for the same input", () => {
    expect(JSON.stringify(runIngest(loadFolder(seeds)))).toBe(JSON.stringify(output));
  });

  it("keeps every article and event id when an unrelated article is added", () => {
    const more = runIngest(
      loadFolder(seeds, {
        add: [
          textSource(
            "zzz.txt",
            "Unrelated Storm Hits Coastal Town\n\nA storm hit the coastal town on March 3, 2025, officials said.\n",
          ),
        ],
      }),
    );
    expect(more.articles.map((a) => a.id)).toEqual(expect.arrayContaining(output.articles.map((a) => a.id)));
    expect(more.events.map((e) => e.id)).toEqual(expect.arrayContaining(output.events.map((e) => e.id)));
    expect(more.events).toHaveLength(output.events.length + 1);
  });

  it("reports an article found in three files once, with one set of events", () => {
    const damascus = output.articles.find((a) => a.id.startsWith("damascus"));
    expect(damascus?.files).toEqual([
      "000_4023525f5b078aac.txt",
      "001_f8e98b6339817fe2.txt",
      "002_b06c4f4f4475b49c.txt",
    ]);
    expect(output.report.duplicatesMerged).toBe(3);
    for (const event of output.events)
      expect(new Set(event.sources.map((s) => s.quote)).size).toBe(event.sources.length);
  });

  it("links each paragraph date that made an event to an event that exists", () => {
    const ids = new Set(output.events.map((e) => e.id));
    const links = output.articles
      .flatMap((a) => a.paragraphs.flatMap((p) => p.dates.map((d) => d.event)))
      .filter((id) => id !== null);
    expect(links.length).toBeGreaterThan(0);
    for (const id of links) expect(ids.has(id as string)).toBe(true);
  });

  it("merges the November 2024 ceasefire reported by two articles into one event", () => {
    const ceasefire = output.events.filter((e) => e.date.start === "2024-11-01");
    expect(ceasefire).toHaveLength(1);
    expect(ceasefire[0]?.sources.map((s) => s.article)).toEqual([
      "aoun-condemns-attempts-to-drag-lebanon-anew-into-violence",
      "lebanons-president-reveals-the-countrys-stance-on-relations",
    ]);
  });

  it("lists the undated article in the report", () => {
    expect(output.report.undatedArticles).toEqual(["damascus-moscow-exchanged-40-letters-documenting-difficult"]);
  });
});

describe("runIngest(input) with overrides", () => {
  const base = runIngest(loadFolder(seeds));
  const id = (start: string, words: string) =>
    base.events.find((e) => e.date.start === start && e.id.includes(words))?.id as string;
  const intercepted = id("2025-06-09", "israel-intercepted");
  const peace = id("2025-07-11", "peace");
  const plans = id("2025-07-11", "no-plans");
  const optimism = id("2025-06-30", "optimism");

  it("pins an article's publication day and re-dates its weekdays from it", () => {
    const out = runIngest(
      loadFolder(
        seeds,
        overrides({
          version: 1,
          articles: [{ id: "damascus-moscow-exchanged-40-letters-documenting-difficult", published: "2021-03-15" }],
          events: [],
        }),
      ),
    );
    expect(out.articles.find((a) => a.id.startsWith("damascus"))).toMatchObject({
      published: "2021-03-15",
      publishedBasis: "override",
      publishedConfidence: 1,
    });
    expect(out.report.undatedArticles).toEqual([]);
  });

  it("retitles, redates, hides and merges events by their extracted ids, which stay the same", () => {
    const out = runIngest(
      loadFolder(
        seeds,
        overrides({
          version: 1,
          articles: [],
          events: [
            { id: intercepted, title: "Israel intercepts the Madleen aid boat" },
            { id: plans, date: { start: "2025-07-10", end: "2025-07-11", precision: "day" } },
            { id: optimism, hidden: true },
            { id: peace, mergeInto: plans },
          ],
        }),
      ),
    );
    expect(out.events.find((e) => e.id === intercepted)).toMatchObject({
      title: "Israel intercepts the Madleen aid boat",
      edited: ["title"],
    });
    expect(out.events.find((e) => e.id === plans)).toMatchObject({
      date: { start: "2025-07-10", end: "2025-07-11" },
      edited: ["date", "sources"],
    });
    expect(out.events.find((e) => e.id === plans)?.sources).toHaveLength(2);
    expect(out.events.some((e) => e.id === optimism || e.id === peace)).toBe(false);
    expect(out.events).toHaveLength(base.events.length - 2);
    expect(out.report.warnings).toEqual([]);
    const paragraphLinks = out.articles.flatMap((a) => a.paragraphs.flatMap((p) => p.dates.map((d) => d.event)));
    expect(paragraphLinks).not.toContain(peace);
    expect(paragraphLinks).not.toContain(optimism);
  });

  it("reports an override that no longer matches anything, and keeps building", () => {
    const out = runIngest(
      loadFolder(
        seeds,
        overrides({
          version: 1,
          articles: [{ id: "gone-article", published: null }],
          events: [{ id: "2020-01-01-gone", hidden: true }],
        }),
      ),
    );
    expect(out.report.warnings.map((w) => w.message)).toEqual([
      'override for article "gone-article" matches no article; it may have been renamed or removed',
      'override for event "2020-01-01-gone" matches no event; it may have been renamed or removed',
    ]);
    expect(out.events).toHaveLength(base.events.length);
  });
});

describe("runIngest(input) with an authored Markdown article", () => {
  it("dates it from its front matter and keeps its URL", () => {
    const out = runIngest(loadFolder(join(fixtures, "authored")));
    expect(out.articles[0]).toMatchObject({
      id: "editors-write-an-article-by-hand",
      published: "2025-04-02",
      publishedBasis: "front-matter",
      url: "https://example.org/articles/hand-written",
      publisher: "Example Desk",
    });
    expect(out.events.map((e) => [e.date.start, e.title])).toEqual([
      ["2024-03-01", "The plan was first proposed by the finance ministry"],
      ["2025-04-01", "The committee approved the plan"],
    ]);
  });
});
