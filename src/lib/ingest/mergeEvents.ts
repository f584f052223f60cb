import { compareStrings } from "./compareStrings.ts";
import { jaccard } from "./contentWords.ts";
import type { EventCandidate } from "./extractEvents.ts";

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
  return (
    compareStrings(a.date.start, b.date.start) || compareStrings(a.date.end, b.date.end) || compareStrings(a.key, b.key)
  );
}

function byPrecisionThenStart(a: EventCandidate, b: EventCandidate): number {
  return compareStrings(a.date.precision, b.date.precision) || byStart(a, b);
}
