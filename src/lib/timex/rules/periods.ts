import {
  addDays,
  endOfMonth,
  endOfWeek,
  isoWeekValue,
  startOfMonth,
  startOfWeek,
  weekdayOf,
} from "../../dates/index.ts";
import { dayBeforeInSentence } from "../anchor.ts";
import { PERIOD_MODIFIERS, PERIOD_UNITS, RELATIVE_HEDGES, STRETCH_MODIFIERS } from "../lexicon.ts";
import type { Resolution, ResolveContext } from "../mention.ts";
import { behind, cap, group, look, opt, raw, seq, tight, words } from "../pattern.ts";
import { narrow, partOfRange } from "../periodParts.ts";
import { type PeriodUnit, periodValue, shiftDay, shiftValue } from "../periodValues.ts";
import { findPreceding } from "../precedingTimexes.ts";
import { rangeOfValue } from "../rangeOfValue.ts";
import { fromValue, wordBefore } from "../resolveHelpers.ts";
import type { Rule } from "../rule.ts";
import { countOf, HEDGED_COUNT } from "../slots.ts";
import { periodUnit } from "../values.ts";

// Periods named from the publication: "last week", "earlier this week", "later in the week", "next year",
// "this weekend", "two years ago", "the past year", "the week", "year-end".

const PERIOD_UNIT = cap("unit", words(PERIOD_UNITS.filter((u) => u !== "day")));

