import { makeIsoDay, weekdayOf } from "../../dates/index.ts";
import {
  DETERMINERS,
  DIRECTION_MODIFIERS,
  IRREGULAR_PAST,
  MONTH_FRAMES,
  PAST_VERBS,
  PLAN_FOR_WORDS,
  TARGET_NOUNS,
  TARGET_WORDS,
} from "../lexicon.ts";
import type { Resolution, ResolveContext } from "../mention.ts";
import { alt, cap, digits, group, look, opt, raw, seq, tight, words } from "../pattern.ts";
import { fromValue, isPlausibleYear, monthDayWithoutYear, wordAfter, wordsBefore } from "../resolveHelpers.ts";
import { resolveMonthYear } from "../resolveMonth.ts";
import type { Rule } from "../rule.ts";
import {
  DAY_NUMBER,
  MONTH,
  MONTH_ALONE,
  MONTH_BEFORE_DAY,
  MONTH_NAME,
  MONTH_WITH_DAY,
  WEEKDAY_IN_DATE_LINE,
  YEAR,
} from "../slots.ts";
import { monthNumber, pad2, weekdayNumber } from "../values.ts";

// Dates written with a month name or in figures: "December 5, 2014", "14th Dec, 2016", "Wed, 05 Aug 2020",
// "2025-06-09T10:15", "25/12/2024", "March 2011", "last November", "in May".

const COMMA = raw(",?\\s+", null);
const DATE_LINE_WEEKDAY = opt(tight(cap("weekday", WEEKDAY_IN_DATE_LINE), COMMA));
const OF_YEAR = opt(tight(COMMA, cap("year", YEAR)));
const MONTH_WORDS_OF = ["this", "last", "next"];

