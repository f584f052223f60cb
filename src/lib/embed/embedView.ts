/** How the embed decides its colours: light unless the publisher asks, because the host page sets the scene. */
export type EmbedTheme = "light" | "dark" | "auto";

/** What an embedded timeline shows, as read from its URL (see parseEmbedParams). */
export interface EmbedView {
  /** Topic ids to show; empty means every topic. Sorted, without duplicates. */
  topics: string[];
  /** First day shown (YYYY-MM-DD), or null for the start of the data. */
  from: string | null;
  /** Last day shown (YYYY-MM-DD, inclusive), or null for the end of the data. */
  to: string | null;
  /** Id of an event whose details open at load, or null. */
  event: string | null;
  /** Colour scheme; "auto" follows the reader's system setting. */
  theme: EmbedTheme;
  /** False when the publisher hid the compact header (title=0). */
  title: boolean;
  /** Fixed height of the whole embed in CSS pixels, or null to fit the content. */
  height: number | null;
  /** Publisher's name for this frame, echoed in height messages so a page with several can tell them apart. */
  id: string | null;
}

/** The view with no parameters: everything, light, with header, fitting its content. */
export const DEFAULT_EMBED_VIEW: Readonly<EmbedView> = Object.freeze({
  topics: [],
  from: null,
  to: null,
  event: null,
  theme: "light",
  title: true,
  height: null,
  id: null,
});

/** Smallest and largest height (px) the embed asks for and the host script accepts. */
export const EMBED_HEIGHT_BOUNDS = Object.freeze({ min: 100, max: 5000 });

/** Height the snippet gives the iframe, so a page without the host script still shows a usable timeline. */
export const DEFAULT_FRAME_HEIGHT = 480;
