import type { EventCandidate } from "../../src/lib/ingest/4-events/index.ts";
import { contentWords } from "../../src/lib/ingest/4-events/index.ts";

/** A made-up event candidate for merge and id tests; only what a case changes needs saying. */
export function candidate(over: {
  article?: string;
  published?: string | null;
  title?: string;
  quote?: string;
  start?: string;
  end?: string;
  precision?: EventCandidate["date"]["precision"];
  topics?: string[];
  eventKinds?: string[];
}): EventCandidate {
  const title = over.title ?? "Something happened";
  const quote = over.quote ?? `${title}.`;
  const start = over.start ?? "2024-11-01";
  const article = over.article ?? "article-a";
  return {
    key: `${article}#0#${quote.length}`,
    article: {
      id: article,
      headline: article,
      url: null,
      published: over.published === undefined ? "2025-01-01" : over.published,
    },
    title,
    date: {
      start,
      end: over.end ?? start,
      precision: over.precision ?? "day",
      approximate: false,
      text: "on that day",
    },
    dating: "own-words",
    quote,
    topics: over.topics ?? ["lebanon"],
    people: [],
    places: [],
    eventKinds: over.eventKinds ?? [],
    titleWords: contentWords(title),
    quoteWords: contentWords(quote),
    context: start < "2011-03-01",
    status: "reported",
  };
}
