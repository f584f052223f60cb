import type { TimelineEvent } from "../../schema/event.ts";
import { compareStrings } from "./compareStrings.ts";
import type { EventCandidate } from "./extractEvents.ts";

/** An event before its id is known, with the candidate keys it came from (to link paragraph dates to it). */
export interface DraftEvent {
  event: Omit<TimelineEvent, "id">;
  keys: string[];
  /** The report the title and date were taken from. */
  lead: EventCandidate;
}

/**
 * Makes one event from the reports of it: sources oldest publication first; title and date from the report whose title the
 * other reports' sentences share most words with (the title they agree on), the oldest report on a tie.
 */
export function composeEvent(group: readonly EventCandidate[]): DraftEvent {
  const reports = [...group].sort(
    (a, b) =>
      compareStrings(a.article.published ?? "9999", b.article.published ?? "9999") ||
      compareStrings(a.article.id, b.article.id) ||
      compareStrings(a.key, b.key),
  );
  const agreement = agreementWith(reports);
  const lead = reports.reduce((best, c) => (agreement(c) > agreement(best) ? c : best), reports[0] as EventCandidate);
  const union = (pick: (c: EventCandidate) => readonly string[]) =>
    [...new Set(reports.flatMap(pick))].sort(compareStrings);
  return {
    lead,
    keys: reports.map((c) => c.key),
    event: {
      title: lead.title,
      date: lead.date,
      topics: union((c) => c.topics),
      people: union((c) => c.people),
      places: union((c) => c.places),
      context: lead.context,
      sources: reports.map((c) => ({
        article: c.article.id,
        headline: c.article.headline,
        url: c.article.url,
        published: c.article.published,
        quote: c.quote,
        dateText: c.date.text,
      })),
      edited: [],
    },
  };
}

/** Scores a report by how many of the other reports' sentences use each word of its title (one pass, not pairwise: groups can be large). */
function agreementWith(reports: readonly EventCandidate[]): (candidate: EventCandidate) => number {
  const quotesWith = new Map<string, number>();
  for (const report of reports)
    for (const word of report.quoteWords) quotesWith.set(word, (quotesWith.get(word) ?? 0) + 1);
  return (candidate) => {
    let shared = 0;
    for (const word of candidate.titleWords)
      shared += (quotesWith.get(word) ?? 0) - (candidate.quoteWords.has(word) ? 1 : 0);
    return shared;
  };
}
