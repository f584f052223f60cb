import { addDays } from "../dates/index.ts";
import { cueWords, findCues, matchAllFrom } from "./cueWords.ts";
import { COUNT_PATTERN, COUNT_STARTS, countValue, durationValue, unitCode } from "./lexicon.ts";
import type { Mention } from "./mention.ts";
import { type PeriodUnit, periodUnit, shiftDay } from "./periodValues.ts";

// Hedges TimeBank keeps inside the expression; "about", "almost", "over", "only", "just" stay outside.
const HEDGE =
  "(?:nearly|some|more than|less than|no more than|at least|at most|up to|an additional|a further|the better part of|fewer than|approximately)";
const LEAD =
  "(?:the\\s+(?:past|last|previous|next|coming|first|final|latest|remaining|same|preceding|following|initial)|the|past|last|next|first|its|their|his|her|this|that)";
const DURATION = new RegExp(
  `\\b(?:(${LEAD})\\s+)?(?:(${HEDGE})\\s+)?(${COUNT_PATTERN})(?:\\s+more)?[\\s-]+(seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|century|centuries|quarters?)(-old|-long)?\\b`,
  "iy",
);
const UNIT_LONG = /\b(hour|day|week|month|year|decade)(s?)-long\b/iy;
const BARE =
  /\b(?:(for|in|over|within|after|during)\s+)(?:(the\s+(?:past|last|next|coming)|many|several|some)\s+)?(years|months|weeks|days|decades|hours)\b|\b(years|months|decades)(?=\s+of\b)/iy;
const RECENT = /\b(?:recent|coming)\s+(months|weeks|days)\b/iy;

// Cue words, one of which every match of the pattern holds as a whole word (see cueWords.ts).
const DURATION_CUES = cueWords(
  ...["second", "minute", "hour", "day", "week", "month", "year", "decade", "quarter"].flatMap((unit) => [
    unit,
    `${unit}s`,
  ]),
  "century",
  "centuries",
);
const BARE_CUES = cueWords("years", "months", "weeks", "days", "decades", "hours");
const UNIT_LONG_CUES = cueWords("long");
const RECENT_CUES = cueWords("recent", "coming");

// Words every match of a pattern begins with, as a whole word: the pattern is tried only where they stand (see cueWords.ts).
const BARE_STARTS = cueWords("for", "in", "over", "within", "after", "during", "years", "months", "decades");
const UNIT_LONG_STARTS = cueWords(
  ...["hour", "day", "week", "month", "year", "decade"].flatMap((unit) => [unit, `${unit}s`]),
);

// Lead, hedge and count words that a duration can begin with.
const DURATION_STARTS = [
  ...cueWords("the", "past", "last", "next", "first", "its", "their", "his", "her", "this", "that"),
  ...cueWords("nearly", "some", "more", "less", "no", "at", "up", "an", "a", "fewer", "approximately"),
  ...COUNT_STARTS,
];

