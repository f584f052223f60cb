// Stage 5: reports of one event merged, ids given, editors' overrides applied.

export { applyEventOverrides, type OverriddenEvents } from "./applyEventOverrides.ts";
export { assignEventIds } from "./assignEventIds.ts";
export { type BuiltEvents, buildEvents } from "./buildEvents.ts";
export { composeEvent, type DraftEvent, mergeEvents, SIMILAR_TITLES, sameEvent } from "./mergeEvents.ts";
