import { addDays, makeIsoDay, readIsoDay, weekdayOf } from "../../dates/index.ts";
import { type Anchor, anchorDay, findAnchor, STORY_REACH } from "../anchor.ts";
import { DAY_PARTS, IRREGULAR_PAST, LIMIT_WORDS, PERIOD_UNITS, PREPOSITIONS, SHIFT_DIRECTIONS } from "../lexicon.ts";
import type { Resolution, ResolveContext } from "../mention.ts";
import { alt, behind, cap, group, groupStart, look, opt, seq, tight, words } from "../pattern.ts";
import { type PeriodUnit, periodValue, shiftDay, shiftValue } from "../periodValues.ts";
import { findPreceding } from "../precedingTimexes.ts";
import { rangeOfValue } from "../rangeOfValue.ts";
import { wordAfter, wordBefore } from "../resolveHelpers.ts";
import type { Rule } from "../rule.ts";
import { countOf, DAY_NUMBER, HEDGED_COUNT, isCountWord, WEEKDAY } from "../slots.ts";
import type { TimexRange } from "../types.ts";
import { dayPartCode, durationValue, periodUnit, unitOf, weekdayNumber } from "../values.ts";
import { withPart } from "./days.ts";
import { shiftByCount } from "./periods.ts";

// Expressions counted from another date, as TimeML anchors them: "a day after the attack on Oct. 7, 2023",
// "two days later", "hours later", "the next day", "the following week", "that evening", "earlier that year",
// "the previous Friday", "the year-earlier quarter". The anchor is a date in the text, else the story day.

const DATE_SHIFTS = Object.keys(SHIFT_DIRECTIONS).filter((w) => !SHIFT_DIRECTIONS[w]?.signal);
const SIGNAL_SHIFTS = Object.keys(SHIFT_DIRECTIONS).filter((w) => SHIFT_DIRECTIONS[w]?.signal);
const AFTER_DAY = new Set(PREPOSITIONS);
const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;
const STORY_NOUNS = [...PERIOD_UNITS, ...Object.keys(DAY_PARTS), "weekend"];
// Periods of an earnings report a year-earlier figure belongs to, and stretches it measures, in months.
const YEAR_EARLIER_PERIODS = [
  "period",
  "quarter",
  "first quarter",
  "second quarter",
  "third quarter",
  "fourth quarter",
];
const YEAR_EARLIER_STRETCHES: Readonly<Record<string, number>> = {
  "nine months": 9,
  "six months": 6,
  "three months": 3,
};