/** Calendar dates, in the order the recogniser tries them. */
export const DATE_RULES: readonly Rule[] = [
  {
    name: "month-day-year",
    pattern: tight(
      DATE_LINE_WEEKDAY,
      cap("month", MONTH_BEFORE_DAY),
      raw("\\s+", null),
      cap("day", DAY_NUMBER),
      OF_YEAR,
    ),
    type: "DATE",
    priority: 1,
    examples: [
      ["It happened on [December 5, 2014].", "2025-07-13", "2014-12-05"],
      ["The attack on [Oct. 7, 2023] changed everything.", "2025-07-13", "2023-10-07"],
      ["Posted [Sep 14, 2013] by the desk.", "2025-07-13", "2013-09-14"],
      ["The deal was signed on [January 3rd 2020].", "2025-07-13", "2020-01-03"],
      ["Published [Wednesday, July 9, 2025] at noon.", "2025-07-13", "2025-07-09"],
      ["On [June 1], the boat set sail.", "2025-06-09", "2025-06-01"],
      ["He subpoenaed the boy to testify before the committee on [Feb. 10].", "2000-01-07", "2000-02-10"],
      ["Israel has vowed to kill its leaders over the group’s [Oct. 7] attack on Israel.", "2024-07-31", "2023-10-07"],
      ["By setting a [Jan. 14] return date, the service gave the family time.", "2000-01-06", "2000-01-14"],
      ["Hamas attacked Israel on [Oct. 7].", "2024-10-01", "2023-10-07"],
      ["Officials announced the operation on [may 23].", "2016-06-17", "2016-05-23"],
      ["The army entered the town on [june 17, 2016].", "2016-06-20", "2016-06-17"],
    ],
    accept: (m) => isDayNumber(group(m, "day")),
    normalise: (m, ctx) => dayResolution(m, ctx),
  },
  {
    name: "day-month-year",
    pattern: tight(
      DATE_LINE_WEEKDAY,
      cap("day", DAY_NUMBER),
      raw("\\s+(?:of\\s+)?", null),
      cap("month", MONTH_WITH_DAY),
      OF_YEAR,
    ),
    type: "DATE",
    priority: 1,
    examples: [
      ["It happened on [5 December 2014].", "2025-07-13", "2014-12-05"],
      ["Filed [10 Jul 2017] from Beirut.", "2025-07-13", "2017-07-10"],
      ["The vote of [14th Dec, 2016] stood.", "2025-07-13", "2016-12-14"],
      ["[Wed, 05 Aug 2020] 10:15 GMT", "2025-07-13", "2020-08-05"],
      ["FILED - [17 January 2025], Lebanon, Beirut: Smoke rises.", "2025-03-22", "2025-01-17"],
    ],
    accept: (m) => isDayNumber(group(m, "day")),
    normalise: (m, ctx) => dayResolution(m, ctx),
  },
  {
    name: "iso-date",
    pattern: tight(
      cap("year", YEAR),
      raw("-(?<month>\\d{2})-(?<day>\\d{2})(?!\\d)", null),
      opt(
        raw(
          "[T\\s](?<hour>[01]\\d|2[0-3]):(?<minute>[0-5]\\d)(?::[0-5]\\d(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?",
          null,
        ),
      ),
      look("(?![\\w-])"),
    ),
    type: "DATE",
    priority: 1,
    examples: [
      ["The file is dated [2025-06-09].", "2025-07-13", "2025-06-09"],
      ["Updated [2024-02-07T10:15:00Z] by the desk.", "2025-07-13", "2024-02-07T10:15"],
      ["Last modified [2023-05-02 08:30].", "2025-07-13", "2023-05-02T08:30"],
    ],
    normalise: (m, ctx) => {
      const year = Number(group(m, "year"));
      const day = makeIsoDay(year, Number(group(m, "month")), Number(group(m, "day")));
      if (!day || !isPlausibleYear(year, ctx.reference)) return null;
      const time = group(m, "hour") ? `T${group(m, "hour")}:${group(m, "minute")}` : "";
      return { ...fromValue(day, "absolute"), value: `${day}${time}`, type: time ? "TIME" : "DATE" };
    },
  },
  {
    name: "numeric-date",
    pattern: tight(
      digits(1, 4),
      raw("(?<sep>[/.])(?<b>\\d{1,2})\\k<sep>(?<c>\\d{4}|\\d{1,2}(?=\\D|$))", null),
      look("(?![\\w/.]\\d)"),
    ),
    type: "DATE",
    priority: 1,
    examples: [
      ["Last update: [25/12/2024]", "2025-07-13", "2024-12-25"],
      ["Posted [12/25/2024] at dawn.", "2025-07-13", "2024-12-25"],
      ["Filed [2024/01/12] in the archive.", "2025-07-13", "2024-01-12"],
      ["The same both ways: [05/05/2024].", "2025-07-13", "2024-05-05"],
    ],
    // "12/01/2024" may be the 12th of January or the 1st of December: only an order the numbers prove is read.
    accept: (m) => numericDate(m) !== null,
    normalise: (m, ctx) => {
      const day = numericDate(m);
      return day && isPlausibleYear(Number(day.slice(0, 4)), ctx.reference) ? fromValue(day, "absolute") : null;
    },
  },
  {
    name: "month-year",
    pattern: tight(cap("month", MONTH), opt(raw("\\s+of", null)), raw(",?\\s+", null), cap("year", YEAR)),
    type: "DATE",
    examples: [
      ["The war erupted in [March 2011].", "2025-06-09", "2011-03"],
      ["Prices peaked in [Jan 2020] and fell.", "2025-06-09", "2020-01"],
    ],
    normalise: (m, ctx) => {
      const year = Number(group(m, "year"));
      return isPlausibleYear(year, ctx.reference)
        ? fromValue(`${year}-${pad2(monthNumber(group(m, "month")))}`, "absolute")
        : null;
    },
  },
  {
    name: "modified-month",
    pattern: alt(
      seq(cap("which", words(Object.keys(DIRECTION_MODIFIERS))), cap("month", MONTH_NAME)),
      seq(cap("month2", MONTH_NAME), opt("of"), cap("of", words(MONTH_WORDS_OF)), "year"),
    ),
    type: "DATE",
    priority: 1,
    examples: [
      ["Sales were weak [last November].", "2025-07-13", "2024-11"],
      ["Talks resume [next March].", "2025-07-13", "2026-03"],
      ["It opened in [February of this year].", "2025-07-13", "2025-02"],
      ["It closed in [November of last year].", "2025-07-13", "2024-11"],
    ],
    normalise: (m, ctx) => {
      const month = monthNumber(group(m, "month") || group(m, "month2"));
      const mm = pad2(month);
      if (!ctx.reference) return { value: `XXXX-${mm}`, range: null, basis: "relative" };
      const refYear = Number(ctx.reference.slice(0, 4));
      const refMonth = Number(ctx.reference.slice(5, 7));
      const of = group(m, "of").toLowerCase();
      const which = of || DIRECTION_MODIFIERS[group(m, "which").toLowerCase().replace(/\s+/g, " ")];
      let year = refYear;
      // "last November" is the latest November before this month; "November of last year" is plainly last year's.
      if (which === "last") year = of ? refYear - 1 : month < refMonth ? refYear : refYear - 1;
      else if (which === "next") year = of ? refYear + 1 : month > refMonth ? refYear : refYear + 1;
      return fromValue(`${year}-${mm}`, "relative");
    },
  },
  {
    name: "month-alone",
    pattern: tight(cap("month", MONTH_ALONE), look("(?![\\w-])")),
    type: "DATE",
    examples: [
      ["The talks began in [December].", "2025-01-15", "2024-12"],
      ["Elections will be held in [January].", "2024-12-10", "2025-01"],
      ["Prices fell in [July].", "2025-07-13", "2025-07"],
      ["In [May] 35 people died.", "2025-07-13", "2025-05"],
      ["A [January] executive order named the group.", "2025-03-16", "2025-01"],
      ["In [January], the company brought in a new chief.", "1989-10-27", "1989-01"],
      ["The summit is slated for [March], two diplomats said.", "2023-10-07", "2024-03"],
      ["Talks are scheduled for [May] in Geneva.", "2023-10-07", "2024-05"],
    ],
    accept: (m, text) => readsAsMonth(text, m.index, group(m, "month")),
    normalise: (m, ctx) => {
      const month = monthNumber(group(m, "month"));
      const mm = pad2(month);
      if (!ctx.reference) return { value: `XXXX-${mm}`, range: null, basis: "relative" };
      return fromValue(`${resolveMonthYear(month, ctx.reference, ctx.tense)}-${mm}`, "relative");
    },
  },
];

