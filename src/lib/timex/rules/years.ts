import {
  CLOCK_AFTER_FIGURE,
  DECADE_WORDS,
  DETERMINERS,
  LABEL_NOUNS,
  NUMBER_WORDS,
  PREPOSITIONS,
  QUANTITY_NOUNS,
  SPELLED_CENTURIES,
  YEAR_FRAMES,
} from "../lexicon.ts";
import { alt, behind, cap, group, join, look, opt, raw, seq, tight, words } from "../pattern.ts";
import { centuryValue, decadeValue } from "../periodValues.ts";
import { fromValue, isPlausibleYear, wordAfter, wordBefore } from "../resolveHelpers.ts";
import type { Rule } from "../rule.ts";
import { NUMBER_WORD, ORDINAL, YEAR } from "../slots.ts";
import { countValue, ordinalValue } from "../values.ts";

// Years, decades and centuries: "in 2006", "fiscal 1989", "post-1959", "the 1990s", "the '90s", "the nineties",
// "the 20th century", "nineteen ninety-six".

const FRAMES = new Set(YEAR_FRAMES);
const QUANTITIES = new Set(QUANTITY_NOUNS.map((w) => w.toLowerCase()));
const CLOCK_WORDS = new Set(CLOCK_AFTER_FIGURE.map((w) => w.toLowerCase()));
const LABELS = new Set(LABEL_NOUNS);
const DETERMINER_SET = new Set(DETERMINERS);
const PREPOSITION_SET = new Set(PREPOSITIONS);
const PLAIN_YEAR = raw("(?<![\\d$€£.,/])(?<year>1[89]\\d\\d|20\\d\\d)(?!\\d|,\\d|\\.\\d|%)", ["#"]);
const TWO_DIGITS = alt(NUMBER_WORD, seq("oh", words(Object.keys(NUMBER_WORDS).slice(0, 9))));

/** TIMEX3 value of a century from its ordinal: the 20th century is the 1900s. */
function ordinalCentury(ordinal: number): string {
  return centuryValue((ordinal - 1) * 100);
}

/** Years, decades and centuries, in the order the recogniser tries them. */
export const YEAR_RULES: readonly Rule[] = [
  {
    name: "year",
    pattern: PLAIN_YEAR,
    type: "DATE",
    examples: [
      ["He was contacted by the regime in [2013].", "2025-06-09", "2013"],
      ["Syria has been at war since [1948].", "2025-07-13", "1948"],
      ["Lebanon remembers the [2006] war.", "2025-07-13", "2006"],
      ["A [1996] law named for him still stands.", "2025-07-13", "1996"],
      ["He crossed in 1994, [1995] and 1997.", "2025-07-13", "1995"],
    ],
    accept: (m, text) => readsAsYear(text, m.index, m.index + m[0].length),
    normalise: (m, ctx) => yearResolution(group(m, "year"), ctx.reference),
  },
  {
    name: "year-prefixed",
    pattern: tight(cap("prefix", words(["pre", "post"])), "-", cap("year", YEAR)),
    type: "DATE",
    examples: [["The [post-1959] exodus began slowly.", "2000-02-24", "1959"]],
    normalise: (m, ctx) => yearResolution(group(m, "year"), ctx.reference),
  },
  {
    name: "fiscal-year",
    pattern: seq("fiscal", opt("year"), cap("year", YEAR)),
    type: "DATE",
    examples: [["Profit fell in [fiscal 1989].", "1989-11-02", "1989"]],
    normalise: (m, ctx) => yearResolution(group(m, "year"), ctx.reference),
  },
  {
    name: "decade",
    pattern: seq(behind("the"), raw("(?<decade>1[89]\\d0|20\\d0)['’]?s\\b", ["#"])),
    type: "DATE",
    examples: [
      ["Inflation soared in [the 1970s].", "2025-07-13", "197"],
      ["The city grew in [the 1960s] and after.", "2025-07-13", "196"],
    ],
    normalise: (m) => fromValue(decadeValue(group(m, "decade")), "absolute"),
  },
  {
    name: "decade-short",
    pattern: tight(look("(?<=['’])"), raw("(?<short>\\d0)s\\b", ["#"])),
    type: "DATE",
    examples: [["Sales boomed in [the '90s].", "2025-07-13", "199"]],
    // The pattern starts at the digits, where a cue stands; the apostrophe and "the" before them belong to it.
    accept: (m, text) => ({ start: startWithThe(text, m.index - 1), end: m.index + m[0].length }),
    normalise: (m, ctx) => {
      // "the '90s" leaves the century to the reference; without one, the 1900s.
      const short = group(m, "short");
      const refYear = ctx.reference ? Number(ctx.reference.slice(0, 4)) : 2000;
      const century = Number(short) + 2000 <= refYear ? "20" : "19";
      return fromValue(decadeValue(`${century}${short}`), "relative");
    },
  },
  {
    name: "decade-word",
    pattern: seq("the", cap("decade", words(Object.keys(DECADE_WORDS)))),
    type: "DATE",
    examples: [["Numbers dropped through [the nineties].", "1998-03-03", "199"]],
    normalise: (m, ctx) => {
      // "the nineties" is the nearest such decade that has begun by the reference.
      const digit = DECADE_WORDS[group(m, "decade").toLowerCase()] as number;
      const refYear = ctx.reference ? Number(ctx.reference.slice(0, 4)) : 2000;
      let first = Math.floor(refYear / 100) * 100 + digit * 10;
      if (first > refYear) first -= 100;
      return fromValue(decadeValue(first), ctx.reference ? "relative" : "absolute");
    },
  },
  {
    name: "century",
    pattern: seq(behind(cap("the", "the")), join("[\\s-]", [cap("ordinal", ORDINAL), cap("century", "century")])),
    type: "DATE",
    examples: [
      ["Borders drawn in [the 20th century] still hold.", "2025-07-13", "19"],
      ["They took the [19th-century] fort.", "2025-07-13", "18"],
    ],
    // "the 19th-century fort": the article belongs to the noun, not the adjective.
    accept: (m) => (group(m, "the") && /-century$/i.test(m[0]) ? { start: m.index, end: m.index + m[0].length } : true),
    normalise: (m) => {
      const ordinal = ordinalValue(group(m, "ordinal"));
      return ordinal >= 1 && ordinal <= 21 ? fromValue(ordinalCentury(ordinal), "absolute") : null;
    },
  },
  {
    name: "spelled-year",
    pattern: seq(
      behind(cap("intro", "the year")),
      alt(
        seq(cap("century", words(Object.keys(SPELLED_CENTURIES))), opt("hundred"), opt("and"), cap("rest", TWO_DIGITS)),
        seq("two thousand", opt("and"), opt(cap("rest2", TWO_DIGITS))),
      ),
    ),
    type: "DATE",
    examples: [
      ["It happened in [nineteen ninety-six].", "2025-07-13", "1996"],
      ["Unemployment will halve by [the year two thousand].", "1998-01-08", "2000"],
    ],
    accept: (m, text) => readsAsSpelledYear(m, text),
    normalise: (m) => fromValue(String(spelledYear(m)), "absolute"),
  },
];

