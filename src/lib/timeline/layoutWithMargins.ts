import type { Lane } from "./layoutLanes.ts";
import { layoutTimeline } from "./layoutTimeline.ts";
import type { Cluster, PlacedItem, TimelineItem, TimelineLayout } from "./types.ts";

/** Prefixes of join keys beside the view that are taken already: an event crossing a seam is drawn on both sides. */
export const BEFORE_KEY = "<";
export const AFTER_KEY = ">";

/** Which windows beside the view are laid out too: a pan needs only the one it is heading into. */
export interface Margins {
  before: boolean;
  after: boolean;
}

/** The events and clusters of a window beside the view, placed where they sit beside it. */
export interface Beside {
  placed: PlacedItem[];
  clusters: Cluster[];
}

type Options = { rows: number; trackRows: number; pinned?: string | null; lanes?: readonly Lane[] | null };

/**
 * The view laid out exactly as {@link layoutTimeline} lays it out, with the window before it (x from −width to 0)
 * and or the window after it (x from width to 2 × width) laid out beside it, so a pan only moves the drawing until it
 * has travelled a whole view. Each window is laid out on its own, so the view's marks keep their rows.
 */
export function layoutWithMargins(
  items: readonly TimelineItem[],
  domain: readonly [number, number],
  width: number,
  options: Options,
  margins: Margins,
): TimelineLayout {
  const side = (on: boolean, which: "before" | "after") =>
    on ? layoutBeside(items, domain, width, options, which) : null;
  return withMargins(
    layoutTimeline(items, domain, width, options),
    side(margins.before, "before"),
    side(margins.after, "after"),
  );
}

/** The window of the view's length just before or just after it, laid out on its own and set beside the view. */
export function layoutBeside(
  items: readonly TimelineItem[],
  domain: readonly [number, number],
  width: number,
  options: Options,
  side: "before" | "after",
): Beside {
  const span = domain[1] - domain[0];
  const from = side === "before" ? domain[0] - span : domain[1];
  const layout = layoutTimeline(items, [from, from + span], width, options);
  const dx = side === "before" ? -width : width;
  return {
    placed: layout.placed.map((p) => shiftPlaced(p, dx, width)),
    clusters: layout.clusters.map((c) => shiftCluster(c, dx)),
  };
}

/**
 * A view's layout with the windows beside it added. Bands are cut to their own window, as the view cuts them at its
 * edges, so the drawing can cut them to all three windows at once. A mark keeps its key, so the view laid out again
 * where the pan stops reuses the nodes of the marks it still shows; only a key already taken (a band crossing a seam
 * is in two windows) gets its side's prefix. The ticks are the view's: the axis follows the view.
 */
export function withMargins(view: TimelineLayout, before: Beside | null, after: Beside | null): TimelineLayout {
  const taken = new Set([...view.placed.map((p) => p.key), ...view.clusters.map((c) => c.key)]);
  const own = <T extends { key: string }>(marks: readonly T[], prefix: string) =>
    marks.map((mark) => {
      const key = taken.has(mark.key) ? `${prefix}${mark.key}` : mark.key;
      taken.add(key);
      return key === mark.key ? mark : { ...mark, key };
    });
  return {
    ...view,
    placed: [
      ...own(before?.placed ?? [], BEFORE_KEY),
      ...view.placed.map((p) => shiftPlaced(p, 0, view.width)),
      ...own(after?.placed ?? [], AFTER_KEY),
    ],
    clusters: [...own(before?.clusters ?? [], BEFORE_KEY), ...view.clusters, ...own(after?.clusters ?? [], AFTER_KEY)],
  };
}

/** An event moved `dx` px, a band first cut to its own window (0 to width). */
function shiftPlaced(p: PlacedItem, dx: number, width: number): PlacedItem {
  if (p.shape === "point" && dx === 0) return p;
  const [x0, x1] = p.shape === "band" ? [Math.max(p.x0, 0), Math.min(p.x1, width)] : [p.x0, p.x1];
  return { ...p, x0: x0 + dx, x1: x1 + dx, labelX: p.labelX + dx };
}

function shiftCluster(c: Cluster, dx: number): Cluster {
  const band = c.band ? { x0: c.band.x0 + dx, x1: c.band.x1 + dx } : undefined;
  return { ...c, x: c.x + dx, ...(band ? { band } : {}) };
}
