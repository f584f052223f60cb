import { DEFAULT_EMBED_VIEW, type EmbedView } from "./embedView.ts";

/**
 * Writes a view back as a query string ("" or "?…"), naming only what differs from
 * the default, in a fixed order so the same view always gives the same URL.
 * parseEmbedParams(formatEmbedParams(view)) gives the view back.
 */
export function formatEmbedParams(view: EmbedView): string {
  const params = new URLSearchParams();
  if (view.topics.length > 0) params.set("topics", [...view.topics].sort().join(","));
  if (view.from) params.set("from", view.from);
  if (view.to) params.set("to", view.to);
  if (view.event) params.set("event", view.event);
  if (view.theme !== DEFAULT_EMBED_VIEW.theme) params.set("theme", view.theme);
  if (!view.title) params.set("title", "0");
  if (view.height !== null) params.set("height", String(view.height));
  if (view.id) params.set("id", view.id);
  // Commas between topics read better than %2C and are legal in a query.
  const query = params.toString().replace(/%2C/g, ",");
  return query ? `?${query}` : "";
}
