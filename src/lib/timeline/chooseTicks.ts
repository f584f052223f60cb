import { type TimeInterval, utcDay, utcMonday, utcMonth, utcYear } from "d3-time";
import { formatUtc } from "../dates/formatUtc.ts";
import type { Tick, TickUnit } from "./types.ts";

interface Level {
  unit: TickUnit;
  interval: TimeInterval | null;
  /** Typical length of one step, ms: decides whether labels fit. */
  step: number;
  /** Pixels a label of this level needs between ticks. */
  minSpacing: number;
  label: (date: Date) => string;
}

const DAY = 86_400_000;
/** Width of one tick-label character at the axis font, px (generous). */
const TICK_CHAR_WIDTH = 7;

// Finest first: the axis uses the finest level whose labels do not crowd each other.
const LEVELS: Level[] = [
  {
    unit: "day",
    interval: utcDay,
    step: DAY,
    minSpacing: 52,
    label: (d) => fmt(d, { day: "numeric", month: "short" }),
  },
  // Every second day keeps a phone's ten-day window labelled before it falls back to weeks.
  {
    unit: "day",
    interval: utcDay.every(2),
    step: 2 * DAY,
    minSpacing: 52,
    label: (d) => fmt(d, { day: "numeric", month: "short" }),
  },
  {
    unit: "week",
    interval: utcMonday,
    step: 7 * DAY,
    minSpacing: 52,
    label: (d) => fmt(d, { day: "numeric", month: "short" }),
  },
  {
    unit: "month",
    interval: utcMonth,
    step: 30.44 * DAY,
    minSpacing: 40,
    label: (d) => (d.getUTCMonth() === 0 ? year(d) : fmt(d, { month: "short" })),
  },
  {
    unit: "quarter",
    interval: utcMonth.every(3),
    step: 91.3 * DAY,
    minSpacing: 40,
    label: (d) => (d.getUTCMonth() === 0 ? year(d) : fmt(d, { month: "short" })),
  },
  { unit: "year", interval: utcYear, step: 365.25 * DAY, minSpacing: 44, label: (d) => year(d) },
  // Every second and fifth year keep a phone-width axis readable before it falls back to decades.
  { unit: "year", interval: utcYear.every(2), step: 730.5 * DAY, minSpacing: 44, label: (d) => year(d) },
  { unit: "year", interval: utcYear.every(5), step: 1826.25 * DAY, minSpacing: 44, label: (d) => year(d) },
  { unit: "decade", interval: utcYear.every(10), step: 3652.5 * DAY, minSpacing: 52, label: (d) => `${year(d)}s` },
  { unit: "century", interval: utcYear.every(100), step: 36525 * DAY, minSpacing: 56, label: (d) => `${year(d)}s` },
];

/**
 * Ticks for a time domain drawn `width` px wide: the finest calendar unit whose labels fit,
 * so the axis moves from decades to years, months and days as the view zooms in.
 */
export function chooseTicks(domain: readonly [number, number], width: number): { unit: TickUnit; ticks: Tick[] } {
  const [from, to] = domain;
  const pxPerMs = width / Math.max(to - from, 1);
  const level = LEVELS.find((l) => l.step * pxPerMs >= l.minSpacing) ?? (LEVELS.at(-1) as Level);
  const dates = level.interval ? level.interval.range(new Date(from), new Date(to)) : [];
  const ticks = dates
    .map((date) => {
      const time = date.getTime();
      return { time, x: (time - from) * pxPerMs, label: level.label(date) };
    })
    // A label that would run past the right edge is dropped rather than drawn cut in half.
    .filter((tick) => tick.x + 4 + tick.label.length * TICK_CHAR_WIDTH <= width);
  return { unit: level.unit, ticks };
}

function fmt(date: Date, options: Intl.DateTimeFormatOptions): string {
  return formatUtc(date.getTime(), options);
}

/** The year as digits, without Intl's era quirks for early years. */
function year(date: Date): string {
  return String(date.getUTCFullYear());
}
