import type { EmbedView } from "./embedView.ts";

/**
 * The view with a complete window: the timeline shows a window only as a pair of days, so a
 * view giving one end takes the other from the default window (`home`). A window that ends
 * up empty or reversed is dropped, and the default window shown instead.
 */
export function fillWindow(view: EmbedView, home: { from?: string; to?: string }): EmbedView {
  if (!view.from && !view.to) return view;
  const from = view.from ?? home.from ?? null;
  const to = view.to ?? home.to ?? null;
  return from && to && from < to ? { ...view, from, to } : { ...view, from: null, to: null };
}