const FRAMES = new Set(MONTH_FRAMES);
const PLAN_FOR = new Set(PLAN_FOR_WORDS);
const WORD = /[A-Za-z]+/g;
const PAST_WORDS = new Set([...PAST_VERBS, ...IRREGULAR_PAST]);
// Words after "to" that begin a noun phrase, not an infinitive ("to the committee").
const DETERMINER_SET = new Set([...DETERMINERS, "the"]);
const TARGETS = new Set(TARGET_WORDS);
const TARGET_NOUN_SET = new Set(TARGET_NOUNS);

// "May" and "March" are also a verb and a noun, and any month can end a name ("Theresa May"): without a frame word
// before it, a bare month must not follow a capitalised word.
function readsAsMonth(text: string, index: number, word: string): boolean {
  const [before = "", plan = ""] = wordsBefore(text, index, 2);
  if (FRAMES.has(before) || (before === "for" && PLAN_FOR.has(plan))) return true;
  if (word === "May" || word === "March") return false;
  const previous = /([A-Za-z]+)\s+$/.exec(text.slice(Math.max(0, index - 20), index))?.[1] ?? "";
  // An article opening the sentence is capitalised but names nobody ("A January executive order").
  return !/^[A-Z]/.test(previous) || /^(?:A|An|The)$/.test(previous);
}

// "May 35 people" keeps "May" as the month: a number past 31 is a count, not a day.
function isDayNumber(digits: string): boolean {
  const n = Number.parseInt(digits, 10);
  return n >= 1 && n <= 31;
}

