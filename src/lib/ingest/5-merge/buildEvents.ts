import type { BuildWarning } from "../../../schema/buildReport.ts";
import { eventSchema, type TimelineEvent } from "../../../schema/event.ts";
import type { EventOverride } from "../../../schema/overrides.ts";
import type { EventCandidate } from "../4-events/index.ts";
import { applyEventOverrides } from "./applyEventOverrides.ts";
import { assignEventIds } from "./assignEventIds.ts";
import { composeEvent, mergeEvents } from "./mergeEvents.ts";

/** The timeline's events, and which event each candidate ended up in (for the article pages' links). */
export interface BuiltEvents {
  events: TimelineEvent[];
  /** Final event id of a candidate key, or null when its event was hidden or the key made none. */
  eventOf: (key: string | null) => string | null;
  warnings: BuildWarning[];
}

/** Merges reports of one event, gives each event its id, then applies the editors' overrides; events are validated. */
export function buildEvents(
  candidates: readonly EventCandidate[],
  overrides: readonly EventOverride[],
  overridesFile: string,
): BuiltEvents {
  const drafts = mergeEvents(candidates).map(composeEvent);
  const ids = assignEventIds(drafts);
  const eventOfKey = new Map<string, string>();
  drafts.forEach((draft, i) => {
    for (const key of draft.keys) eventOfKey.set(key, ids[i] as string);
  });
  const extracted = drafts.map((draft, i): TimelineEvent => ({ id: ids[i] as string, ...draft.event }));
  const overridden = applyEventOverrides(extracted, overrides, overridesFile);
  const eventOf = (key: string | null): string | null => {
    const id = key === null ? undefined : eventOfKey.get(key);
    if (id === undefined) return null;
    return overridden.redirects.has(id) ? (overridden.redirects.get(id) ?? null) : id;
  };
  return { events: overridden.events.map((event) => eventSchema.parse(event)), eventOf, warnings: overridden.warnings };
}