/** Anchored expressions, in the order the recogniser tries them; all wait until the dates they lean on are known. */
export const ANCHORED_RULES: readonly Rule[] = [
  {
    name: "counted-earlier",
    pattern: seq(HEDGED_COUNT, cap("direction", words(DATE_SHIFTS))),
    type: "DATE",
    deferred: true,
    priority: 1,
    examples: [
      ["Profit rose to $5 million from $4 million [a year earlier].", "1989-11-02", "1988"],
      ["Profit rose in the third quarter from a loss [a year earlier].", "1989-10-26", "1988-Q3"],
    ],
    normalise: (m, ctx) => landing(m, ctx),
  },
  {
    name: "counted-offset",
    pattern: seq(HEDGED_COUNT, cap("direction", words(SIGNAL_SHIFTS))),
    type: "DURATION",
    deferred: true,
    priority: 1,
    examples: [
      [
        "Hezbollah opened fire [a day] after the attack on Oct. 7, 2023.",
        "2025-07-13",
        "P1D",
        { range: ["2023-10-08", "2023-10-08"] },
      ],
      [
        "The vote was on June 3, 2024. [Two days] later, the cabinet fell.",
        "2025-07-13",
        "P2D",
        { range: ["2024-06-05", "2024-06-05"] },
      ],
      [
        "[Two days] later, the cabinet fell.",
        "2025-07-13",
        "P2D",
        { storyDay: "2024-06-03", range: ["2024-06-05", "2024-06-05"] },
      ],
      [
        "The talks resumed on Monday, [two days] after the bombing.",
        "2025-07-09",
        "P2D",
        { range: ["2025-07-07", "2025-07-07"] },
      ],
      [
        "[A month] after the siege began, the city fell.",
        "2025-07-13",
        "P1M",
        { storyDay: "2024-03-03", range: ["2024-04-01", "2024-04-30"] },
      ],
      ["It took [a minute and a half] later to clear.", "2025-07-13", "PT1M30S"],
    ],
    // The counted words are the expression; the signal after them stays outside, as TimeML marks it.
    accept: (m, text) => {
      let end = groupStart(m, "direction");
      while (/\s/.test(text[end - 1] ?? "")) end--;
      return { start: m.index, end };
    },
    normalise: (m, ctx) => {
      const point = landing(m, ctx);
      const value = durationValue(countOf(m), group(m, "unit"));
      // The range is the day or period the count lands on, so the timeline can place what happened then.
      return point && value ? { value, range: point.range, basis: point.basis, type: "DURATION" } : null;
    },
  },
  {
    name: "vague-shift",
    pattern: seq(
      cap("unit", words(["moments", "minutes", "hours", "days", "weeks", "months", "years"])),
      words(["later", "earlier", "afterward", "afterwards"]),
    ),
    type: "DURATION",
    deferred: true,
    examples: [
      ["The strike hit on June 3, 2024. [Hours later], rockets were fired.", "2025-07-13", "2024-06-03"],
      ["[Hours later], rockets were fired.", "2025-07-13", "2025-07-13"],
      ["[Hours later], rockets were fired.", "2025-07-13", "2024-06-03", { storyDay: "2024-06-03" }],
      ["[Weeks later], the talks collapsed.", "2025-07-13", "PXW"],
      ["The crash was confirmed on Monday. [Moments earlier], an official spoke.", "2024-05-21", "2024-05-20"],
    ],
    // "two days later" is a counted shift; only uncounted units are vague.
    accept: (m, text) => !isCountWord(wordBefore(text, m.index)),
    normalise: (m, ctx) => {
      // "moments earlier" is minutes before.
      const unit = unitOf(group(m, "unit").toLowerCase() === "moments" ? "minutes" : group(m, "unit"));
      if (!unit) return null;
      if (!unit.clock) return { value: `PX${unit.letter}`, range: null, basis: "anchored" };
      // "hours later" stays on the day of the event just told.
      const anchor = findAnchor(ctx, m.index);
      return anchor ? { ...onAnchorDay(anchor), type: "DATE" } : null;
    },
  },
  {
    name: "next-day",
    pattern: alt(
      seq(
        behind("the", true),
        cap("which", words(["following", "previous", "preceding", "next"])),
        cap("noun", words([...STORY_NOUNS])),
      ),
      seq(behind("the", true), cap("day", "day"), cap("side", words(["before", "after"]))),
    ),
    type: "DATE",
    deferred: true,
    examples: [
      ["Farkas was promoted on May 22, 1995, and [the following year] he moved.", "2000-04-18", "1996"],
      ["The vote was on June 3, 1996; [the previous week] was calm.", "2000-04-18", "1996-W22"],
      ["He was arrested on Feb. 22, 2000. He appeared in court [the next morning].", "2000-04-18", "2000-02-23TMO"],
      ["[The next day], the army withdrew.", "2025-07-13", "2024-06-04", { storyDay: "2024-06-03" }],
      ["The vote was on June 3, 2024. On [the day] after, the cabinet fell.", "2025-07-13", "2024-06-04"],
      ["Trading slumped on Oct. 12, [the day] before the crash.", "1989-10-30", "1989-10-12"],
    ],
    accept: (m, _text, start) => {
      // "the day before the crash": "the day" is the expression and "before" a signal, as TimeML marks it.
      if (group(m, "day")) return { start, end: m.index + group(m, "day").length };
      // "the next week/month/year" counts from the publication (relative-period); days and parts of days from the story.
      const which = group(m, "which").toLowerCase().replace(/\s+/g, " ");
      return !(which === "next" && periodUnit(group(m, "noun")) && group(m, "noun").toLowerCase() !== "day");
    },
    normalise: (m, ctx) => {
      const words = m[0].toLowerCase();
      const direction = /previous|preceding|before/.test(words) ? -1 : 1;
      const noun = group(m, "noun").toLowerCase();
      const unit: PeriodUnit = periodUnit(noun) ?? "day";
      const anchor = findAnchor(ctx, m.index, {
        ahead: Boolean(group(m, "side")),
        apposition: Boolean(group(m, "side")),
      });
      if (!anchor) return null;
      if (anchor.apposed) return { value: anchor.value, range: anchor.range, basis: anchor.basis };
      const day = shiftDay(anchor.range.start, unit, direction);
      const value = periodValue(day, unit);
      return withPartIf({ value, range: rangeOfValue(value), basis: anchor.basis }, day, dayPartCode(noun));
    },
  },
  {
    name: "that-period",
    pattern: seq(
      opt(cap("hedge", words(["earlier", "later"]))),
      alt("that", seq(behind("the", true), "same"), cap("inThe", alt("in the", seq("by", opt("the"))))),
      cap("noun", words(STORY_NOUNS)),
    ),
    type: "DATE",
    deferred: true,
    examples: [
      ["He was shot on Oct. 23, 1998. [Earlier that day], police had left.", "1999-10-24", "1998-10-23"],
      ["Fighting broke out in March 2013, and [later that year] the army withdrew.", "2025-07-13", "2013"],
      ["Protesters gathered [that evening].", "2025-07-13", "2024-06-03TEV", { storyDay: "2024-06-03" }],
      ["Crowds marched on Sunday. [Earlier in the day], a dispute broke out.", "2019-10-21", "2019-10-20"],
      ["Crowds marched on Sunday. In [the afternoon], a singer sang.", "2019-10-21", "2019-10-20TAF"],
      ["Gunmen opened fire on Thursday. By [evening], calm had fallen.", "2021-10-14", "2021-10-14TEV"],
    ],
    // "in the day" needs its hedge ("later in the day") and a part of the day opens its sentence ("In the afternoon,
    // …"): "shops open in the morning" is a habit. "later in the week" is a hedged period.
    // Without a hedge, "in" or "by" is a signal, outside the expression as TimeML marks it ("By [evening], …").
    accept: (m, text, start) => {
      if (!group(m, "inThe")) return true;
      // "mid afternoon" is the hedged part of a day's (rules/clock.ts), which finds the day the same way.
      const noun = group(m, "noun").toLowerCase();
      if ((noun !== "day" && dayPartCode(noun) === undefined) || noun.startsWith("mid")) return false;
      if (group(m, "hedge") !== "") return true;
      const opensSentence = /(?:^|[.!?]["”’]?\s+|\n)$/.test(text.slice(Math.max(0, start - 4), start));
      if (!opensSentence || !/^,/.test(text.slice(m.index + m[0].length))) return false;
      const signal = /^(?:in|by)\s+/i.exec(m[0]) as RegExpExecArray;
      return { start: m.index + signal[0].length, end: m.index + m[0].length };
    },
    // "that day will come" looks ahead without a date: only a date told just before, or the story day, anchors it.
    // "In the afternoon," and "By evening," fall back to the publication day.
    normalise: (m, ctx) => {
      const noun = group(m, "noun").toLowerCase();
      const unit: PeriodUnit = periodUnit(noun) ?? "day";
      const found = findAnchor(ctx, m.index, { within: STORY_REACH });
      // "In the afternoon," with no day told before it is the report's afternoon, as "this afternoon".
      const anchor = found?.basis === "relative" && !group(m, "inThe") ? null : found;
      if (!anchor) return null;
      const day = anchorDay(anchor);
      const value = periodValue(day, unit);
      const range = rangeOfValue(value) as TimexRange;
      // "earlier that year" is the part of the year before the day just told; "later that month" the part after it.
      const hedge = group(m, "hedge").toLowerCase();
      const narrowed =
        hedge === "earlier"
          ? { ...range, end: day > range.start ? addDays(day, -1) : day, approximate: true }
          : hedge === "later"
            ? { ...range, start: day < range.end ? addDays(day, 1) : day, approximate: true }
            : range;
      return withPartIf({ value, range: narrowed, basis: anchor.basis }, day, dayPartCode(noun));
    },
  },
  {
    name: "coordinated-day",
    pattern: tight(look("(?<=\\d(?:st|nd|rd|th)?\\s+(?:and|or|to)\\s+)"), cap("day", DAY_NUMBER)),
    type: "DATE",
    deferred: true,
    examples: [
      ["The summit is on April 24 and [25].", "1999-02-10", "1999-04-25"],
      ["Talks were held on Oct. 3 or [4], in Geneva.", "2025-07-13", "2024-10-04"],
    ],
    // A bare number after "April 24 and" is another day of that month, unless a noun follows ("24 and 25 people").
    accept: (m, text) => {
      const end = m.index + m[0].length;
      const next = text.slice(end).trimStart();
      return next === "" || /^[.,;:)'"”’]/.test(next) || AFTER_DAY.has(wordAfter(text, end).toLowerCase());
    },
    normalise: (m, ctx) => {
      const told = findPreceding(ctx.resolved, m.index, FULL_DAY, 12);
      const first = told ? readIsoDay(told.value) : null;
      const day = Number.parseInt(group(m, "day"), 10);
      if (!told || !first || day <= first.day) return null;
      const value = makeIsoDay(first.year, first.month, day);
      return value ? { value, range: rangeOfValue(value), basis: told.basis } : null;
    },
  },
  {
    name: "limit-then",
    pattern: tight(look(`(?<=\\b(?:${LIMIT_WORDS.join("|")})\\s+)`), "then"),
    type: "DATE",
    deferred: true,
    examples: [
      ["Rights will end on Nov. 30. Until [then], the stock remains convertible.", "1989-11-02", "1989-11-30"],
      ["The truce ends on July 11, and by [then] aid must arrive.", "2025-07-09", "2025-07-11"],
    ],
    // "until then", "by then": up to the date just told; "since then" is a stretch, not that date.
    normalise: (m, ctx) => {
      const anchor = findAnchor(ctx, m.index, { within: STORY_REACH });
      if (anchor?.basis !== "anchored" || anchor.value === ctx.storyDay) return null;
      return { value: anchor.value, range: anchor.range, basis: "anchored" };
    },
  },
  {
    name: "anchored-weekday",
    pattern: seq(behind("the", true), cap("which", words(["previous", "following"])), cap("weekday", WEEKDAY)),
    type: "DATE",
    deferred: true,
    priority: 1,
    examples: [["Trading resumed on Oct. 27, 1989, after a slide [the previous Friday].", "1989-11-02", "1989-10-20"]],
    normalise: (m, ctx) => {
      const anchor = findAnchor(ctx, m.index);
      if (!anchor) return null;
      const from = anchorDay(anchor);
      const weekday = weekdayNumber(group(m, "weekday"));
      const back = /previous/i.test(group(m, "which"));
      const gap = back ? (weekdayOf(from) - weekday + 7) % 7 || 7 : (weekday - weekdayOf(from) + 7) % 7 || 7;
      const day = addDays(from, back ? -gap : gap);
      return { value: day, range: rangeOfValue(day), basis: anchor.basis };
    },
  },
  {
    name: "year-earlier",
    pattern: seq(
      behind("the"),
      cap("form", words(["year-earlier", "year-ago", "year earlier", "prior-year", "previous-year"])),
      opt(cap("noun", words([...YEAR_EARLIER_PERIODS, ...Object.keys(YEAR_EARLIER_STRETCHES)]))),
    ),
    type: "DATE",
    deferred: true,
    examples: [
      ["Profit rose from [the year-earlier quarter].", "1989-10-26", "1988-Q3"],
      ["Sales fell from [the year-earlier nine months].", "1989-10-26", "P9M"],
      ["It lost $195 million in the 1988 period. [The year-ago] results included a charge.", "1989-11-02", "1988"],
    ],
    normalise: (m, ctx) => {
      // "the year-earlier nine months" measures the stretch it compares with.
      const months = YEAR_EARLIER_STRETCHES[group(m, "noun").toLowerCase()];
      if (months) return { value: `P${months}M`, range: null, basis: "anchored", type: "DURATION" };
      const anchor = findAnchor(ctx, m.index, { shape: /^\d{4}(-Q\d|-H\d|-\d{2})?$/ });
      if (!anchor) return null;
      // A period told in the year before the report's is already the year-earlier one ("a loss in the 1988 period.
      // The year-ago results included …"): counting back again would land two years before the report.
      if (ctx.reference && Number(anchor.value.slice(0, 4)) === Number(ctx.reference.slice(0, 4)) - 1)
        return { value: anchor.value, range: anchor.range, basis: anchor.basis };
      // "year-earlier" is earnings-report language: with no period told, it is the last reported quarter's.
      const base =
        anchor.basis === "relative" ? periodValue(shiftDay(anchor.value, "quarter", -1), "quarter") : anchor.value;
      const value = shiftValue(base, "year", -1);
      return value ? { value, range: rangeOfValue(value), basis: anchor.basis } : null;
    },
  },
];

/**
 * The date a counted shift lands on: counted from a date later in the sentence for "before/after the X on DATE", from
 * the date told before it, or from the story day; a shift beside a date is that date ("on Monday, two days after the
 * vote"). Its value takes the grain of the shift ("a year earlier" is a year), except that earnings reports compare
 * quarters, so a quarter a year earlier stays a quarter.
 */
function landing(m: RegExpExecArray, ctx: ResolveContext): Resolution | null {
  const { sign, signal } = SHIFT_DIRECTIONS[group(m, "direction").toLowerCase()] ?? { sign: 1, signal: true };
  const ahead = signal && !/^later|^afterwards?$/i.test(group(m, "direction"));
  // After its main clause, "two days after …" relates that clause's event to another: a day told before it in the
  // sentence is the clause's own ("broke out on Friday in three cities, two days after …" is Friday).
  const trailing = ahead && followsMainClause(ctx, m.index);
  const anchor = findAnchor(ctx, m.index, { ahead, apposition: trailing ? "sentence" : true });
  if (!anchor) return null;
  // With no day in the sentence, "his death came two days after the president spoke" tells of the day the story is at:
  // the other event is told right there, not the one the story is at, so the count lands on the story's day, as if set
  // beside it, and the other event is counted back from there (derivedDates.ts).
  if (trailing && !anchor.apposed && anchor.from !== "ahead" && clauseFollows(ctx.text, m.index + m[0].length))
    return { value: anchorDay(anchor), range: rangeOfValue(anchorDay(anchor)), basis: anchor.basis };
  if (anchor.apposed) return { value: anchor.value, range: anchor.range, basis: anchor.basis };
  const unit = periodUnit(group(m, "unit"));
  const count = countOf(m);
  if (unitOf(group(m, "unit"))?.clock || !unit) return onAnchorDay(anchor);
  // "a few days later" stays near the anchor, at the anchor's own grain.
  if (count === null)
    return { value: anchor.value, range: { ...anchor.range, approximate: true }, basis: anchor.basis };
  const quarterly = /-Q\d$/.test(anchor.value) && (unit === "year" || unit === "quarter") && Number.isInteger(count);
  const value = quarterly
    ? shiftValue(anchor.value, unit, sign * count)
    : periodValue(shiftByCount(anchorDay(anchor), unit, sign * count), unit);
  return value ? { value, range: rangeOfValue(value, Boolean(group(m, "hedge"))), basis: anchor.basis } : null;
}

/** Whether the words before `offset` in its sentence hold a finite verb: the expression comes after the main clause. */
function followsMainClause(ctx: ResolveContext, offset: number): boolean {
  return FINITE_VERB.test(ctx.text.slice(ctx.sentence.start, offset));
}

/** Whether a clause with its own verb follows the signal ("after the king declared martial law"), not a bare noun. */
export function clauseFollows(text: string, signalEnd: number): boolean {
  const words =
    text
      .slice(signalEnd)
      .split(/[,;:.!?—–]/)[0]
      ?.split(/\s+/)
      .slice(0, 8)
      .join(" ") ?? "";
  return FINITE_VERB.test(words);
}

// A verb in the past, the present perfect or a passive, roughly ("came", "was killed", "declared").
const FINITE_VERB = new RegExp(`\\b(?:was|were|has|have|had|is|are|[a-z]{2,}ed|${IRREGULAR_PAST.join("|")})\\b`, "i");

/** The anchor's day, approximately: "hours later" and "minutes after" stay on it. */
function onAnchorDay(anchor: Anchor): Resolution {
  const day = anchorDay(anchor);
  const range = rangeOfValue(day);
  return { value: day, range: range ? { ...range, approximate: true } : null, basis: anchor.basis };
}

function withPartIf(resolution: Resolution, day: string, part: string | undefined): Resolution {
  return part ? withPart(resolution, day, part) : resolution;
}
