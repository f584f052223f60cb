import { AXIS_HEIGHT, CLUSTER_ROW_HEIGHT, ROW_HEIGHT, TRACK_ROW_HEIGHT } from "./geometry.ts";
import type { Cluster, PlacedItem, Tick } from "./types.ts";

/**
 * SVG attributes for the drawing, shared by the Astro render and the client so the first paint and every
 * later one match. x positions are percentages of the layout width, so a server-drawn SVG fits any box
 * width at least as wide as the layout without text scaling.
 */
export function pct(x: number, width: number): string {
  return `${((x / width) * 100).toFixed(3)}%`;
}

/** Vertical centre of a mark in its row, px below the row's top. */
function markMiddle(p: PlacedItem): number {
  if (p.kind === "track") return TRACK_ROW_HEIGHT / 2;
  return p.kind === "bare" ? CLUSTER_ROW_HEIGHT / 2 : 9;
}

/**
 * Attributes of an event's mark: a circle for a day, a band (a rect) for a longer range, cut to `bounds` (the view; a
 * drawing with the windows beside the view cuts each band to its own window before, so it passes wider bounds).
 */
export function markAttributes(
  p: PlacedItem,
  width: number,
  bounds: readonly [number, number] = [0, width],
): Record<string, string | number> {
  const middle = p.y + markMiddle(p);
  if (p.shape === "point") return { cx: pct(p.x0, width), cy: middle, r: 5.5 };
  const left = Math.max(p.x0, bounds[0]);
  const right = Math.min(p.x1, bounds[1]);
  // On the track the band is tall enough to hold its label; elsewhere it is a thin bar above the label.
  const height = p.kind === "track" ? TRACK_ROW_HEIGHT - 3 : 8;
  return {
    x: pct(left, width),
    y: middle - height / 2,
    width: pct(Math.max(right - left, 1), width),
    height,
    rx: 3,
  };
}

/** Attributes of an event's label: inside a track band, beside a mark in the overflow row, else under the mark. */
export function labelAttributes(p: PlacedItem, width: number): Record<string, string | number> {
  const baseline =
    p.kind === "track" ? TRACK_ROW_HEIGHT / 2 + 4 : p.kind === "bare" ? CLUSTER_ROW_HEIGHT / 2 + 4 : ROW_HEIGHT - 9;
  return { x: pct(p.labelX, width), y: p.y + baseline };
}

/** CSS classes of an event: shape, where it sits, and hedged or planned dates drawn differently from firm ones. */
export function eventClass(p: PlacedItem, selected: boolean): string {
  return [
    "tl-event",
    `tl-${p.shape}`,
    p.kind === "row" ? "" : `tl-${p.kind}`,
    p.item.approximate ? "tl-approx" : "",
    p.item.context ? "tl-context" : "",
    p.item.scheduled ? "tl-scheduled" : "",
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

/**
 * A cluster's shape, its attributes and its text: a disc with the count, or for long bands counted on the track a
 * band across the stretch they cover with the count in words inside.
 */
export function clusterAttributes(
  c: Cluster,
  width: number,
): {
  shape: "circle" | "rect";
  disc: Record<string, string | number>;
  text: Record<string, string | number>;
  label: string;
} {
  if (c.band) {
    // A pixel clear at each end, so the counts of two years that meet read as two.
    const left = pct(c.band.x0 + 1, width);
    const w = pct(Math.max(c.band.x1 - c.band.x0 - 2, 1), width);
    const height = TRACK_ROW_HEIGHT - 3;
    return {
      shape: "rect",
      disc: { x: left, y: c.y - height / 2, width: w, height, rx: 3 },
      text: { x: pct(c.band.x0 + 4, width), y: c.y + 4 },
      label: c.band.x1 - c.band.x0 > 150 ? `${c.count} long events` : String(c.count),
    };
  }
  const x = pct(c.x, width);
  return {
    shape: "circle",
    disc: { cx: x, cy: c.y, r: c.count > 99 ? 16 : 13 },
    text: { x, y: c.y + 4 },
    label: String(c.count),
  };
}
