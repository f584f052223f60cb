import { DAY_MS, dayToTime } from "../dates/isoDay.ts";
import { MAIN_PERIOD_START } from "../dates/mainPeriod.ts";
import { layoutEvents } from "./layoutEvents.ts";
import { prepareItems } from "./prepareItems.ts";
import type { TopicSpan } from "./tiles.ts";
import type { TimelineItem } from "./types.ts";
import { clampWindow, MIN_WINDOW_MS } from "./zoomLimits.ts";

/** How a window shows its events at a width: how many it holds, draws, labels, and hides behind clusters. */
export interface WindowFit {
  inWindow: number;
  drawn: number;
  labelled: number;
  clustered: number;
}

/** Lays a window out and counts what the reader would see of its events. */
export function fitWindow(
  items: readonly TimelineItem[],
  window: readonly [number, number],
  width: number,
  rows: { rows: number; trackRows: number },
): WindowFit {
  const { placed, clusters } = layoutEvents(items, window, width, rows);
  const clustered = clusters.reduce((sum, c) => sum + c.count, 0);
  const labelled = placed.reduce((sum, p) => sum + (p.label ? 1 : 0), 0);
  return { inWindow: placed.length + clustered, drawn: placed.length, labelled, clustered };
}

/** Largest share of a default window's events that may sit behind clusters: a third, or else a half. */
const MAX_CLUSTERED_SHARES = [1 / 3, 1 / 2];
/** Each candidate window is this much wider than the one before. */
const GROWTH = 1.25;

/**
 * The window a page opens on, chosen from its events for a drawing `width` px wide: of the windows that end with the
 * latest event and start further and further back (a week, then 25% more each time, up to the whole story), the one
 * that labels the most events while clustering at most a third of them (else a half, else the fewest); the narrower one on a tie, so an empty stretch
 * is never added for nothing. News archives are a few background years and a dense present, so this opens where the
 * news is instead of on the whole span. Whole days, so the window survives the trip through the URL unchanged.
 */
export function defaultWindow(
  items: readonly TimelineItem[],
  width: number,
  rows: { rows: number; trackRows: number },
): [number, number] {
  const story = wholeStory(items);
  const main = items.filter((item) => !item.context);
  if (main.length === 0) return story;
  const { t0 } = prepareItems(items);
  let latest = Number.NEGATIVE_INFINITY;
  items.forEach((item, i) => {
    if (!item.context) latest = Math.max(latest, t0[i] ?? latest);
  });
  const end = latest + DAY_MS;
  const extent = fullExtent(items);
  const candidates: { window: [number, number]; fit: WindowFit }[] = [];
  for (let span = MIN_WINDOW_MS; span < end - story[0]; span *= GROWTH) {
    // A little room after the latest event, so its mark does not touch the edge.
    const window = clampWindow(wholeDays([end - span, end + Math.max(span * 0.04, DAY_MS)]), extent);
    candidates.push({ window, fit: fitWindow(items, window, width, rows) });
  }
  candidates.push({ window: story, fit: fitWindow(items, story, width, rows) });
  // Where no window keeps the clusters that small (many events on one day), the one that hides the smallest share.
  for (const share of MAX_CLUSTERED_SHARES) {
    let best: (typeof candidates)[number] | null = null;
    for (const c of candidates)
      if (c.fit.clustered <= c.fit.inWindow * share && c.fit.labelled > (best?.fit.labelled ?? -1)) best = c;
    if (best) return best.window;
  }
  const share = (fit: WindowFit) => fit.clustered / Math.max(fit.inWindow, 1);
  return candidates.reduce((a, b) => (share(b.fit) < share(a.fit) ? b : a)).window;
}

/** Everything from the first main-period event to the latest end, with a little air; the background stays outside. */
export function wholeStory(items: readonly TimelineItem[]): [number, number] {
  return storyOfSpan(spanOfItems(items));
}

/** {@link wholeStory} from a span worked out beforehand (the client has spans before it has the events). */
export function storyOfSpan(span: TopicSpan | null): [number, number] {
  if (!span) return extentOfSpan(null);
  const [min, max] = wholeDays(span.main ?? span.all);
  const pad = Math.max((max - min) * 0.02, DAY_MS);
  return clampWindow(wholeDays([min - pad, max + pad]), extentOfSpan(span.all));
}

/** Earliest start and latest end over every item, widened by `padding` of the span on each side (a month to four). */
export function fullExtent(items: readonly TimelineItem[], padding = 0.02): [number, number] {
  return extentOfSpan(spanOfItems(items)?.all ?? null, padding);
}

/** {@link fullExtent} from the earliest start and latest end, ms (null: no events, a year from the main period). */
export function extentOfSpan(span: readonly [number, number] | null, padding = 0.02): [number, number] {
  if (!span) return [dayToTime(MAIN_PERIOD_START), dayToTime(MAIN_PERIOD_START) + 365 * DAY_MS];
  const [min, max] = span;
  // Decades of background must not buy years of empty air at the present's end.
  const pad = padding > 0 ? Math.min(Math.max((max - min) * padding, 30 * DAY_MS), 120 * DAY_MS) : 0;
  return wholeDays([min - pad, max + pad]);
}

/** The span of a list's events and of its main-period ones, or null for none. */
function spanOfItems(items: readonly TimelineItem[]): TopicSpan | null {
  if (items.length === 0) return null;
  // Items are in start order, and the prepared ends are sorted: the extremes are at the ends of both.
  const { t0, endsSorted } = prepareItems(items);
  const all: [number, number] = [t0[0] ?? 0, endsSorted[endsSorted.length - 1] ?? 0];
  const main = items.filter((item) => !item.context);
  if (main.length === items.length) return { all, main: all };
  return { all, main: main.length > 0 ? (spanOfItems(main)?.all ?? null) : null };
}

/** A window widened to whole UTC days at both ends. */
export function wholeDays(window: readonly [number, number]): [number, number] {
  return [Math.floor(window[0] / DAY_MS) * DAY_MS, Math.ceil(window[1] / DAY_MS) * DAY_MS];
}