/** Periods named from the publication, in the order the recogniser tries them. */
export const PERIOD_RULES: readonly Rule[] = [
  {
    name: "relative-period",
    pattern: seq(
      opt(cap("hedge", words(RELATIVE_HEDGES))),
      behind("the"),
      cap("which", words(Object.keys(PERIOD_MODIFIERS))),
      opt("fiscal"),
      PERIOD_UNIT,
    ),
    type: "DATE",
    priority: 1,
    examples: [
      ["Sales will rise in [the current fiscal year].", "1989-10-26", "1989"],
      ["The deal collapsed [last week].", "2025-07-13", "2025-W27"],
      ["[Earlier this week], the envoy met him.", "2025-07-13", "2025-W28", { range: ["2025-07-07", "2025-07-12"] }],
      ["Talks resume [later this week].", "2025-07-09", "2025-W28", { range: ["2025-07-10", "2025-07-13"] }],
      ["Prices rose [last month].", "2025-07-13", "2025-06"],
      ["Elections are due [next year].", "2025-07-13", "2026"],
      ["It rained [early next week].", "2000-01-07", "2000-W02", { range: ["2000-01-10", "2000-01-11"] }],
    ],
    // "This Week" in title case is a programme's name.
    accept: (m) => !/^This Week$/.test(m[0]),
    normalise: (m, ctx) =>
      periodFromReference(
        ctx,
        periodUnit(group(m, "unit")) as PeriodUnit,
        PERIOD_MODIFIERS[group(m, "which").toLowerCase().replace(/\s+/g, " ")] ?? 0,
        group(m, "hedge").toLowerCase(),
      ),
  },
  {
    name: "hedged-period",
    pattern: seq(cap("hedge", words(["earlier", "later"])), "in the", PERIOD_UNIT),
    type: "DATE",
    priority: 1,
    examples: [
      ["The envoy returns [later in the week].", "2025-07-09", "2025-W28", { range: ["2025-07-10", "2025-07-13"] }],
      ["Talks broke down [earlier in the month].", "2025-07-09", "2025-07", { range: ["2025-07-01", "2025-07-08"] }],
      [
        "Talks will begin at their meeting Monday, and he will call Egypt [later in the week].",
        "2025-02-01",
        "2025-W06",
        { range: ["2025-02-04", "2025-02-09"] },
      ],
    ],
    // "in the week" is the week the story is at: the day told before it in its sentence, else the story day.
    normalise: (m, ctx) =>
      periodFromReference(
        ctx,
        periodUnit(group(m, "unit")) as PeriodUnit,
        0,
        group(m, "hedge").toLowerCase(),
        dayBeforeInSentence(ctx, m.index) ?? ctx.storyDay,
      ),
  },
  {
    name: "stretch",
    pattern: seq(behind("the", true), cap("which", words(Object.keys(STRETCH_MODIFIERS))), PERIOD_UNIT),
    type: "DURATION",
    priority: 1,
    examples: [
      ["Prices doubled over [the past decade].", "2025-05-12", "P10Y"],
      // TimeBank writes "the past year" as the calendar year it mostly covers, with the twelve months as range.
      ["Prices doubled over [the past year].", "2025-05-12", "2024", { range: ["2024-05-12", "2025-05-12"] }],
    ],
    normalise: (m, ctx) => {
      const unit = periodUnit(group(m, "unit")) as PeriodUnit;
      const direction = STRETCH_MODIFIERS[group(m, "which").toLowerCase().replace(/\s+/g, " ")] ?? -1;
      const asYear = unit === "year";
      const duration = `P${{ day: "1D", week: "1W", month: "1M", quarter: "3M", year: "1Y", decade: "10Y", century: "100Y" }[unit]}`;
      const type = asYear ? "DATE" : "DURATION";
      if (!ctx.reference) return { value: asYear ? "XXXX" : duration, range: null, basis: "relative", type };
      const other = shiftDay(ctx.reference, unit, direction);
      const [start, end] = direction < 0 ? [other, ctx.reference] : [ctx.reference, other];
      return {
        value: asYear ? other.slice(0, 4) : duration,
        range: { start, end, precision: unit, approximate: true },
        basis: "relative",
        type,
      };
    },
  },
  {
    name: "weekend",
    pattern: seq(cap("which", words(["last", "this", "next", "this past", "this coming"])), "weekend"),
    type: "DATE",
    priority: 1,
    examples: [
      ["Protests are planned [this weekend].", "2025-07-09", "2025-W28-WE"],
      ["Fighting eased [last weekend].", "2025-07-09", "2025-W27-WE"],
    ],
    normalise: (m, ctx) => {
      if (!ctx.reference) return { value: "XXXX-WXX-WE", range: null, basis: "relative" };
      // Weekends count by ISO week: "this weekend" closes the reference's week, "last weekend" the week before.
      const which = group(m, "which").toLowerCase().replace(/\s+/g, " ");
      const shift = PERIOD_MODIFIERS[which] ?? 0;
      const saturday = addDays(startOfWeek(ctx.reference), 5 + 7 * shift);
      return fromValue(`${isoWeekValue(saturday)}-WE`, "relative");
    },
  },
  {
    name: "ago",
    pattern: seq(HEDGED_COUNT, "ago"),
    type: "DATE",
    priority: 1,
    examples: [
      ["The war began [two years ago].", "2025-07-13", "2023", { range: ["2023-01-01", "2023-12-31"] }],
      ["The ship sank [three months ago].", "2025-07-13", "2025-04"],
      ["The offensive began [two weeks ago].", "2019-04-17", "2019-W14", { range: ["2019-04-03", "2019-04-03"] }],
      ["He left [two and a half years ago].", "2025-07-13", "2023-01"],
      ["The siege began [a year ago].", "2025-07-13", "2024", { range: ["2024-07-01", "2024-07-31"] }],
      ["It opened [10 days ago].", "1998-03-22", "1998-03-12"],
      ["Israel was founded exactly [70 years ago].", "2018-05-14", "1948-05-14"],
      ["The siege began [a year ago] to the day.", "2025-07-13", "2024-07-13"],
      ["Profit was $4 million in the third quarter of 1988, up from $3 million [a year ago].", "1989-11-02", "1988"],
    ],
    normalise: (m, ctx) => {
      const unit = periodUnit(group(m, "unit"));
      const count = countOf(m);
      if (count === null) return { value: "PAST_REF", range: null, basis: "relative" };
      if (!unit) return null;
      if (!ctx.reference) return { value: placeholder(unit), range: null, basis: "relative" };
      // In earnings reports "a year ago" means the same quarter a year before the one being discussed.
      if (unit === "year" && count === 1) {
        const quarter = findPreceding(ctx.resolved, m.index, /^\d{4}-Q\d$/, 600);
        // A quarter before the report's year is one already counted back ("a year ago" said twice), not the one discussed.
        const current = quarter && quarter.value.slice(0, 4) >= ctx.reference.slice(0, 4) ? quarter : null;
        const value = current ? shiftValue(current.value, "year", -1) : null;
        if (value) return fromValue(value, "relative");
      }
      // Half a year counts in months: "two and a half years ago" is a month, 30 months back.
      if (unit === "year" && !Number.isInteger(count)) {
        const month = shiftByCount(ctx.reference, "month", -Math.round(count * 12));
        return fromValue(periodValue(month, "month"), "relative", true);
      }
      // "exactly 70 years ago", "a year ago to the day": that very day.
      const end = m.index + m[0].length;
      const exact =
        /\bexactly\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 9), m.index)) ||
        /^,?\s+to the day\b/i.test(ctx.text.slice(end, end + 16));
      if (exact && Number.isInteger(count)) return fromValue(shiftDay(ctx.reference, unit, -count), "relative");
      // "A year ago" is this time last year: TimeML's value is the year, but the range is the month, approximate.
      if (unit === "year" && count === 1) {
        const month = rangeOfValue(periodValue(shiftDay(ctx.reference, "year", -1), "month"), true);
        return { value: String(Number(ctx.reference.slice(0, 4)) - 1), range: month, basis: "relative" };
      }
      // "two weeks ago" is about the fourteenth day back: the week is its value, the day its range, approximate.
      if (unit === "week" && Number.isInteger(count)) {
        const day = shiftDay(ctx.reference, "day", -7 * count);
        return { value: periodValue(day, "week"), range: rangeOfValue(day, true), basis: "relative" };
      }
      // The grain is the unit ("three months ago" is a month), and the count is loose, so the range is approximate.
      const day = shiftByCount(ctx.reference, unit, -count);
      return fromValue(periodValue(day, unit), "relative", true);
    },
  },
  {
    name: "the-year",
    pattern: seq(
      behind("the", true),
      opt(cap("kind", words(["fiscal", "full", "calendar"]))),
      "year",
      look("(?![-\\s](?:before|earlier|ago|two thousand|after))"),
    ),
    type: "DATE",
    examples: [
      ["For [the year], volume was flat.", "1989-11-02", "1989"],
      ["For [the year] ended Sept. 30, it earned more.", "1989-11-02", "P1Y"],
    ],
    normalise: (m, ctx) => {
      // "the year ended Sept. 30" is a fiscal stretch; "for the year" names the current one.
      const end = m.index + m[0].length;
      const stretch =
        /^\s+(ended|ending|to|through)\b/.test(ctx.text.slice(end, end + 12)) ||
        group(m, "kind").toLowerCase() === "fiscal";
      if (stretch) return { value: "P1Y", range: null, basis: "relative", type: "DURATION" };
      return ctx.reference
        ? fromValue(ctx.reference.slice(0, 4), "relative")
        : { value: "XXXX", range: null, basis: "relative" };
    },
  },
  {
    name: "the-week",
    pattern: seq(
      behind("the", true),
      cap("noun", words(["week", "weekend", "month"])),
      look("(?!-|\\s+(?:before|after|of|earlier|ago))"),
    ),
    type: "DATE",
    examples: [
      ["Talks went on over [the weekend].", "1989-10-30", "1989-W43-WE"],
      ["They will meet over [the weekend].", "2025-07-09", "2025-W28-WE"],
      ["Stocks fell during [the week].", "1989-11-02", "1989-W44"],
    ],
    normalise: (m, ctx) => {
      const noun = group(m, "noun").toLowerCase();
      if (!ctx.reference)
        return {
          value: noun === "weekend" ? "XXXX-WXX-WE" : noun === "month" ? "XXXX-XX" : "XXXX-WXX",
          range: null,
          basis: "relative",
        };
      if (noun === "month") return fromValue(ctx.reference.slice(0, 7), "relative");
      if (noun === "week") return fromValue(isoWeekValue(ctx.reference), "relative");
      // News on a weekday means the weekend just gone, unless the clause looks ahead.
      const weekday = weekdayOf(ctx.reference);
      const saturday =
        weekday >= 6 || ctx.tense === "future"
          ? addDays(ctx.reference, 6 - weekday)
          : addDays(ctx.reference, -weekday - 1);
      return fromValue(`${isoWeekValue(saturday)}-WE`, "relative");
    },
  },
  {
    name: "year-end",
    pattern: tight("year", raw("(?:-end|\\s+end|['’]s\\s+end)\\b", null)),
    type: "DATE",
    examples: [["Rates should ease by [year-end].", "1989-11-02", "1989", { range: ["1989-11-01", "1989-12-31"] }]],
    // TimeML writes the end of a year as the year (with mod END); the range is its last two months.
    normalise: (m, ctx) => {
      if (!ctx.reference) return { value: "XXXX", range: null, basis: "relative" };
      // "by year-end" is this year's; "since year-end" the one just past.
      const since = wordBefore(ctx.text, m.index) === "since";
      const year = fromValue(String(Number(ctx.reference.slice(0, 4)) - (since ? 1 : 0)), "relative");
      return narrow(year, "end");
    },
  },
];

