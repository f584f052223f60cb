import { timeToDay } from "../dates/isoDay.ts";
import { chooseTicks } from "./chooseTicks.ts";
import { type MonthCounts, monthStart } from "./monthCounts.ts";

/** Vertical geometry of the overview strip, px. */
export const OVERVIEW_BARS_TOP = 4;
/** Tallest bar without lanes; with lanes each lane gets a row of {@link OVERVIEW_LANE_HEIGHT}. */
export const OVERVIEW_BAR_HEIGHT = 30;
export const OVERVIEW_LANE_HEIGHT = 12;
/** Room under the bars for the year labels. */
export const OVERVIEW_AXIS_HEIGHT = 16;
/** The break in the strip's scale: two short slanted strokes across the baseline, px around the break. */
export const BREAK_PATH = "M-5,5 L-1,-5 M1,5 L5,-5";
/** Narrowest bar worth drawing, px: the bin unit coarsens until bars are at least this wide. */
const MIN_BAR_WIDTH = 4;
/** Largest share of the strip the background before the main period takes when it is long. */
const BACKGROUND_SHARE = 0.15;

/** One piece of the strip's time scale: [t0, t1) drawn over [x0, x1). */
export interface OverviewSegment {
  t0: number;
  t1: number;
  x0: number;
  x1: number;
}

/**
 * The strip's time scale: linear, or in two linear pieces when the background before the main period is long (a few
 * events decades back would otherwise squeeze the years the archive is about into a sliver). The break is drawn.
 */
export function overviewScale(
  extent: readonly [number, number],
  width: number,
  breakAt: number | null,
): OverviewSegment[] {
  const [t0, t1] = extent;
  if (breakAt === null || breakAt <= t0 || breakAt >= t1 || (breakAt - t0) / (t1 - t0) <= BACKGROUND_SHARE)
    return [{ t0, t1, x0: 0, x1: width }];
  const x = width * BACKGROUND_SHARE;
  return [
    { t0, t1: breakAt, x0: 0, x1: x },
    { t0: breakAt, t1, x0: x, x1: width },
  ];
}

/** Where a time falls on the strip, px (clamped to it). */
export function overviewX(segments: readonly OverviewSegment[], time: number): number {
  const s = segments.find((seg) => time < seg.t1) ?? (segments.at(-1) as OverviewSegment);
  const x = s.x0 + ((time - s.t0) / (s.t1 - s.t0)) * (s.x1 - s.x0);
  return Math.min(Math.max(x, 0), (segments.at(-1) as OverviewSegment).x1);
}

/** The time at a point of the strip: the inverse of {@link overviewX}. */
export function overviewTime(segments: readonly OverviewSegment[], x: number): number {
  const s = segments.find((seg) => x < seg.x1) ?? (segments.at(-1) as OverviewSegment);
  const clamped = Math.min(Math.max(x, s.x0), s.x1);
  return s.t0 + ((clamped - s.x0) / (s.x1 - s.x0)) * (s.t1 - s.t0);
}

/** A bin of the histogram and the bar that draws it. */
export interface OverviewBar {
  /** Join key: lane and first month. */
  key: string;
  /** First instant of the bin and the instant after it, ms (UTC). */
  start: number;
  end: number;
  count: number;
  /** Lane the bar belongs to ("" for the rest), or null without lanes. */
  lane: string | null;
  x: number;
  width: number;
  y: number;
  height: number;
}

/** The strip for one width: bars, year labels, the break, and its height. */
export interface OverviewLayout {
  width: number;
  height: number;
  /** y of the baseline under the bars, px: the brush spans from the top to here. */
  base: number;
  segments: OverviewSegment[];
  bars: OverviewBar[];
  ticks: { x: number; label: string }[];
  /** x of the break between background and main period, or null when the scale is linear. */
  breakX: number | null;
  /** The bin unit of each segment, for the strip's description ("by year"). */
  units: BinUnit[];
}

/** Bin sizes of the histogram, finest first. */
export type BinUnit = "month" | "quarter" | "year" | "decade";
const UNIT_MONTHS: Record<BinUnit, number> = { month: 1, quarter: 3, year: 12, decade: 120 };

/**
 * The overview strip: the counts of the kept topic lists binned by month, quarter, year or decade (the finest whose
 * bars are wide enough, chosen for each piece of the scale), one histogram, or with lanes one small histogram per lane.
 * Work is proportional to the months and topic lists, never to the events.
 */
