// Stage 5: reports of one event merged, ids given, editors' overrides applied.

export { applyEventOverrides, type OverriddenEvents } from "./applyEventOverrides.ts";
export { assignEventIds, type EventIdentity, eventIdentity } from "./assignEventIds.ts";
export {
  type BuiltEvent,
  type BuiltEvents,
  buildEvents,
  type ComposedEvent,
  composeEvents,
  composeSegment,
} from "./buildEvents.ts";
export {
  composeEvent,
  type DraftEvent,
  mergeEvents,
  mergePlace,
  SIMILAR_TITLES,
  sameEvent,
} from "./mergeEvents.ts";
export { type MergePlace, mergeSegments } from "./mergeSegments.ts";
