import { ascending } from "d3-array";
import type { BuildWarning } from "../../../schema/buildReport.ts";
import type { TimelineEvent } from "../../../schema/event.ts";
import type { EventOverride } from "../../../schema/overrides.ts";
import { warning } from "../warnings.ts";

/** Events after an editor's fixes, and where each removed id now points (another event, or nowhere when hidden). */
export interface OverriddenEvents {
  events: TimelineEvent[];
  redirects: Map<string, string | null>;
  warnings: BuildWarning[];
}

/**
 * Applies content/overrides.json to extracted events: retitle, redate, hide, or merge one event into another.
 * An override whose id matches nothing (the text changed, or the event was removed) is kept in the file and reported.
 */
export function applyEventOverrides(
  events: readonly TimelineEvent[],
  overrides: readonly EventOverride[],
  file = "overrides.json",
): OverriddenEvents {
  const byId = new Map(events.map((e) => [e.id, { ...e, date: { ...e.date }, edited: [...e.edited] }]));
  const redirects = new Map<string, string | null>();
  const warnings: BuildWarning[] = [];
  const resolve = (id: string): string | null => {
    let current: string | null = id;
    for (let hops = 0; current !== null && redirects.has(current) && hops < 100; hops += 1)
      current = redirects.get(current) ?? null;
    return current;
  };
  for (const override of overrides) {
    const event = byId.get(override.id);
    if (!event) {
      warnings.push(
        warning(file, `override for event "${override.id}" matches no event; it may have been renamed or removed`),
      );
      continue;
    }
    if (override.title !== undefined) {
      event.title = override.title;
      event.edited.push("title");
    }
    if (override.status !== undefined) {
      event.status = override.status;
      event.edited.push("status");
    }
    if (override.date !== undefined) {
      const date = { ...event.date, ...override.date };
      if (date.start > date.end)
        warnings.push(
          warning(
            file,
            `override for event "${override.id}" has start ${date.start} after end ${date.end}; kept the extracted date`,
          ),
        );
      else {
        event.date = date;
        event.edited.push("date");
      }
    }
    if (override.mergeInto !== undefined) {
      const targetId = resolve(override.mergeInto);
      const target = targetId === null ? undefined : byId.get(targetId);
      if (!target || target === event)
        warnings.push(
          warning(
            file,
            `override merges event "${override.id}" into "${override.mergeInto}", which matches no other event`,
          ),
        );
      else {
        mergeInto(target, event);
        byId.delete(event.id);
        redirects.set(event.id, target.id);
        continue;
      }
    }
    if (override.hidden === true) {
      byId.delete(event.id);
      redirects.set(event.id, null);
    }
  }
  const kept = [...byId.values()].sort((a, b) => ascending(a.date.start, b.date.start) || ascending(a.id, b.id));
  for (const id of redirects.keys()) redirects.set(id, resolve(id));
  return { events: kept, redirects, warnings };
}

function mergeInto(target: TimelineEvent, event: TimelineEvent): void {
  const seen = new Set(target.sources.map((s) => `${s.article}\u0000${s.quote}`));
  for (const source of event.sources)
    if (!seen.has(`${source.article}\u0000${source.quote}`)) target.sources.push(source);
  target.sources.sort(
    (a, b) => ascending(a.published ?? "9999", b.published ?? "9999") || ascending(a.article, b.article),
  );
  const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])].sort(ascending);
  target.topics = union(target.topics, event.topics);
  target.people = union(target.people, event.people);
  target.places = union(target.places, event.places);
  if (!target.edited.includes("sources")) target.edited.push("sources");
}
