import { ascending } from "d3-array";
import type { TimelineEvent } from "../../../schema/event.ts";
import { jaccard } from "../4-events/contentWords.ts";
import type { EventCandidate } from "../4-events/extractEvents.ts";
import { type MergePlace, mergeOrder, sortedBy } from "./mergeSegments.ts";

/** Title-word overlap above which two reports of the same day and topic count as one event even without a shared kind. */
export const SIMILAR_TITLES = 0.5;

interface Group {
  /** Place in creation order: a report joins the earliest-made group it matches. */
  order: number;
  members: EventCandidate[];
  articles: Set<string>;
  /** Last day any member covers: the group can take no candidate that starts after it. */
  end: string;
}

/**
 * Groups reports of the same event from different articles: same precision, overlapping ranges, a shared topic, and either a
 * shared kind of event from the gazetteer ("ceasefire") or similar titles. A report joins the earliest-made open group whose
 * first report it matches. Open groups are indexed by their first report's topics, so a report is compared only with
 * groups it shares a topic with: the work grows with the reports times the open groups of their topics, not with the
 * square of the reports. Reports from one article are never grouped: an article tells distinct things in distinct
 * sentences. The order is stable.
 */
export function mergeEvents(candidates: readonly EventCandidate[]): EventCandidate[][] {
  const groups: Group[] = [];
  let byTopic = new Map<string, Group[]>();
  let precision = "";
  for (const candidate of sortedBy(candidates, (c) => mergeOrder(mergePlace(c)))) {
    // Sorted by precision, then start: a change of precision closes every group, a later start closes those it passed.
    if (candidate.date.precision !== precision) {
      byTopic = new Map();
      precision = candidate.date.precision;
    }
    let group: Group | undefined;
    for (const topic of candidate.topics) {
      const open = byTopic.get(topic);
      if (!open) continue;
      const still = open.filter((g) => g.end >= candidate.date.start);
      if (still.length < open.length) byTopic.set(topic, still);
      // Each topic's list is in creation order: its first match is the earliest there.
      const match = still.find(
        (g) =>
          (!group || g.order < group.order) &&
          !g.articles.has(candidate.article.id) &&
          sameEvent(candidate, g.members[0] as EventCandidate),
      );
      if (match) group = match;
    }
    if (group) {
      group.members.push(candidate);
      group.articles.add(candidate.article.id);
      if (candidate.date.end > group.end) group.end = candidate.date.end;
    } else {
      const created = {
        order: groups.length,
        members: [candidate],
        articles: new Set([candidate.article.id]),
        end: candidate.date.end,
      };
      groups.push(created);
      // A report with no topic can start a group but none can join it (sameEvent asks for a shared topic).
      for (const topic of new Set(candidate.topics)) {
        const open = byTopic.get(topic);
        if (open) open.push(created);
        else byTopic.set(topic, [created]);
      }
    }
  }
  return sortedBy(groups, (g) => startOrder(g.members[0] as EventCandidate)).map((g) => g.members);
}

/** Whether two reports from different articles describe the same event. */
export function sameEvent(a: EventCandidate, b: EventCandidate): boolean {
  if (a.article.id === b.article.id) return false;
  if (a.date.precision !== b.date.precision) return false;
  if (a.date.start > b.date.end || b.date.start > a.date.end) return false;
  if (!a.topics.some((t) => b.topics.includes(t))) return false;
  return a.eventKinds.some((k) => b.eventKinds.includes(k)) || jaccard(a.titleWords, b.titleWords) >= SIMILAR_TITLES;
}

/** The fields that order reports by start: start, end, then the key (unique, so the order is total). */
export function startOrder(c: EventCandidate): string[] {
  return [c.date.start, c.date.end, c.key];
}

/** Where a report falls in the merge (mergeSegments). */
export function mergePlace(c: EventCandidate): MergePlace {
  return { precision: c.date.precision, start: c.date.start, end: c.date.end, key: c.key };
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
  const reports = sortedBy(group, (c) => [c.article.published ?? "9999", c.article.id, c.key]);
  const agreement = agreementWith(reports);
  let lead = reports[0] as EventCandidate;
  let leadScore = agreement(lead);
  for (const report of reports) {
    const score = agreement(report);
    if (score > leadScore) [lead, leadScore] = [report, score];
  }
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