export function layoutOverview(
  counts: MonthCounts,
  extent: readonly [number, number],
  width: number,
  options: { keep: readonly boolean[]; lanes?: readonly string[] | null; breakAt: number | null },
): OverviewLayout {
  const segments = overviewScale(extent, width, options.breakAt);
  const lanes = options.lanes ?? null;
  const laneOf = (set: number): string[] => {
    if (!lanes) return [""];
    const topics = counts.sets[set] ?? [];
    const named = lanes.filter((lane) => lane !== "" && topics.includes(lane));
    return named.length > 0 ? named : [""];
  };
  const units = segments.map(binUnit);
  const bins = new Map<string, { start: number; end: number; count: number; lane: string }>();
  for (const [month, set, count] of counts.cells) {
    if (!options.keep[set]) continue;
    const time = monthStart(month);
    const s = Math.max(
      segments.findIndex((seg) => time < seg.t1),
      0,
    );
    const segment = segments[s] as OverviewSegment;
    const step = UNIT_MONTHS[units[s] ?? "month"];
    const first = Math.floor(month / step) * step;
    // Bins stop at the break: a decade of background never reaches into the main period.
    const start = Math.max(monthStart(first), segment.t0);
    const end = Math.min(monthStart(first + step), segment.t1);
    for (const lane of laneOf(set)) {
      const key = `${lane}|${start}`;
      const bin = bins.get(key) ?? { start, end, count: 0, lane };
      bin.count += count;
      bins.set(key, bin);
    }
  }
  const laneRows = lanes ? lanes.length : 1;
  const rowHeight = lanes ? OVERVIEW_LANE_HEIGHT : OVERVIEW_BAR_HEIGHT;
  const max = new Map<string, number>();
  for (const bin of bins.values()) max.set(bin.lane, Math.max(max.get(bin.lane) ?? 0, bin.count));
  const bars: OverviewBar[] = [...bins.values()]
    .sort((a, b) => a.start - b.start || laneIndex(a.lane) - laneIndex(b.lane))
    .map((bin) => {
      const x = overviewX(segments, bin.start);
      const row = lanes ? laneIndex(bin.lane) : 0;
      // Linear heights, with a floor so a single event still shows.
      const height = Math.max(4, (bin.count / (max.get(bin.lane) ?? 1)) * (rowHeight - 2));
      const bottom = OVERVIEW_BARS_TOP + (row + 1) * rowHeight;
      return {
        key: `${bin.lane}|${bin.start}`,
        start: bin.start,
        end: bin.end,
        count: bin.count,
        lane: lanes ? bin.lane : null,
        x,
        width: Math.max(overviewX(segments, bin.end) - x - 1, 1.5),
        y: bottom - height,
        height,
      };
    });
  const ticks = segments.flatMap((segment) =>
    chooseTicks([segment.t0, segment.t1], segment.x1 - segment.x0)
      .ticks.filter((tick) => tick.x > 2)
      .map((tick) => ({ x: segment.x0 + tick.x, label: tick.label })),
  );
  const base = OVERVIEW_BARS_TOP + laneRows * rowHeight;
  return {
    width,
    height: base + OVERVIEW_AXIS_HEIGHT,
    base,
    segments,
    bars,
    ticks,
    breakX: segments.length > 1 ? (segments[0] as OverviewSegment).x1 : null,
    units,
  };

  function laneIndex(lane: string): number {
    const i = lanes?.indexOf(lane) ?? 0;
    return i === -1 ? (lanes?.length ?? 1) - 1 : i;
  }
}

/** The finest bin whose bars are at least {@link MIN_BAR_WIDTH} px wide in a segment. */
function binUnit(segment: OverviewSegment): BinUnit {
  const pxPerMonth = ((segment.x1 - segment.x0) / (segment.t1 - segment.t0)) * 30.44 * 86_400_000;
  return (
    (["month", "quarter", "year"] as const).find((unit) => UNIT_MONTHS[unit] * pxPerMonth >= MIN_BAR_WIDTH) ?? "decade"
  );
}

/** The brush: the detail view's window on the strip, never thinner than a grip. */
export function brushSpan(
  segments: readonly OverviewSegment[],
  window: readonly [number, number],
): { x: number; width: number } {
  const x0 = overviewX(segments, window[0]);
  const x1 = overviewX(segments, window[1]);
  const min = 8;
  if (x1 - x0 >= min) return { x: x0, width: x1 - x0 };
  const end = (segments.at(-1) as OverviewSegment).x1;
  const x = Math.min(Math.max((x0 + x1) / 2 - min / 2, 0), end - min);
  return { x, width: min };
}

/** Accessible name of the strip: what it counts, over which years, in which bins. */
export function describeOverview(layout: OverviewLayout, total: number): string {
  const first = layout.segments[0]?.t0 ?? 0;
  const last = layout.segments.at(-1)?.t1 ?? 0;
  const years = `${year(first)} to ${year(last - 1)}`;
  const units = [...new Set(layout.units)].join(" and ");
  return `Overview of ${total} event${total === 1 ? "" : "s"} from ${years}, counted by ${units}`;
}

function year(time: number): string {
  return timeToDay(time)
    .slice(0, 4)
    .replace(/^0+(?=\d)/, "");
}