/** Stretches of time: "three days", "the past 10 weeks", "19-month-old", "nearly two years", "21 months of war", "for years". */
export function findDurations(text: string, cues = findCues(text)): Mention[] {
  const out: Mention[] = [];
  for (const m of matchAllFrom(text, cues, DURATION, DURATION_STARTS, DURATION_CUES)) {
    const lead = (m[1] ?? "").toLowerCase();
    const countWords = m[3] as string;
    const unitWord = m[4] as string;
    const suffix = (m[5] ?? "").toLowerCase();
    // "a year ago", "two days later" belong to other families; "a year" after a price is a rate (SET).
    const tail = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    if (/^\s+(ago|earlier|later|before|after|from now|hence|old)\b/i.test(tail) && !suffix) continue;
    if (/^an?$/i.test(countWords) && !lead && !m[2] && isRate(text, m.index)) continue;
    // "the first quarter" and "the last year" name periods, not stretches.
    if (
      /quarter/i.test(unitWord) &&
      (!/^\d|^(two|three|four|five|six|seven|eight)/i.test(countWords) || /-quarter/i.test(m[0]))
    )
      continue;
    // "a second round" is an ordinal, not a duration.
    if (/^second/i.test(unitWord) && /^an?$/i.test(countWords)) continue;
    const count = countValue(countWords);
    if (count !== null && /^\d/.test(countWords) && count > 500) continue;
    const value = durationValue(count, unitWord);
    if (!value) continue;
    // Ages of people and institutions ("a 13-year-old boy", "the 50-year-old alliance") are not marked in TimeBank; a campaign's months are.
    const hyphenated = /\d-|[a-z]-/i.test(m[0].slice((m[1] ?? "").length));
    if (suffix === "-old" && (/year/i.test(unitWord) || isPerson(text, m.index + m[0].length))) continue;
    // "its 10 years" is not part of the expression, and a hyphenated adjective ("the two-year plan") leaves its article out.
    const dropLead =
      lead &&
      ((!lead.startsWith("the") && !/^(past|last|next|first)$/.test(lead)) ||
        (hyphenated && !m[2] && !/past|last|previous|next|coming/.test(lead)));
    // "a year-long war": the article counts the war, so the expression is "year-long" (TimeBank: "day-long").
    const articleOnly = suffix === "-long" && /^an?$/i.test(countWords) && !lead && !m[2];
    const start = articleOnly
      ? m.index + countWords.length + 1
      : dropLead
        ? m.index + (m[1] as string).length + 1
        : m.index;
    const end = m.index + m[0].length;
    const anchoredBack =
      /past|last|previous|preceding/.test(lead) || suffix === "-old" || ofAfter(text, m.index + m[0].length, m.index);
    const anchoredAhead = /next|coming|following|remaining/.test(lead);
    const unit = periodUnit(unitWord);
    out.push({
      start,
      end,
      type: "DURATION",
      resolve: (ctx) => {
        if (!ctx.reference || count === null || !(anchoredBack || anchoredAhead)) {
          return { value, range: null, basis: "relative" };
        }
        // "the past 24 hours" covers the publication day and, for a day or more, the days before it.
        if (unitCode(unitWord)?.clock) {
          const days = /hour/i.test(unitWord) ? Math.ceil(count / 24) : 0;
          const other = addDays(ctx.reference, anchoredBack ? -days : days);
          const [from, to] = anchoredBack ? [other, ctx.reference] : [ctx.reference, other];
          return { value, range: { start: from, end: to, precision: "day", approximate: true }, basis: "relative" };
        }
        if (!unit) return { value, range: null, basis: "relative" };
        const other = shiftDay(
          ctx.reference,
          unit as PeriodUnit,
          anchoredBack ? -Math.round(count) : Math.round(count),
        );
        const [from, to] = anchoredBack ? [other, ctx.reference] : [ctx.reference, other];
        return { value, range: { start: from, end: to, precision: unit, approximate: true }, basis: "relative" };
      },
    });
  }
  for (const m of matchAllFrom(text, cues, BARE, BARE_STARTS, BARE_CUES)) {
    const word = (m[3] ?? m[4]) as string;
    const start = m.index + m[0].length - word.length;
    const value = durationValue(null, word);
    if (value)
      out.push({
        start,
        end: start + word.length,
        type: "DURATION",
        resolve: () => ({ value, range: null, basis: "relative" }),
      });
  }
  for (const m of matchAllFrom(text, cues, UNIT_LONG, UNIT_LONG_STARTS, UNIT_LONG_CUES)) {
    // "day-long" is one day, "decades-long" an unknown number of decades.
    const value = durationValue(m[2] ? null : 1, m[1] as string);
    if (value)
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        type: "DURATION",
        priority: 1,
        resolve: () => ({ value, range: null, basis: "relative" }),
      });
  }
  for (const m of matchAllFrom(text, cues, RECENT, RECENT_CUES)) {
    const value = durationValue(null, m[1] as string);
    if (value)
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        type: "DURATION",
        priority: 1,
        resolve: () => ({ value, range: null, basis: "relative" }),
      });
  }
  return out;
}

// "$5 a year", "twice a day": a rate, which TimeML types SET.
function isRate(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  return (
    /(\d|%|cents?|dollars?|times|twice|once|per cent|percent|million|billion)\s*$/i.test(before) ||
    /\b(\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand)\s+[a-z]+s\s+$/i.test(before)
  );
}

// "after 21 months of war" counts back from now to the start of the war.
function ofAfter(text: string, end: number, start: number): boolean {
  return (
    /^\s+of\s/i.test(text.slice(end, end + 5)) &&
    /\b(after|nearly|almost|more than|over)\s+$/i.test(text.slice(Math.max(0, start - 14), start))
  );
}

// "a six-month-old baby" is an age too.
function isPerson(text: string, end: number): boolean {
  return /^\s*(?:baby|babies|infant|infants|girl|boy|child|son|daughter|twins?)\b/i.test(text.slice(end, end + 12));
}
