import { addDays, daysInMonth, makeIsoDay } from "../dates/index.ts";
import type { Mention, Resolution } from "./mention.ts";
import { monthRange } from "./rangeOfValue.ts";
import type { TimexRange } from "./types.ts";

/** Which part of a period a hedge names. */
export type PeriodPart = "early" | "mid" | "late" | "end" | "start" | "firstHalf" | "secondHalf";

const PART =
  /(?:\b(?:the\s+)?(early|mid|late|end\s+of|beginning\s+of|start\s+of|middle\s+of|turn\s+of|first\s+half\s+of|second\s+half\s+of|latter\s+half\s+of|last\s+half\s+of)(?:\s+(?:the\s+)?|-)|\bmid-?)$/i;

// Only periods longer than a day have parts worth naming: months, seasons, years, decades, "the year", "this week".
const PERIOD_WORDS =
  /^(?:\d{4}|\d{3}0s|the\s|this\s|next\s|last\s|['’]\d0s|(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)(?:\s+\d{4})?$|spring|summer|fall|autumn|winter)/i;

/** Wraps a month, season, year or decade mention preceded by a hedge ("mid-March", "early 2024", "the end of January") into one wider mention with a narrower, approximate range. The TIMEX3 value stays the period's own. */
export function attachPeriodParts(text: string, mentions: Mention[]): Mention[] {
  const out = [...mentions];
  for (const inner of mentions) {
    if (inner.type !== "DATE" || !PERIOD_WORDS.test(text.slice(inner.start, inner.end))) continue;
    const before = text.slice(Math.max(0, inner.start - 30), inner.start);
    const m = PART.exec(before);
    if (!m) continue;
    const part = partOf((m[1] ?? "mid").toLowerCase().replace(/\s+/g, " "));
    out.push({
      start: inner.start - m[0].length,
      end: inner.end,
      type: "DATE",
      priority: 2,
      deferred: inner.deferred,
      resolve: (ctx) => {
        const r = inner.resolve(ctx);
        return r ? narrow(r, part) : null;
      },
    });
  }
  return out;
}

function partOf(word: string): PeriodPart {
  if (word === "early" || word === "beginning of" || word === "start of") return word === "early" ? "early" : "start";
  if (word === "late") return "late";
  if (word === "end of" || word === "turn of") return "end";
  if (word === "first half of") return "firstHalf";
  if (/half of$/.test(word)) return "secondHalf";
  return "mid";
}

/** A resolution restricted to a part of its range; halves of a year become H1/H2 values. */
export function narrow(resolution: Resolution, part: PeriodPart): Resolution {
  const range = resolution.range;
  if (!range) return resolution;
  if ((part === "firstHalf" || part === "secondHalf") && range.precision === "year") {
    const value = `${range.start.slice(0, 4)}-H${part === "firstHalf" ? 1 : 2}`;
    const year = Number(range.start.slice(0, 4));
    return {
      ...resolution,
      value,
      range: monthRange(year, part === "firstHalf" ? 1 : 7, part === "firstHalf" ? 6 : 12, "half", false),
    };
  }
  return { ...resolution, range: partOfRange(range, part) };
}

/** The days of a range that a hedge names: thirds for early/mid/late, the last ~10 days of a month for "the end of". */
export function partOfRange(range: TimexRange, part: PeriodPart): TimexRange {
  const { start, end, precision } = range;
  const year = Number(start.slice(0, 4));
  if (precision === "month") {
    const month = Number(start.slice(5, 7));
    const last = daysInMonth(year, month);
    const day = (d: number) => makeIsoDay(year, month, d) as string;
    const [from, to] = {
      early: [1, 10],
      start: [1, 10],
      mid: [11, 20],
      late: [21, last],
      end: [21, last],
      firstHalf: [1, 15],
      secondHalf: [16, last],
    }[part];
    return { start: day(from as number), end: day(to as number), precision, approximate: true };
  }
  if (precision === "year") {
    const [from, to] = {
      early: [1, 4],
      start: [1, 2],
      mid: [5, 8],
      late: [9, 12],
      end: [11, 12],
      firstHalf: [1, 6],
      secondHalf: [7, 12],
    }[part];
    return { ...monthRange(year, from as number, to as number, precision, true) };
  }
  if (precision === "decade" || precision === "century") {
    const span = precision === "decade" ? 10 : 100;
    const third = span / 10;
    const [from, to] = {
      early: [0, 3 * third - 1],
      start: [0, 2 * third - 1],
      mid: [3 * third, 7 * third - 1],
      late: [7 * third, span - 1],
      end: [8 * third, span - 1],
      firstHalf: [0, span / 2 - 1],
      secondHalf: [span / 2, span - 1],
    }[part];
    return {
      start: `${year + (from as number)}-01-01`,
      end: `${year + (to as number)}-12-31`,
      precision,
      approximate: true,
    };
  }
  // Weeks, seasons, quarters: split the days into thirds.
  const days = Math.round((Date.parse(end) - Date.parse(start)) / 86_400_000) + 1;
  const third = Math.max(1, Math.floor(days / 3));
  const offsets = {
    early: [0, third - 1],
    start: [0, third - 1],
    mid: [third, 2 * third - 1],
    late: [days - third, days - 1],
    end: [days - third, days - 1],
    firstHalf: [0, Math.floor(days / 2) - 1],
    secondHalf: [Math.floor(days / 2), days - 1],
  }[part];
  return {
    start: addDays(start, offsets[0] as number),
    end: addDays(start, offsets[1] as number),
    precision,
    approximate: true,
  };
}
