import type { BuildWarning } from "../../../schema/buildReport.ts";
import { eventSchema, type TimelineEvent } from "../../../schema/event.ts";
import type { EventOverride } from "../../../schema/overrides.ts";
import type { EventCandidate } from "../4-events/index.ts";
import { documentEntry, withId } from "../6-output/eventsDocumentText.ts";
import { applyEventOverrides } from "./applyEventOverrides.ts";
import { assignEventIds, type EventIdentity, eventIdentity } from "./assignEventIds.ts";
import { composeEvent, mergeEvents, mergePlace, startOrder } from "./mergeEvents.ts";
import { mergeSegments } from "./mergeSegments.ts";

/**
 * One event as the merge composed it, before its id: plain data, so the ingest script can keep each merge segment's
 * events in its cache and skip both the merge and the rendering of every segment no changed article touches.
 */
export interface ComposedEvent {
  /** Merge order of its first report (start, end, key, joined): events leave the merge in this order. */
  order: string;
  /** Its first day. */
  start: string;
  identity: EventIdentity;
  /** The candidate keys it was made from. */
  keys: string[];
  /** Whether its reports come from more than one article. */
  multiSource: boolean;
  /** The validated event but its id, as its file prints it (JSON, two-space indent): see BuiltEvent.text. */
  text: string;
  /** The same as its entry in the public document prints it (documentEntry): see BuiltEvent.entry. */
  entry: string;
}

/** The event without its id, as eventSchema reads it: key order and defaults are the schema's. */
const eventBodySchema = eventSchema.omit({ id: true });

/** The events of one merge segment (mergeSegments): reports of one event merged, each event composed and validated. */
export function composeSegment(candidates: readonly EventCandidate[]): ComposedEvent[] {
  return mergeEvents(candidates).map((group) => {
    const draft = composeEvent(group);
    const first = group[0] as EventCandidate;
    const text = JSON.stringify(eventBodySchema.parse(draft.event), null, 2);
    return {
      order: startOrder(first).join("\u0000"),
      start: draft.event.date.start,
      identity: eventIdentity(draft),
      keys: draft.keys,
      multiSource: hasSeveralSources(draft.event),
      text,
      entry: documentEntry(text),
    };
  });
}

/** composeSegment over every segment of `candidates`: the whole merge. */
export function composeEvents(candidates: readonly EventCandidate[]): ComposedEvent[] {
  return mergeSegments(candidates, mergePlace).flatMap(composeSegment);
}

/** An event of the timeline: its id, first day and text, and the event itself when asked for. */
export interface BuiltEvent {
  id: string;
  start: string;
  multiSource: boolean;
  /** Its file's JSON (two-space indent, no final newline): the composed text with the id put first. */
  text: () => string;
  /** Its entry in the public document (eventsDocumentText), likewise. */
  entry: () => string;
  value: () => TimelineEvent;
  /** The composed event it is, unchanged by any override; null when an override changed it. */
  composed: ComposedEvent | null;
}

/** The timeline's events by first day, then id, and which event each candidate ended up in (for the article pages' links). */
export interface BuiltEvents {
  events: BuiltEvent[];
  /** Final event id of a candidate key, or null when its event was hidden or the key made none. */
  eventOf: (key: string | null) => string | null;
  warnings: BuildWarning[];
}

/**
 * Gives each composed event (of every segment, in any order) its id, then applies the editors' overrides. Only the
 * events an override names are read back into objects: the others keep their composed text.
 */
export function buildEvents(
  composed: readonly ComposedEvent[],
  overrides: readonly EventOverride[],
  overridesFile: string,
): BuiltEvents {
  const ordered = [...composed].sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0));
  const ids = assignEventIds(ordered.map((c) => c.identity));
  const eventOfKey = new Map<string, string>();
  const named = new Set(overrides.flatMap((o) => (o.mergeInto === undefined ? [o.id] : [o.id, o.mergeInto])));
  const untouched: BuiltEvent[] = [];
  const toOverride: TimelineEvent[] = [];
  ordered.forEach((c, i) => {
    const id = ids[i] as string;
    for (const key of c.keys) eventOfKey.set(key, id);
    const built = fromComposed(id, c);
    if (named.has(id)) toOverride.push(built.value());
    else untouched.push(built);
  });
  // An override reads only the events it names (its id, or the one it merges into): those are all it needs.
  const overridden = applyEventOverrides(toOverride, overrides, overridesFile);
  const events = [...untouched, ...overridden.events.map((event) => fromValue(eventSchema.parse(event)))].sort(
    (a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const eventOf = (key: string | null): string | null => {
    const id = key === null ? undefined : eventOfKey.get(key);
    if (id === undefined) return null;
    return overridden.redirects.has(id) ? (overridden.redirects.get(id) ?? null) : id;
  };
  return { events, eventOf, warnings: overridden.warnings };
}

/** A composed event with its id put first in its texts. */
function fromComposed(id: string, composed: ComposedEvent): BuiltEvent {
  const text = () => withId(composed.text, id, 0);
  return {
    id,
    start: composed.start,
    multiSource: composed.multiSource,
    text,
    entry: () => withId(composed.entry, id, 4),
    value: () => JSON.parse(text()) as TimelineEvent,
    composed,
  };
}

function fromValue(event: TimelineEvent): BuiltEvent {
  return {
    id: event.id,
    start: event.date.start,
    multiSource: hasSeveralSources(event),
    text: () => JSON.stringify(event, null, 2),
    entry: () => documentEntry(JSON.stringify(event, null, 2)),
    value: () => event,
    composed: null,
  };
}

/** Whether an event's reports come from more than one article (the report counts them). */
function hasSeveralSources(event: Pick<TimelineEvent, "sources">): boolean {
  return new Set(event.sources.map((s) => s.article)).size > 1;
}