function yearResolution(yearText: string, reference: string | null) {
  const year = Number(yearText);
  return isPlausibleYear(year, reference) ? fromValue(String(year), "absolute") : null;
}

// A four-digit number is a year in a temporal frame ("in 2006"), as an adjective ("the 2006 war") or in a list of
// years; not before a counted noun ("2000 people"), a clock word ("1930 GMT") or after a label ("Resolution 1701").
function readsAsYear(text: string, start: number, end: number): boolean {
  const before = wordBefore(text, start);
  const after = wordAfter(text, end);
  if (QUANTITIES.has(after.toLowerCase()) || CLOCK_WORDS.has(after.toLowerCase())) return false;
  if (LABELS.has(before)) return false;
  return FRAMES.has(before) || adjectival(text, start, before, after) || inYearList(text, start);
}

// "Israel's 2006 war", "a 1996 law", "his unsuccessful 1996 campaign": a determiner (maybe with one adjective) before and a noun after.
function adjectival(text: string, start: number, before: string, after: string): boolean {
  if (!/^[A-Za-z]/.test(after) || PREPOSITION_SET.has(after.toLowerCase())) return false;
  if (/['’]s$/.test(before) || DETERMINER_SET.has(before)) return true;
  const twoBefore = /([A-Za-z'’]+)\s+[A-Za-z-]+\s+$/.exec(text.slice(Math.max(0, start - 40), start))?.[1] ?? "";
  return DETERMINER_SET.has(twoBefore.toLowerCase()) || /['’]s$/.test(twoBefore);
}

// "in 1994, 1995 and 1997": later years of a list share the first one's frame.
function inYearList(text: string, start: number): boolean {
  return /\b(1[89]\d\d|20\d\d)(?:,\s*|\s+(?:and|or|to)\s+|,\s*(?:and|or)\s+|\s*[-–]\s*)$/.test(
    text.slice(Math.max(0, start - 12), start),
  );
}

function startWithThe(text: string, start: number): number {
  return start - (/\bthe\s+$/i.exec(text.slice(Math.max(0, start - 5), start))?.[0].length ?? 0);
}

// "twenty six" is a count: a spelled year's last part is a teen, a ten or "oh five" (or follows "hundred"); "two
// thousand" alone or "two thousand five" is a year only after "the year" or a preposition.
function readsAsSpelledYear(m: RegExpExecArray, text: string): boolean {
  const words = m[0].toLowerCase();
  const introduced = Boolean(group(m, "intro"));
  if (group(m, "century")) {
    const first = group(m, "rest").toLowerCase().split(/[- ]/)[0] ?? "";
    return /hundred/.test(words) || first === "oh" || (countValue(first) ?? 0) >= 10;
  }
  if (!group(m, "rest2")) return introduced;
  return introduced || /\b(in|since|by|until|of)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index));
}

function spelledYear(m: RegExpExecArray): number {
  const century = group(m, "century") ? (SPELLED_CENTURIES[group(m, "century").toLowerCase()] as number) : 20;
  const rest = group(m, "rest") || group(m, "rest2");
  return century * 100 + (rest ? (countValue(rest.replace(/^oh[- ]/i, "")) ?? 0) : 0);
}
