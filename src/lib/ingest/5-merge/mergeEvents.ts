import { ascending } from "d3-array";
import type { TimelineEvent } from "../../../schema/event.ts";
import { jaccard } from "../4-events/contentWords.ts";
import type { EventCandidate } from "../4-events/extractEvents.ts";

/** Title-word overlap above which two reports of the same day and topic count as one event even without a shared kind. */
export const SIMILAR_TITLES = 0.5;

interface Group {
  members: EventCandidate[];
  articles: Set<string>;
  /** Last day any member covers: the group can take no candidate that starts after it. */
  end: string;
}

/**
 * Groups reports of the same event from different articles: same precision, overlapping ranges, a shared topic, and either a
 * shared kind of event from the gazetteer ("ceasefire") or similar titles. A report joins the first open group whose first
 * report it matches, so the work grows with the number of distinct events, not with the square of the reports. Reports from
 * one article are never grouped: an article tells distinct things in distinct sentences. The order is stable.
 */
export function mergeEvents(candidates: readonly EventCandidate[]): EventCandidate[][] {
  const groups: Group[] = [];
  let open: Group[] = [];
  let precision = "";
  for (const candidate of [...candidates].sort(byPrecisionThenStart)) {
    // Sorted by precision, then start: a change of precision closes every group, a later start closes those it passed.
    if (candidate.date.precision !== precision) {
      open = [];
      precision = candidate.date.precision;
    }
    open = open.filter((g) => g.end >= candidate.date.start);
    const group = open.find(
      (g) => !g.articles.has(candidate.article.id) && sameEvent(candidate, g.members[0] as EventCandidate),
    );
    if (group) {
      group.members.push(candidate);
      group.articles.add(candidate.article.id);
      if (candidate.date.end > group.end) group.end = candidate.date.end;
    } else {
      const created = { members: [candidate], articles: new Set([candidate.article.id]), end: candidate.date.end };
      groups.push(created);
      open.push(created);
    }
  }
  return groups.map((g) => g.members).sort((a, b) => byStart(a[0] as EventCandidate, b[0] as EventCandidate));
}

/** Whether two reports from different articles describe the same event. */
export function sameEvent(a: EventCandidate, b: EventCandidate): boolean {
  if (a.article.id === b.article.id) return false;
  if (a.date.precision !== b.date.precision) return false;
  if (a.date.start > b.date.end || b.date.start > a.date.end) return false;
  if (!a.topics.some((t) => b.topics.includes(t))) return false;
  return a.eventKinds.some((k) => b.eventKinds.includes(k)) || jaccard(a.titleWords, b.titleWords) >= SIMILAR_TITLES;
}

function byStart(a: EventCandidate, b: EventCandidate): number {
  return ascending(a.date.start, b.date.start) || ascending(a.date.end, b.date.end) || ascending(a.key, b.key);
}

function byPrecisionThenStart(a: EventCandidate, b: EventCandidate): number {
  return ascending(a.date.precision, b.date.precision) || byStart(a, b);
}

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
      ascending(a.article.published ?? "9999", b.article.published ?? "9999") ||
      ascending(a.article.id, b.article.id) ||
      ascending(a.key, b.key),
  );
  const agreement = agreementWith(reports);
  const lead = reports.reduce((best, c) => (agreement(c) > agreement(best) ? c : best), reports[0] as EventCandidate);
  const union = (pick: (c: EventCandidate) => readonly string[]) => [...new Set(reports.flatMap(pick))].sort(ascending);
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
      status: lead.status,
      sources: reports.map((c) => ({
        article: c.article.id,
        headline: c.article.headline,
        url: c.article.url,
        published: c.article.published,
        quote: c.quote,
        dateText: c.date.text,
        dating: c.dating,
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
