import { describe, expect, it } from "vitest";
import { composeWithCache, decodeSegment, encodeSegment } from "../../../scripts/support/cachedMerge.ts";
import { IngestCache } from "../../../scripts/support/ingestCache.ts";
import { composeEvents, mergePlace } from "../../../src/lib/ingest/5-merge/index.ts";
import type { ArticleOutline, EventCandidate } from "../../../src/lib/ingest/index.ts";
import { candidate } from "../../support/candidate.ts";
import { tempDirs } from "../../support/tempDir.ts";

const temp = tempDirs();

/** Made-up articles: each a few reports over a few weeks, some of one event, two with one key (as a sentence's
 * "two days" and "two days before" once had). */
function archive(edit = ""): EventCandidate[][] {
  return Array.from({ length: 30 }, (_, a) =>
    Array.from({ length: 4 }, (_, r) => {
      const day = String(1 + ((a * 3 + r * 5) % 20)).padStart(2, "0");
      const c = candidate({
        article: `article-${a}`,
        title: r === 0 ? "Talks resumed in Doha" : `Report ${r} of article ${a}${a === 7 ? edit : ""}`,
        start: `2024-03-${day}`,
        precision: r === 3 ? "month" : "day",
        end: r === 3 ? "2024-03-31" : undefined,
        topics: ["gaza"],
        eventKinds: r === 0 ? ["talks"] : [],
      });
      return { ...c, key: a === 4 && r > 1 ? "article-4#2#9" : `article-${a}#${r}` };
    }),
  );
}

const outline = (candidates: EventCandidate[]): ArticleOutline => ({
  article: {
    id: (candidates[0] as EventCandidate).article.id,
    headline: "",
    files: [],
    url: null,
    published: null,
    publishedBasis: "none",
  },
  dateKeys: [],
  warnings: [],
  // Any text that changes with what the candidate brings to the merge will do as its content key here.
  reports: candidates.map((c) => ({ ...mergePlace(c), content: JSON.stringify([c.article, c.title, c.date, c.key]) })),
});

function run(articles: EventCandidate[][], cache: IngestCache) {
  return composeWithCache(
    articles.map(outline),
    (i) => (index) => (articles[i] as EventCandidate[])[index] as EventCandidate,
    cache,
    "code-1",
  );
}

const byOrder = <T extends { order: string }>(events: T[]) => [...events].sort((a, b) => (a.order < b.order ? -1 : 1));

describe("composeWithCache(outlines, candidatesOf, cache, code)", () => {
  it("gives the events of the whole merge, composing again only the segments whose reports changed", () => {
    const dir = temp("merge-cache");
    const articles = archive();
    const cache = new IngestCache(dir, "in");
    const first = run(articles, cache);
    cache.save();
    expect(byOrder(first.composed)).toEqual(byOrder(composeEvents(articles.flat())));
    expect(first.segments.cached).toBe(0);
    expect(first.composed.some((e) => e.keys.length > 1)).toBe(true);
    const again = run(articles, new IngestCache(dir, "in"));
    expect(again.segments).toEqual({ computed: 0, cached: first.segments.computed });
    expect(byOrder(again.composed)).toEqual(byOrder(first.composed));

    // Article 7 changes the titles of three reports: only the segments holding those are composed again.
    const edited = archive(" in Cairo");
    const changed = run(edited, new IngestCache(dir, "in"));
    expect(byOrder(changed.composed)).toEqual(byOrder(composeEvents(edited.flat())));
    expect(changed.segments.computed).toBeGreaterThan(0);
    expect(changed.segments.computed).toBeLessThanOrEqual(3);
  });
});

describe("encodeSegment(events) and decodeSegment(text)", () => {
  it("give back the events, texts and all", () => {
    const events = composeEvents(archive().flat());
    const { head, texts } = encodeSegment(events);
    let read = 0;
    const decoded = decodeSegment(head, () => {
      read += 1;
      return texts;
    });
    // The texts are read only when asked for, and then once.
    expect(decoded.map((e) => e.entry)).toEqual(events.map((e) => e.entry));
    expect(read).toBe(0);
    expect(decoded).toEqual(events);
    expect(read).toBe(1);
    const empty = encodeSegment([]);
    expect(decodeSegment(empty.head, () => empty.texts)).toEqual([]);
  });
});