/**
 * The period of `unit` `shift` periods from the publication (or from `told`, a day the story is at), narrowed by a
 * hedge ("earlier this week").
 */
function periodFromReference(
  ctx: ResolveContext,
  unit: PeriodUnit,
  shift: number,
  hedge: string,
  told: string | null = null,
): Resolution {
  const from = told ?? ctx.reference;
  const basis = told ? "anchored" : "relative";
  if (!from) return { value: placeholder(unit), range: null, basis };
  const value = periodValue(shiftDay(from, unit, shift), unit);
  const range = rangeOfValue(value);
  if (!range) return { value, range, basis };
  // "earlier this week" is the week up to the day before the report; "later this week" the rest of it.
  if (shift === 0 && (unit === "week" || unit === "month") && (hedge === "earlier" || hedge === "later")) {
    const first = unit === "week" ? startOfWeek(from) : startOfMonth(from);
    const last = unit === "week" ? endOfWeek(from) : endOfMonth(from);
    const [start, end] =
      hedge === "earlier"
        ? [first, clampAfter(addDays(from, -1), first)]
        : [clampBefore(addDays(from, 1), last, from), last];
    return { value, range: { ...range, start, end, approximate: true }, basis };
  }
  if (hedge === "early" || hedge === "late") return { value, range: partOfRange(range, hedge), basis };
  if (hedge) return { value, range: { ...range, approximate: true }, basis };
  return { value, range, basis };
}

