/** Vertical geometry of the timeline, px. Shared by the server render and the client so nothing shifts when the client takes over. */
export const AXIS_HEIGHT = 32;
/** Height of one row of the thin track where long bands go, with their label inside the band. */
export const TRACK_ROW_HEIGHT = 18;
/** Height of one row of events: a mark line and a label line. */
export const ROW_HEIGHT = 34;
/** Rows of labels before events are gathered into clusters. */
export const ROWS = 5;
/** Rows in the compact (embed) variant. */
export const COMPACT_ROWS = 3;
/** Track rows for long bands: two on the page, one in the compact embed and in each lane. */
export const TRACK_ROWS = 2;
export const COMPACT_TRACK_ROWS = 1;
/** Height of the overflow row under the event rows: clusters, and events drawn without a row of their own. */
export const CLUSTER_ROW_HEIGHT = 36;
/** Approximate width of one label character at the 12.5px system font, px: generous so estimates never undershoot much. */
export const CHAR_WIDTH = 6.9;
/** Width of one character of a band's label on the track (11px font), px. */
export const TRACK_CHAR_WIDTH = 6.1;
/** A band at least this wide on screen goes on the track, px: narrower ones behave like points with a label below. */
export const TRACK_MIN_WIDTH = 44;
/** Labels are cut to this many characters; the full title is in the accessible name, the tooltip and the panel. */
export const MAX_LABEL_CHARS = 30;
/** Shortest label worth drawing, characters: below this the mark goes without one. */
export const MIN_LABEL_CHARS = 8;
/** Space kept clear after a label before the next one in the same row, px. */
export const LABEL_GAP = 14;
/** Two overflowing events closer than this are gathered into one cluster, px. */
export const CLUSTER_GAP = 40;
/** Closest two cluster marks may be drawn, centre to centre, px (a mark is about 28 px wide). */
export const CLUSTER_MIN_DISTANCE = 34;
/** Closest a cluster mark's centre comes to either end of the view, px: the mark stays whole. */
export const CLUSTER_EDGE = 17;
/** Rows of labels in each topic lane. */
export const LANE_ROWS = 2;
/** Room kept at the left of a lane's overflow row for the lane's name, px. */
export const LANE_LABEL_WIDTH = 96;

/** The rows of one band of the drawing (the whole drawing, or one lane): track rows, label rows, overflow row. */
export interface BandRows {
  /** Top of the band, px. */
  top: number;
  trackRows: number;
  rows: number;
}

/** Top of track row `row` in a band, px. */
export function trackTop(band: BandRows, row: number): number {
  return band.top + row * TRACK_ROW_HEIGHT;
}

/** Top of label row `row` in a band, px. */
export function rowTop(band: BandRows, row: number): number {
  return band.top + band.trackRows * TRACK_ROW_HEIGHT + row * ROW_HEIGHT;
}

/** Top of a band's overflow row, px. */
export function overflowTop(band: BandRows): number {
  return rowTop(band, band.rows);
}

/** Height of a band, px. */
export function bandHeight(band: Omit<BandRows, "top">): number {
  return band.trackRows * TRACK_ROW_HEIGHT + band.rows * ROW_HEIGHT + CLUSTER_ROW_HEIGHT;
}

/** Total SVG height for a number of rows (and track rows) under the axis. */
export function timelineHeight(rows: number, trackRows: number): number {
  return AXIS_HEIGHT + bandHeight({ rows, trackRows });
}

/** Track rows that go with a number of label rows: the compact embed has fewer of both. */
export function trackRowsFor(rows: number): number {
  return rows <= COMPACT_ROWS ? COMPACT_TRACK_ROWS : TRACK_ROWS;
}

/**
 * The screen classes the server draws for (timeline.css shows one: below 720 px, below 1200 px, wider), each laid out
 * at the narrowest width its drawing is shown at, the window less the page's padding and the frame's border (320 − 26,
 * 720 − 46, 1200 − 66): labels that do not overlap there cannot overlap wider, and each class opens on a window that
 * fits its width.
 */
export const SCREENS = [
  { name: "narrow", width: 294 },
  { name: "medium", width: 674 },
  { name: "wide", width: 1134 },
] as const;

/** One of {@link SCREENS}. */
export type ScreenName = (typeof SCREENS)[number]["name"];
