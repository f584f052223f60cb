// The merge (5-merge) with each merge segment's events kept in the ingest's cache: a run composes again only the
// segments whose reports changed, and decodes the candidates of only the articles those segments hold. What it gives
// is what composeEvents gives over every article's candidates (tests/unit/ingest/incrementalIngest.test.ts).
import { hash } from "node:crypto";
import {
  type ArticleOutline,
  type ComposedEvent,
  composeSegment,
  type EventCandidate,
  mergeSegments,
  type ReportPlace,
} from "../../src/lib/ingest/index.ts";
import type { IngestCache } from "./ingestCache.ts";

/** A report as the merge places it, with the article it comes from (its index in the run's jobs) and its place there. */
interface Report {
  place: ReportPlace;
  article: number;
  index: number;
}

/** Every segment's events, where each came from (its segment's key and place, for its file's fingerprint), and counts. */
export interface CachedMerge {
  composed: ComposedEvent[];
  origin: Map<ComposedEvent, string>;
  segments: { computed: number; cached: number };
}

/**
 * The events of every merge segment of the articles whose outlines are `outlines`. A segment's key hashes `code` and
 * the content key of each of its reports (ReportPlace), so an article changed elsewhere than in a segment's reports
 * leaves it cached: a background sentence that thousands of articles repeat makes one event of thousands of reports,
 * composed again only when one of those reports changes. One the cache lacks is composed from its reports'
 * candidates, read with `candidatesOf(i)`.
 */
export function composeWithCache(
  outlines: readonly ArticleOutline[],
  candidatesOf: (article: number) => (index: number) => EventCandidate,
  cache: IngestCache | null,
  code: string,
): CachedMerge {
  const reports: Report[] = outlines.flatMap((outline, article) =>
    outline.reports.map((place, index) => ({ place, article, index })),
  );
  const composed: ComposedEvent[] = [];
  const origin = new Map<ComposedEvent, string>();
  const segments = { computed: 0, cached: 0 };
  const readers = new Map<number, (index: number) => EventCandidate>();
  const candidate = ({ article, index }: Report): EventCandidate => {
    let reader = readers.get(article);
    if (!reader) {
      reader = candidatesOf(article);
      readers.set(article, reader);
    }
    return reader(index);
  };
  for (const segment of mergeSegments(reports, (r) => r.place)) {
    const key = `segment:${hash("sha256", `segment ${code}\n${segment.map(({ place }) => `${place.content}\n`).join("")}`)}`;
    const stored = cache?.keep(`${key}:texts`) ? cache.get(key) : undefined;
    let events: ComposedEvent[];
    if (stored === undefined) {
      events = composeSegment(segment.map(candidate));
      const { head, texts } = encodeSegment(events);
      cache?.set(key, head);
      cache?.set(`${key}:texts`, texts, true);
      segments.computed += 1;
    } else {
      events = decodeSegment(stored, () => cache?.get(`${key}:texts`) as string);
      segments.cached += 1;
    }
    events.forEach((event, i) => {
      composed.push(event);
      origin.set(event, `${key}#${i}`);
    });
  }
  return { composed, origin, segments };
}

/** A segment's events without their texts, and the length of each text. */
type SegmentHead = (Omit<ComposedEvent, "text" | "entry"> & { lengths: [text: number, entry: number] })[];

/**
 * A segment's events as two cache entries. The head, which every run reads: a line of JSON with everything but the
 * texts (their lengths are in it), then each event's entry in the public document, so reading it parses no event
 * text. The texts of the events' own files, which a run reads only to write one: kept cold (ingestCache.ts).
 */
export function encodeSegment(events: readonly ComposedEvent[]): { head: string; texts: string } {
  const head: SegmentHead = events.map(({ text, entry, ...rest }) => ({
    ...rest,
    lengths: [text.length, entry.length],
  }));
  return {
    head: `${JSON.stringify(head)}\n${events.map((e) => e.entry).join("")}`,
    texts: events.map((e) => e.text).join(""),
  };
}

/** The events encodeSegment wrote; `texts()` gives its texts entry, asked for only when an event's text is. */
export function decodeSegment(head: string, texts: () => string): ComposedEvent[] {
  const newline = head.indexOf("\n");
  let entryAt = newline + 1;
  let textAt = 0;
  let allTexts: string | undefined;
  return (JSON.parse(head.slice(0, newline)) as SegmentHead).map(({ lengths, ...rest }) => {
    const [from, to] = [textAt, textAt + lengths[0]];
    textAt = to;
    entryAt += lengths[1];
    const event = { ...rest, entry: head.slice(entryAt - lengths[1], entryAt) } as ComposedEvent;
    // Read when the event's file is written (or an override reads the event): most runs write few.
    Object.defineProperty(event, "text", {
      enumerable: true,
      get: () => {
        allTexts ??= texts();
        return allTexts.slice(from, to);
      },
    });
    return event;
  });
}
