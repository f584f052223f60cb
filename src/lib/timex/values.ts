import {
  COUNT_PHRASES,
  DAY_PARTS,
  FRACTIONS,
  MONTHS,
  NUMBER_WORDS,
  ORDINAL_WORDS,
  PERIOD_UNITS,
  TENS_WORDS,
  UNITS,
  WEEKDAYS,
} from "./lexicon.ts";
import type { PeriodUnit } from "./periodValues.ts";

// Look-ups from the lexicon's words to numbers and TIMEX3 codes: the normalisation half of the lexicon.

const MONTH_BY_WORD = new Map<string, number>(
  MONTHS.flatMap((m) => [m.name, ...m.short].map((w) => [w.replace(/\.$/, "").toLowerCase(), m.number] as const)),
);
const WEEKDAY_BY_WORD = new Map<string, number>(
  WEEKDAYS.flatMap((d) => [d.name, ...d.short].map((w) => [w.replace(/\.$/, "").toLowerCase(), d.number] as const)),
);
const UNIT_BY_WORD = new Map<string, (typeof UNITS)[number]>(
  UNITS.flatMap((u) => [
    [u.word, u],
    [u.plural, u],
  ]),
);

/** Month number 1–12 of a month name or abbreviation ("Sept.", "sep"), or 0. */
export function monthNumber(word: string): number {
  return MONTH_BY_WORD.get(word.replace(/\.$/, "").toLowerCase()) ?? 0;
}

/** ISO weekday 1 (Monday)–7 (Sunday) of a weekday name or abbreviation, or 0. */
export function weekdayNumber(word: string): number {
  return WEEKDAY_BY_WORD.get(word.replace(/\.$/, "").toLowerCase()) ?? 0;
}

/** Two-digit form of a month or day number. */
export function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

/** Numeric value of a count ("21", "twenty-one", "a dozen", "two and a half", "2 1/2"), or null for a vague count ("several"). */
export function countValue(words: string): number | null {
  let w = words.toLowerCase().trim().replace(/\s+/g, " ");
  let fraction = 0;
  for (const [phrase, value] of Object.entries(FRACTIONS)) {
    if (w.endsWith(phrase)) {
      fraction = value;
      w = w.slice(0, -phrase.length).trim();
      break;
    }
  }
  if (w === "" && fraction) return fraction;
  let whole: number | null;
  if (/^\d+(\.\d+)?$/.test(w)) whole = Number(w.replace(/,/g, ""));
  else if (w in COUNT_PHRASES) whole = COUNT_PHRASES[w] ?? null;
  else whole = numberWordsValue(w);
  return whole === null ? null : whole + fraction;
}

// "twenty-one", "forty five", "seven": tens and a unit.
function numberWordsValue(w: string): number | null {
  let total = 0;
  for (const part of w.split(/[- ]/)) {
    const n = NUMBER_WORDS[part] ?? TENS_WORDS[part];
    if (n === undefined) return null;
    total += n;
  }
  return total;
}

/** The lexicon's entry for a unit word ("weeks", "Century"), or undefined. */
export function unitOf(word: string): (typeof UNITS)[number] | undefined {
  return UNIT_BY_WORD.get(word.toLowerCase());
}

/** The calendar period a unit word names, or null ("hours" names none). */
export function periodUnit(word: string): PeriodUnit | null {
  const unit = unitOf(word)?.word;
  return unit && (PERIOD_UNITS as readonly string[]).includes(unit) ? (unit as PeriodUnit) : null;
}

/**
 * TIMEX3 duration of a count of a unit: "P10W", "PT3H", "P9M" for three quarters, "P2Y6M" for two and a half years,
 * "PXY" for a vague count; null for a word that is no unit.
 */
export function durationValue(count: number | null, unitWord: string): string | null {
  const unit = unitOf(unitWord);
  if (!unit) return null;
  const prefix = unit.clock ? "PT" : "P";
  if (count === null) return `${prefix}X${unit.letter}`;
  const amount = count * unit.factor;
  if (Number.isInteger(amount)) return `${prefix}${amount}${unit.letter}`;
  // A fraction goes into the next finer unit where it comes out whole: P2Y6M, PT1M30S, P2DT12H.
  const whole = Math.floor(amount);
  const finer = unit.finer;
  const rest = (amount - whole) * (finer?.per ?? 1);
  if (!finer || !Number.isInteger(rest)) return `${prefix}${formatNumber(amount)}${unit.letter}`;
  const head = whole ? `${whole}${unit.letter}` : "";
  return finer.letter === "TH" ? `P${head}T${rest}H` : `${prefix}${head}${rest}${finer.letter}`;
}

function formatNumber(n: number): string {
  return String(Number(n.toFixed(3)));
}

/** Value of an ordinal word or figure ("third", "3rd", "21st"), or 0. */
export function ordinalValue(word: string): number {
  const w = word.toLowerCase();
  const figure = /^(\d+)(?:st|nd|rd|th)$/.exec(w);
  if (figure) return Number(figure[1]);
  return ORDINAL_WORDS[w] ?? 0;
}

/** TIMEX3 code of a part of the day ("morning" = TMO), or undefined. */
export function dayPartCode(word: string): string | undefined {
  return DAY_PARTS[word.toLowerCase().replace(/\s+/g, " ")];
}
