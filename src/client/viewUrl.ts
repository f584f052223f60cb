import { formatViewState, parseViewState, type ViewState } from "../lib/timeline/parseViewState.ts";

/** The view in the current URL. */
export function readViewUrl(): ViewState {
  return parseViewState(window.location.search);
}

/**
 * Writes the view into the URL: replaceState while zooming (no history entry per wheel step),
 * pushState when an event opens, so Back closes it.
 */
export function writeViewUrl(state: ViewState, mode: "replace" | "push"): void {
  const url = `${window.location.pathname}${formatViewState(state)}${window.location.hash}`;
  if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
  if (mode === "push") window.history.pushState({ timelineEvent: state.event }, "", url);
  else window.history.replaceState(window.history.state, "", url);
}
