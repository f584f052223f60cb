import { DIGITS } from "./cueWords.ts";
import {
  COUNT_PHRASES,
  DAY_PARTS,
  FRACTIONS,
  MONTH_SHORT_ONLY_BEFORE_DAY,
  MONTHS,
  NUMBER_WORDS,
  ORDINAL_SUFFIXES,
  ORDINAL_WORDS,
  SEASONS,
  SHIFT_HEDGES,
  TENS_WORDS,
  UNITS,
  WEEKDAYS,
} from "./lexicon.ts";
import { alt, cap, cased, digits, group, opt, raw, seq, tight, words } from "./pattern.ts";
import { countValue } from "./values.ts";

// The pieces many rules share, each built once from the lexicon: a month, a day number, a count, a unit.

const SHORT_MONTHS = MONTHS.flatMap((m) => [...m.short]);
const ONLY_BEFORE_DAY: readonly string[] = MONTH_SHORT_ONLY_BEFORE_DAY;

/** A month as written next to a day number: any name or abbreviation, dotted or not ("Sep 14", "10 Jul 2017"). */
export const MONTH_WITH_DAY = cased(words([...MONTHS.map((m) => m.name), ...SHORT_MONTHS]));

/**
 * A month before its day number, in any case: some outlets and many scrapes write "on may 23" or "june 17". A month word
 * followed by a day number is a date whatever its case; "may" the verb is followed by a verb, not a figure.
 */
export const MONTH_BEFORE_DAY = words([...MONTHS.map((m) => m.name), ...SHORT_MONTHS]);

/** A month before a year or after a day: abbreviations that are also words ("Mar", "Jun") need their full stop. */
export const MONTH = cased(
  words([...MONTHS.map((m) => m.name), ...SHORT_MONTHS.filter((s) => !ONLY_BEFORE_DAY.includes(s))]),
);

/** A month on its own ("in May", "since Sept."): the full name or a dotted abbreviation. */
export const MONTH_ALONE = cased(words([...MONTHS.map((m) => m.name), ...SHORT_MONTHS.filter((s) => s.endsWith("."))]));

/** A month's full name. */
export const MONTH_NAME = cased(words(MONTHS.map((m) => m.name)));

/** A weekday's full name, capitalised. */
export const WEEKDAY = cased(words(WEEKDAYS.map((d) => d.name)));

/** A weekday as a date line writes it before a date: the name or an abbreviation ("Wed, 05 Aug 2020"). */
export const WEEKDAY_IN_DATE_LINE = cased(words(WEEKDAYS.flatMap((d) => [d.name, ...d.short])));

/** A day of the month: one or two digits, maybe with an ordinal suffix ("3rd"), not the hour of "10:30". */
/** An ordinal, in words or digits ("eighth", "21st"). */
export const ORDINAL = alt(tight(digits(1, 2), words(ORDINAL_SUFFIXES)), words(Object.keys(ORDINAL_WORDS)));

export const DAY_NUMBER = tight(digits(1, 2), opt(words(ORDINAL_SUFFIXES)), raw("(?!:\\d)", null));

/** A four-digit year. */
export const YEAR = digits(4);

/** A number written in words up to ninety-nine ("seven", "twenty-one", "forty five"). */
export const NUMBER_WORD = alt(
  tight(words(Object.keys(TENS_WORDS)), opt(tight(raw("[-\\s]", null), words(Object.keys(NUMBER_WORDS).slice(0, 9))))),
  words(Object.keys(NUMBER_WORDS)),
);

/** A fraction after a count or a unit ("two and a half", "2 1/2", "a minute and a half"). */
export const FRACTION = words(Object.keys(FRACTIONS));

/** A count: figures ("21", "2.5", "2 1/2"), number words with a fraction, or a counting phrase ("a few", "several", "a"). */
export const COUNT = alt(
  raw("(?<![\\d,.])\\d+(?:\\.\\d+)?(?:\\s+1/2|½)?(?![\\d,])", [DIGITS]),
  seq(NUMBER_WORD, opt(FRACTION)),
  words(Object.keys(COUNT_PHRASES)),
);

/** The ordinal of a quarter or a half ("third", "3rd", "final"). */
export const QUARTER_ORDINAL = alt(
  words(["first", "second", "third", "fourth", "final"]),
  tight(digits(1), words(ORDINAL_SUFFIXES)),
);

/** A time unit, singular or plural ("day", "weeks", "centuries"). */
export const UNIT = words(UNITS.flatMap((u) => [u.word, u.plural]));

/** A hedged count of a unit, the head of a shift ("about two years", "a year and a half"); read with `countOf`. */
export const HEDGED_COUNT = seq(
  opt(cap("hedge", words(SHIFT_HEDGES))),
  cap("count", COUNT),
  cap("unit", UNIT),
  opt(cap("fraction", FRACTION)),
);

const COUNT_WORDS = new Set([
  ...Object.keys(NUMBER_WORDS),
  ...Object.keys(TENS_WORDS),
  ...Object.keys(COUNT_PHRASES).flatMap((phrase) => phrase.split(" ")),
]);

/** True for a word that counts ("two", "12", "few", "a"): a unit after it is counted, not vague. */
export function isCountWord(word: string): boolean {
  return /^\d/.test(word) || COUNT_WORDS.has(word.toLowerCase());
}

/** The number a count and its fraction stand for ("two" "and a half" = 2.5), or null for a vague count. */
export function countOf(m: RegExpExecArray): number | null {
  return countValue(`${group(m, "count")} ${group(m, "fraction")}`);
}

/** A part of the day ("morning", "night"). */
export const DAY_PART = words(Object.keys(DAY_PARTS));

/** A season ("spring", "autumn"). */
export const SEASON = words(Object.keys(SEASONS));
