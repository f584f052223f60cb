import { AXIS_HEIGHT, clusterY, ROW_HEIGHT, rowTop } from "./geometry.ts";
import type { Cluster, PlacedItem, Tick } from "./types.ts";

/**
 * SVG attributes for the drawing, shared by the Astro render and the client so the first paint and every
 * later one match. x positions are percentages of the layout width, so a server-drawn SVG fits any box
 * width at least as wide as the layout without text scaling.
 */
export function pct(x: number, width: number): string {
  return `${((x / width) * 100).toFixed(3)}%`;
}

/** Attributes of an event's mark: a circle for a day, a rect band for a longer range. */
export function markAttributes(p: PlacedItem, width: number): Record<string, string | number> {
  const top = rowTop(p.row);
  if (p.shape === "point") return { cx: pct(p.x0, width), cy: top + 9, r: 5.5 };
  const left = Math.max(p.x0, 0);
  const right = Math.min(p.x1, width);
  return { x: pct(left, width), y: top + 5, width: pct(Math.max(right - left, 0), width), height: 8, rx: 3 };
}

/** Attributes of an event's label, under its mark and starting where the mark enters the view. */
export function labelAttributes(p: PlacedItem, width: number): Record<string, string | number> {
  return { x: pct(p.labelX, width), y: rowTop(p.row) + ROW_HEIGHT - 9 };
}

/** CSS classes of an event: shape, and hedged dates drawn differently from exact ones. */
export function eventClass(p: PlacedItem, selected: boolean): string {
  return [
    "tl-event",
    `tl-${p.shape}`,
    p.item.approximate ? "tl-approx" : "",
    p.item.context ? "tl-context" : "",
    selected ? "tl-selected" : "",
  ]
    .filter(Boolean)
    .join(" ");
}

/** Attributes of a tick's grid line (down to `height`) and label. */
export function tickAttributes(
  t: Tick,
  width: number,
  height: number,
): { line: Record<string, string | number>; text: Record<string, string | number> } {
  const x = pct(t.x, width);
  return {
    line: { x1: x, x2: x, y1: AXIS_HEIGHT - 8, y2: height - 2 },
    text: { x, y: AXIS_HEIGHT - 14, dx: 4 },
  };
}

/** Attributes of a cluster's disc and count. */
export function clusterAttributes(
  c: Cluster,
  width: number,
  rows: number,
): { disc: Record<string, string | number>; text: Record<string, string | number> } {
  const x = pct(c.x, width);
  // In a lane the cluster sits in the lane's own cluster row; otherwise in the shared row at the bottom.
  const y = c.row === undefined ? clusterY(rows) : rowTop(c.row) + ROW_HEIGHT / 2;
  return { disc: { cx: x, cy: y, r: c.count > 99 ? 16 : 13 }, text: { x, y: y + 4 } };
}
