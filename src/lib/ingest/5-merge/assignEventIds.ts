import { shortHash } from "../../text/shortHash.ts";
import { slugify } from "../../text/slugify.ts";
import type { DraftEvent } from "./mergeEvents.ts";

/** Longest title slug in an event id; the date already tells most events apart. */
const TITLE_SLUG_LENGTH = 48;

/** What an event's id is made from: first day and title slug, and what settles a clash. */
export interface EventIdentity {
  /** First day + title slug: the id unless another event has it too. */
  base: string;
  /** Lead report's publication, article and quote: the lowest keeps the base id. */
  rank: string;
  /** Lead report's quote and key: hashed into the id of the others. */
  quote: string;
  key: string;
}

/** The identity of a draft: see assignEventIds. */
export function eventIdentity(draft: DraftEvent): EventIdentity {
  const lead = draft.lead;
  return {
    base: `${draft.event.date.start}-${slugify(draft.event.title, TITLE_SLUG_LENGTH) || "event"}`,
    rank: `${lead.article.published ?? "9999"}\u0000${lead.article.id}\u0000${lead.quote}`,
    quote: lead.quote,
    key: lead.key,
  };
}

/**
 * Ids from extracted values only (first day + title slug), so an editor's override never moves them. When two events share
 * one, the one whose lead report sorts first (publication, article, quote) keeps it and the others add a hash of their quote:
 * articles added later rarely disturb existing ids.
 */
export function assignEventIds(events: readonly EventIdentity[]): string[] {
  const owners = new Map<string, number>();
  events.forEach((event, i) => {
    const owner = owners.get(event.base);
    // `<` on strings is code-unit order: the same on every machine.
    if (owner === undefined || event.rank < (events[owner] as EventIdentity).rank) owners.set(event.base, i);
  });
  const ids = events.map((event, i) =>
    owners.get(event.base) === i ? event.base : `${event.base}-${shortHash(event.quote)}`,
  );
  // Two reports of one sentence in different events would still collide; the key is unique within a run.
  const seen = new Set<string>();
  return ids.map((id, i) => {
    const unique = seen.has(id) ? `${id}-${shortHash((events[i] as EventIdentity).key)}` : id;
    seen.add(unique);
    return unique;
  });
}
