import {
  DAY_PARTS,
  FROM_END_ORDINALS,
  ORDINAL_WORDS,
  RATE_AMOUNTS,
  RATE_PRECEDERS,
  SEASONS,
  SET_ADVERBS,
  SET_QUANTIFIERS,
  UNITS,
  WEEKDAYS,
} from "../lexicon.ts";
import { alt, cap, cased, group, look, opt, raw, seq, tight, words } from "../pattern.ts";
import type { Rule } from "../rule.ts";
import { COUNT, DAY_PART, MONTH_NAME, QUARTER_ORDINAL, WEEKDAY } from "../slots.ts";
import { countValue, dayPartCode, durationValue, monthNumber, ordinalValue, pad2, weekdayNumber } from "../values.ts";

// Recurrences, TIMEX3 SETs: "daily", "every month", "each Thursday", "each July", "on Tuesdays", "$5 a year".

const SINGULAR_UNITS = UNITS.filter((u) => !["decade", "century", "millennium"].includes(u.word)).map((u) => u.word);
const RATE_WORDS = new Set(RATE_PRECEDERS);
const AMOUNT_WORDS = new Set([...RATE_PRECEDERS, ...RATE_AMOUNTS]);
// Recurring parts of a year or week that are not units.
const CALENDAR_SETS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.entries(SEASONS).map(([word, s]) => [word, `XXXX-${s.code}`])),
  weekend: "XXXX-WXX-WE",
  night: "XXXX-XX-XXTNI",
};

/** Recurrences, in the order the recogniser tries them. */
export const SET_RULES: readonly Rule[] = [
  {
    name: "set-adverb",
    pattern: cap("adverb", words(Object.keys(SET_ADVERBS))),
    type: "SET",
    examples: [["The paper is published [daily].", "2025-07-13", "P1D"]],
    // "profits rose 8.5% annually" is a rate, which TimeBank leaves unmarked, as it does "$2 million a year".
    accept: (m, text) => !isRate(text, m.index, true),
    normalise: (m) => set(SET_ADVERBS[group(m, "adverb").toLowerCase()] ?? "P1D"),
  },
  {
    name: "every-unit",
    pattern: seq(
      words(SET_QUANTIFIERS),
      opt(cap("other", "other")),
      opt(cap("count", COUNT)),
      cap("unit", words([...SINGULAR_UNITS.flatMap((u) => [u, `${u}s`]), ...Object.keys(CALENDAR_SETS)])),
    ),
    type: "SET",
    examples: [
      ["Inspectors come [every month].", "2025-07-13", "P1M"],
      ["Elections are held [every four years].", "2025-07-13", "P4Y"],
      ["Crowds come [each summer].", "2025-07-13", "XXXX-SU"],
    ],
    normalise: (m) => {
      const unit = group(m, "unit").toLowerCase();
      const count = group(m, "other") ? 2 : group(m, "count") ? countValue(group(m, "count")) : 1;
      const value = CALENDAR_SETS[unit] ?? durationValue(count, unit);
      return value ? set(value) : null;
    },
  },
  {
    name: "every-weekday",
    pattern: seq(
      words(SET_QUANTIFIERS),
      alt(cap("weekday", WEEKDAY), cap("month", MONTH_NAME)),
      opt(cap("part", DAY_PART)),
    ),
    type: "SET",
    examples: [
      ["The council meets [each Thursday].", "2025-07-13", "XXXX-WXX-4"],
      ["Pilgrims arrive [every July].", "2025-07-13", "XXXX-07"],
    ],
    normalise: (m) =>
      group(m, "month")
        ? set(`XXXX-${pad2(monthNumber(group(m, "month")))}`)
        : set(`XXXX-WXX-${weekdayNumber(group(m, "weekday"))}${dayPartCode(group(m, "part")) ?? ""}`),
  },
  {
    // "the first Monday of each month" recurs: its weekday is no single day.
    name: "nth-weekday-of-every",
    pattern: seq(
      words([...Object.keys(ORDINAL_WORDS), ...FROM_END_ORDINALS]),
      WEEKDAY,
      "of",
      words(SET_QUANTIFIERS),
      cap("unit", words(["month", "year"])),
    ),
    type: "SET",
    examples: [
      ["The agency publishes its figures on the [first Monday of each month].", "2023-10-07", "P1M"],
      ["Protesters gather on the [last Friday of every month].", "2023-10-07", "P1M"],
    ],
    normalise: (m) => set(durationValue(1, group(m, "unit")) ?? "P1M"),
  },
  {
    name: "plural-weekday",
    pattern: alt(
      cap("weekday", cased(words(WEEKDAYS.map((d) => `${d.name}s`)))),
      seq(cap("weekday2", WEEKDAY), cap("part", words(Object.keys(DAY_PARTS).map((p) => `${p}s`)))),
    ),
    type: "SET",
    examples: [
      ["Markets close on [Fridays].", "2025-07-13", "XXXX-WXX-5"],
      ["The show airs [Tuesday nights].", "2025-07-13", "XXXX-WXX-2TNI"],
    ],
    normalise: (m) =>
      set(
        `XXXX-WXX-${weekdayNumber((group(m, "weekday") || group(m, "weekday2")).replace(/s$/, ""))}${dayPartCode(group(m, "part").replace(/s$/, "")) ?? ""}`,
      ),
  },
  {
    name: "plural-quarter",
    pattern: alt(
      tight(cap("ordinal", QUARTER_ORDINAL), raw("[\\s-]+quarters\\b", null)),
      // "the second and fourth quarters": the first ordinal's noun is left out.
      tight(cap("elided", QUARTER_ORDINAL), look("(?=\\s+(?:and|or)\\s+\\w+[\\s-]+quarters\\b)")),
    ),
    type: "SET",
    examples: [
      ["Most sales come in the second and [fourth quarters].", "1989-10-26", "XXXX-Q4"],
      ["Most sales come in the [second] and fourth quarters.", "1989-10-26", "XXXX-Q2"],
    ],
    normalise: (m) => set(`XXXX-Q${ordinalValue(group(m, "ordinal") || group(m, "elided"))}`),
  },
  {
    name: "rate",
    pattern: seq(words(["a", "an", "per"]), cap("unit", words(SINGULAR_UNITS))),
    type: "SET",
    examples: [["It costs $5 [a year].", "2025-07-13", "P1Y"]],
    accept: (m, text) => isRate(text, m.index),
    normalise: (m) => {
      const value = durationValue(1, group(m, "unit"));
      return value ? set(value) : null;
    },
  },
];

function set(value: string) {
  return { value, range: null, basis: "relative" as const };
}

/**
 * True when the words before `start` make "a year" a rate: a price, a figure or a counted noun ("$5", "twice",
 * "20 times", "three meals"); with `amounts`, also a sum ("$2 million a year").
 */
export function isRate(text: string, start: number, amounts = false): boolean {
  const words = amounts ? AMOUNT_WORDS : RATE_WORDS;
  const before = text.slice(Math.max(0, start - 30), start);
  const last = /([A-Za-z]+(?:\s+cent)?|\d|%)\s*$/.exec(before)?.[1]?.toLowerCase() ?? "";
  if (/^\d$|^%$/.test(last) || words.has(last)) return true;
  if (!amounts) return false;
  // "20 rockets a day", "three meals a day": a counted plural noun; a rate, but one TimeBank leaves unmarked.
  const counted = /(\d[\d,.]*|[A-Za-z]+)\s+[a-z]+s\s+$/.exec(before)?.[1]?.toLowerCase() ?? "";
  return /^\d/.test(counted) || words.has(counted) || (countValue(counted) ?? 0) > 1;
}
