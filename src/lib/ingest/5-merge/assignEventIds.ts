import { shortHash } from "../../text/shortHash.ts";
import { slugify } from "../../text/slugify.ts";
import type { DraftEvent } from "./mergeEvents.ts";

/** Longest title slug in an event id; the date already tells most events apart. */
const TITLE_SLUG_LENGTH = 48;

/**
 * Ids from extracted values only (first day + title slug), so an editor's override never moves them. When two events share
 * one, the one whose lead report sorts first (publication, article, quote) keeps it and the others add a hash of their quote:
 * articles added later rarely disturb existing ids.
 */
export function assignEventIds(drafts: readonly DraftEvent[]): string[] {
  const base = drafts.map((d) => `${d.event.date.start}-${slugify(d.event.title, TITLE_SLUG_LENGTH) || "event"}`);
  const owners = new Map<string, number>();
  drafts.forEach((draft, i) => {
    const id = base[i] as string;
    const owner = owners.get(id);
    // `<` on strings is code-unit order: the same on every machine.
    if (owner === undefined || rank(draft) < rank(drafts[owner] as DraftEvent)) owners.set(id, i);
  });
  const ids = base.map((id, i) =>
    owners.get(id) === i ? id : `${id}-${shortHash((drafts[i] as DraftEvent).lead.quote)}`,
  );
  // Two reports of one sentence in different events would still collide; the key is unique within a run.
  const seen = new Set<string>();
  return ids.map((id, i) => {
    const unique = seen.has(id) ? `${id}-${shortHash((drafts[i] as DraftEvent).lead.key)}` : id;
    seen.add(unique);
    return unique;
  });
}

function rank(draft: DraftEvent): string {
  const lead = draft.lead;
  return `${lead.article.published ?? "9999"}\u0000${lead.article.id}\u0000${lead.quote}`;
}
