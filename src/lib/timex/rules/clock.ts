import { addDays } from "../../dates/index.ts";
import { STORY_REACH, toldDayBefore } from "../anchor.ts";
import { CLOCK_HALVES, DAY_WORDS, NAMED_TIME_IDIOMS, NAMED_TIMES, TIME_ZONES } from "../lexicon.ts";
import type { Resolution, ResolveContext } from "../mention.ts";
import { alt, cap, digits, group, opt, raw, seq, tight, words } from "../pattern.ts";
import { findFollowing, findPreceding } from "../precedingTimexes.ts";
import { rangeOfValue } from "../rangeOfValue.ts";
import { wordBefore } from "../resolveHelpers.ts";
import { resolveWeekday } from "../resolveWeekday.ts";
import type { Rule } from "../rule.ts";
import { DAY_NUMBER, MONTH_WITH_DAY, WEEKDAY, YEAR } from "../slots.ts";
import { dayPartCode, pad2, weekdayNumber } from "../values.ts";
import { dayResolution } from "./dates.ts";

// Clock times: "10:35 a.m.", "5 p.m. EST", "9 a.m. Tuesday", "noon", "midnight Friday", "4 in the morning".
// Each waits for the days of its sentence: "on Friday at 10:35 a.m." is Friday's.

// "9 a.m. Tuesday", "5 p.m. EST, Nov. 6", "11:19 AM Sep 15, 2020": the day the time is on, written after it.
const DAY_AFTER = opt(
  tight(
    raw(",?\\s+", null),
    alt(
      cap("dayWord", alt(words(Object.keys(DAY_WORDS)), WEEKDAY)),
      tight(
        cap("month", MONTH_WITH_DAY),
        raw("\\s+", null),
        cap("day", DAY_NUMBER),
        opt(tight(raw(",?\\s+", null), cap("year", YEAR))),
      ),
    ),
  ),
);

const IDIOMS = new Set(NAMED_TIME_IDIOMS);

/** Clock times, in the order the recogniser tries them. */
export const CLOCK_RULES: readonly Rule[] = [
  {
    name: "clock-time",
    pattern: tight(
      seq(
        tight(
          cap("hour", digits(1, 2)),
          opt(raw(":(?<minute>[0-5]\\d)", null)),
          raw("\\s*", null),
          cap("half", words([...CLOCK_HALVES.am, ...CLOCK_HALVES.pm])),
        ),
        opt(words(TIME_ZONES)),
      ),
      DAY_AFTER,
    ),
    type: "TIME",
    deferred: true,
    examples: [
      ["The blast came at [10:35 a.m. local time].", "2025-07-13", "2025-07-13T10:35"],
      ["Polls close at [9 p.m. Friday].", "2025-07-13", "2025-07-11T21:00"],
      ["On Friday at [10:35 a.m.] the bomb exploded.", "2025-07-13", "2025-07-11T10:35"],
      ["The offer runs until [5 p.m. EST, Nov. 6].", "1989-10-30", "1989-11-06T17:00"],
      ["Posted at [2:14 AM, Mar 18, 2015]", "2015-03-20", "2015-03-18T02:14"],
      [
        "Drones took off on Saturday evening. Sirens sounded at [2 a.m.] in the north.",
        "2024-04-14",
        "2024-04-14T02:00",
      ],
    ],
    accept: (m) => {
      const hour = Number(group(m, "hour"));
      return hour >= 1 && hour <= 12;
    },
    normalise: (m, ctx) => {
      const pm = /^p/i.test(group(m, "half"));
      const hour = (Number(group(m, "hour")) % 12) + (pm ? 12 : 0);
      return clockResolution(ctx, m, `${pad2(hour)}:${group(m, "minute") || "00"}`);
    },
  },
  {
    name: "named-time",
    pattern: tight(cap("named", words(Object.keys(NAMED_TIMES))), DAY_AFTER),
    type: "TIME",
    deferred: true,
    examples: [
      ["They met at [noon].", "2025-07-13", "2025-07-13T12:00"],
      ["The deadline passed at [midnight Friday].", "2025-07-13", "2025-07-11T24:00"],
    ],
    accept: (m, text) => !IDIOMS.has(wordBefore(text, m.index)),
    normalise: (m, ctx) => clockResolution(ctx, m, NAMED_TIMES[group(m, "named").toLowerCase()] ?? "12:00"),
  },
  {
    name: "hedged-part-of-day",
    pattern: seq(
      tight(
        cap("hedge", words(["mid", "late", "early"])),
        raw("[-\\s]", null),
        cap("part", words(["morning", "afternoon", "evening"])),
      ),
      opt(cap("dayWord", words(Object.keys(DAY_WORDS)))),
    ),
    type: "TIME",
    deferred: true,
    examples: [
      ["By [mid afternoon], official sources were silent.", "1998-03-06", "1998-03-06TAF"],
      ["In London at [mid-afternoon yesterday], shares were up.", "1989-11-02", "1989-11-01TAF"],
    ],
    normalise: (m, ctx) => {
      const part = dayPartCode(group(m, "part")) as string;
      if (!ctx.reference) return { value: `XXXX-XX-XX${part}`, range: null, basis: "relative", type: "TIME" };
      const word = group(m, "dayWord").toLowerCase();
      const day = word
        ? addDays(ctx.reference, DAY_WORDS[word] ?? 0)
        : (dayInSentence(ctx, m.index) ?? storyDayBefore(ctx, m.index) ?? ctx.reference);
      return { value: `${day}${part}`, range: rangeOfValue(day), basis: "relative", type: "TIME" };
    },
  },
  {
    name: "hour-of-part",
    pattern: seq(cap("hour", digits(1, 2)), "in the", cap("part", words(["morning", "afternoon", "evening"]))),
    type: "TIME",
    deferred: true,
    examples: [["The raid began at [4 in the morning].", "2025-07-13", "2025-07-13T04:00"]],
    accept: (m) => Number(group(m, "hour")) >= 1 && Number(group(m, "hour")) <= 12,
    normalise: (m, ctx) => {
      const pm = group(m, "part").toLowerCase() !== "morning";
      const hour = (Number(group(m, "hour")) % 12) + (pm ? 12 : 0);
      return clockResolution(ctx, m, `${pad2(hour)}:00`);
    },
  },
];

