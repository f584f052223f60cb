import { DEFAULT_VIEW, type KnownIds, parseView, queryString, type ViewState, viewParams } from "../view/viewState.ts";

/** How the embed decides its colours: light unless the publisher asks, because the host page sets the scene. */
export type EmbedTheme = "light" | "dark" | "auto";

/** What an embedded timeline shows: the view (as the home page's URL has it) plus the frame's own options. */
export interface EmbedView extends ViewState {
  /** Colour scheme; "auto" follows the reader's system setting. */
  theme: EmbedTheme;
  /** False when the publisher hid the compact header (title=0). */
  title: boolean;
  /** Fixed height of the whole embed in CSS pixels, or null to fit the content. */
  height: number | null;
  /** Publisher's name for this frame, echoed in height messages so a page with several can tell them apart. */
  id: string | null;
}

/** The embed with no parameters: the default view, light, with header, fitting its content. */
export const DEFAULT_EMBED_VIEW: Readonly<EmbedView> = Object.freeze({
  ...DEFAULT_VIEW,
  theme: "light",
  title: true,
  height: null,
  id: null,
});

/** Smallest and largest height (px) the embed asks for and the host script accepts. */
export const EMBED_HEIGHT_BOUNDS = Object.freeze({ min: 100, max: 5000 });

/** Height the snippet gives the iframe, so a page without the host script still shows a usable timeline. */
export const DEFAULT_FRAME_HEIGHT = 480;

const FRAME_ID = /^[A-Za-z0-9_-]{1,64}$/;
const THEMES: readonly EmbedTheme[] = ["light", "dark", "auto"];
const OFF = new Set(["0", "false", "no", "off"]);
const ON = new Set(["1", "true", "yes", "on"]);

/**
 * Reads an embed URL's query string: the view (parseView) and the frame options. Never throws: an option that is
 * unknown, malformed or out of range keeps its default, because an embed on someone else's page must never turn into
 * an error page.
 */
export function parseEmbedParams(search: string | URLSearchParams, known: KnownIds = {}): EmbedView {
  const params = typeof search === "string" ? new URLSearchParams(search) : search;
  const first = (name: string) => params.get(name)?.trim() ?? "";
  const theme = first("theme").toLowerCase();
  const title = first("title").toLowerCase();
  return {
    ...parseView(params, known),
    theme: (THEMES as readonly string[]).includes(theme) ? (theme as EmbedTheme) : DEFAULT_EMBED_VIEW.theme,
    title: OFF.has(title) ? false : ON.has(title) ? true : DEFAULT_EMBED_VIEW.title,
    height: readHeight(first("height")),
    id: FRAME_ID.test(first("id")) ? first("id") : DEFAULT_EMBED_VIEW.id,
  };
}

/**
 * Writes an embed view back as a query string ("" or "?…"): the view's parameters, then the frame options that differ
 * from the default, so the same view always gives the same URL. parseEmbedParams(formatEmbedParams(view)) gives it back.
 */
export function formatEmbedParams(view: EmbedView): string {
  const params = viewParams(view);
  if (view.theme !== DEFAULT_EMBED_VIEW.theme) params.set("theme", view.theme);
  if (!view.title) params.set("title", "0");
  if (view.height !== null) params.set("height", String(view.height));
  if (view.id) params.set("id", view.id);
  return queryString(params);
}

/** Whole pixels, optionally written with "px"; outside the bounds the embed fits its content instead. */
function readHeight(value: string): number | null {
  const m = /^(\d{1,5})(?:px)?$/.exec(value);
  if (!m) return DEFAULT_EMBED_VIEW.height;
  const height = Number(m[1]);
  return height >= EMBED_HEIGHT_BOUNDS.min && height <= EMBED_HEIGHT_BOUNDS.max ? height : DEFAULT_EMBED_VIEW.height;
}