// "Earlier this week" written on a Monday still names that Monday.
function clampAfter(day: string, floor: string): string {
  return day < floor ? floor : day;
}

// "Later this week" written on a Sunday still names that Sunday.
function clampBefore(day: string, ceiling: string, fallback: string): string {
  return day > ceiling ? fallback : day;
}

/** A day moved by a count of units that may hold a fraction ("two and a half years" is thirty months). */
export function shiftByCount(day: string, unit: PeriodUnit, count: number): string {
  if (Number.isInteger(count)) return shiftDay(day, unit, count);
  if (unit === "year") return shiftDay(day, "month", Math.round(count * 12));
  if (unit === "decade") return shiftDay(day, "month", Math.round(count * 120));
  if (unit === "quarter") return shiftDay(day, "month", Math.round(count * 3));
  if (unit === "month") return shiftDay(day, "day", Math.round(count * 30));
  if (unit === "week") return shiftDay(day, "day", Math.round(count * 7));
  return shiftDay(day, unit, Math.round(count));
}

/** The TIMEX3 value of a period of `unit` whose place is unknown. */
export function placeholder(unit: PeriodUnit): string {
  return {
    day: "XXXX-XX-XX",
    week: "XXXX-WXX",
    month: "XXXX-XX",
    quarter: "XXXX-QX",
    year: "XXXX",
    decade: "XXX",
    century: "XX",
  }[unit];
}