const DAY = /^\d{4}-\d{2}-\d{2}/;

// The day of a clock time: the one its words name ("9 p.m. Friday", "5 p.m., Nov. 6"), else the day named nearest
// before it in its sentence, else the first one after it, else the publication day.
function clockResolution(ctx: ResolveContext, m: RegExpExecArray, hhmm: string): Resolution | null {
  if (group(m, "month")) {
    const date = dayResolution(m, ctx);
    return date ? { ...date, value: `${date.value}T${hhmm}` } : null;
  }
  if (!ctx.reference) return { value: `XXXX-XX-XXT${hhmm}`, range: null, basis: "relative" };
  let day = dayInSentence(ctx, m.index) ?? storyDayBefore(ctx, m.index, Number(hhmm.slice(0, 2))) ?? ctx.reference;
  const dayWord = group(m, "dayWord");
  const word = dayWord.toLowerCase();
  if (word in DAY_WORDS) day = addDays(day, DAY_WORDS[word] ?? 0);
  else if (word) day = resolveWeekday(weekdayNumber(dayWord), ctx.reference, ctx.tense);
  return { value: `${day}T${hhmm}`, range: rangeOfValue(day), basis: "relative" };
}

// Without a day in its sentence, a time is on the day the story told last, if that was told just before (about a
// paragraph), else on the story day; the small hours after an evening or a night told just before are the next day's.
function storyDayBefore(ctx: ResolveContext, offset: number, hour?: number): string | null {
  const told = toldDayBefore(ctx, offset);
  const day = told ? told.value.slice(0, 10) : ctx.storyDay;
  if (day === null || hour === undefined || hour >= SMALL_HOURS_END) return day;
  // Other times are resolved alongside this one, so the evening is read from the words ("at midnight", "10 p.m.").
  const before = ctx.text.slice(Math.max(told?.start ?? 0, offset - STORY_REACH), offset);
  return LATE.test(before) || (told && LATE_VALUE.test(told.value)) ? addDays(day, 1) : day;
}

/** Hours before this are the small hours, told after the evening before. */
const SMALL_HOURS_END = 6;
const LATE = /\b(?:midnight|evening|night|(?:9|10|11)(?::\d\d)?\s*p\.?m\b)/i;
const LATE_VALUE = /T(?:EV|NI|1[89]:|2[0-4]:)/;

function dayInSentence(ctx: ResolveContext, offset: number): string | null {
  const day =
    findPreceding(ctx.resolved, offset, DAY, offset - ctx.sentence.start) ??
    findFollowing(ctx.resolved, offset, ctx.sentence.end, DAY);
  return day ? day.value.slice(0, 10) : null;
}
