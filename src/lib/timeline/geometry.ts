/** Vertical geometry of the timeline, px. Shared by the server render and the client so nothing shifts when the client takes over. */
export const AXIS_HEIGHT = 32;
/** Height of one row of events: a mark line and a label line. */
export const ROW_HEIGHT = 34;
/** Rows of labels before events are gathered into clusters. */
export const ROWS = 5;
/** Rows in the compact (embed) variant. */
export const COMPACT_ROWS = 3;
/** Height of the cluster row under the event rows. */
export const CLUSTER_ROW_HEIGHT = 36;
/** Approximate width of one label character at the 12.5px system font, px: generous so estimates never undershoot much. */
export const CHAR_WIDTH = 6.9;
/** Labels are cut to this many characters; the full title is in the accessible name and the panel. */
export const MAX_LABEL_CHARS = 30;
/** Space kept clear after a label before the next one in the same row, px. */
export const LABEL_GAP = 14;
/** Two cluster marks closer than this merge into one, px. */
export const CLUSTER_GAP = 40;

/** Total SVG height for a number of rows. */
export function timelineHeight(rows: number): number {
  return AXIS_HEIGHT + rows * ROW_HEIGHT + CLUSTER_ROW_HEIGHT;
}

/** Top of row `row`, px. */
export function rowTop(row: number): number {
  return AXIS_HEIGHT + row * ROW_HEIGHT;
}

/** Vertical centre of the cluster row for a number of rows, px. */
export function clusterY(rows: number): number {
  return AXIS_HEIGHT + rows * ROW_HEIGHT + CLUSTER_ROW_HEIGHT / 2;
}
/** Closest two cluster marks may be drawn, centre to centre, px (a mark is about 28 px wide). */
export const CLUSTER_MIN_DISTANCE = 34;
/** Rows of labels in each topic lane. */
export const LANE_ROWS = 2;
/** Room kept at the left of a lane's cluster row for the lane's name, px. */
export const LANE_LABEL_WIDTH = 96;
/** Closest a cluster mark's centre comes to either end of the view, px: the mark stays whole. */
export const CLUSTER_EDGE = 17;