/** Resolution of a month-and-day match, with or without its year. */
export function dayResolution(m: RegExpExecArray, ctx: ResolveContext): Resolution | null {
  const month = monthNumber(group(m, "month"));
  const day = Number.parseInt(group(m, "day"), 10);
  const yearText = group(m, "year");
  if (!yearText) {
    // A weekday written with the day settles the year: "Saturday, April 25" is in the year it is a Saturday.
    const weekday = weekdayNumber(group(m, "weekday"));
    if (weekday && ctx.reference) {
      const year = yearWithWeekday(month, day, weekday, ctx.reference);
      if (year) return fromValue(makeIsoDay(year, month, day) as string, "relative");
    }
    return monthDayWithoutYear(month, day, ctx.reference, isTarget(ctx, m) ? "present" : ctx.tense);
  }
  const year = Number(yearText);
  const iso = makeIsoDay(year, month, day);
  return iso && isPlausibleYear(year, ctx.reference) ? fromValue(iso, "absolute") : null;
}

// A day told in the past tense is on or before the report ("attacked on Oct. 7"), unless it is a limit or a target
// ("was extended to Nov. 16", "payable Dec. 7", "stock of record Dec. 21", "the Jan. 14 deadline") or a plan's (see
// aimsAhead), which may lie just ahead.
function isTarget(ctx: ResolveContext, m: RegExpExecArray): boolean {
  if (ctx.tense !== "past") return false;
  const before = /([A-Za-z]+)\s+(?:the\s+)?$/.exec(ctx.text.slice(Math.max(0, m.index - 20), m.index))?.[1] ?? "";
  const after = wordAfter(ctx.text, m.index + m[0].length).toLowerCase();
  if (TARGETS.has(before.toLowerCase()) || TARGET_NOUN_SET.has(after)) return true;
  return aimsAhead(ctx.text.slice(ctx.sentence.start, m.index));
}

// A day after an infinitive that follows the clause's past verb is the plan's ("subpoenaed him to testify on Feb. 10"),
// and a day in a sentence with no past verb before it has only the default tense ("by setting a Jan. 14 return date").
function aimsAhead(before: string): boolean {
  let last = -1;
  for (const w of before.matchAll(WORD))
    if (PAST_WORDS.has(w[0].toLowerCase()) || /^[a-z]{3,}ed$/.test(w[0])) last = w.index;
  if (last < 0) return true;
  // "over the group's Oct. 7 attack", "the Oct. 7 attack": a day naming a known event is not the plan's.
  if (/(?:['’]s|\bthe)\s+$/i.test(before)) return false;
  const infinitive = /\bto\s+([a-z]+)\b/.exec(before.slice(last));
  return !!infinitive && !DETERMINER_SET.has(infinitive[1] as string);
}

// The year next to the reference's in which a month and day fall on a given weekday, or null.
function yearWithWeekday(month: number, day: number, weekday: number, reference: string): number | null {
  const refYear = Number(reference.slice(0, 4));
  for (const year of [refYear, refYear - 1, refYear + 1]) {
    const iso = makeIsoDay(year, month, day);
    if (iso && weekdayOf(iso) === weekday) return year;
  }
  return null;
}

// Day, month and year of a date in figures when the order is certain: a four-digit first number is a year (Y/M/D);
// otherwise a first number past 12 is a day (D/M/Y), a second past 12 is a day (M/D/Y), and equal numbers read alike.
function numericDate(m: RegExpExecArray): string | null {
  const a = Number(m[0].split(/[/.]/)[0]);
  const b = Number(group(m, "b"));
  const cText = group(m, "c");
  const c = Number(cText);
  if (m[0].split(/[/.]/)[0]?.length === 4) return makeIsoDay(a, b, c);
  if (cText.length !== 4) return null;
  if (a > 12 && b <= 12) return makeIsoDay(c, b, a);
  if (b > 12 && a <= 12) return makeIsoDay(c, a, b);
  if (a === b) return makeIsoDay(c, a, b);
  return null;
}
