import { DEFAULT_FRAME_HEIGHT, type EmbedView, formatEmbedParams } from "./embedParams.ts";

/** What the snippet needs besides the view. */
export interface SnippetOptions {
  /** Accessible name of the iframe (screen readers announce it); defaults to "News timeline". */
  title?: string;
}

/**
 * The HTML a publisher pastes: an iframe of /embed/ for the view plus the host script
 * that resizes it. The iframe is sandboxed (scripts and popups only: no cookies, storage
 * or top navigation), lazy, and keeps a fixed height when the script is missing.
 * Throws when `origin` is not an http(s) URL, since a snippet pointing nowhere is worse than none.
 */
export function buildEmbedSnippet(origin: string, view: EmbedView, options: SnippetOptions = {}): string {
  const url = new URL(origin);
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error(`embed origin must be http(s): ${origin}`);
  const base = url.origin;
  const attributes: [string, string][] = [
    ["src", `${base}/embed/${formatEmbedParams(view)}`],
    ["title", options.title?.trim() || "News timeline"],
    ["width", "100%"],
    ["height", String(view.height ?? DEFAULT_FRAME_HEIGHT)],
    ["style", "border:0;width:100%;max-width:100%;display:block"],
    ["loading", "lazy"],
    ["sandbox", "allow-scripts allow-popups"],
    ["data-news-timeline", ""],
  ];
  const iframe = `<iframe ${attributes.map(([name, value]) => `${name}="${escapeAttribute(value)}"`).join(" ")}></iframe>`;
  const script = `<script src="${escapeAttribute(`${base}/embed.js`)}" async></script>`;
  return `${iframe}\n${script}`;
}

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for a double- or single-quoted HTML attribute (and for text content). */
export function escapeAttribute(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}
