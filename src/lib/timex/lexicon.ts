import { cueWords, DIGITS } from "./cueWords.ts";

/** Month names and news abbreviations, capitalised as written; "May" and "March" still need context checks. */
export const MONTH_PATTERN =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.|Apr\\.?|Jun\\.|Jul\\.|Aug\\.?|Sept\\.?|Sep\\.|Oct\\.?|Nov\\.?|Dec\\.?)";

/** Weekday names, capitalised, with common abbreviations. */
export const WEEKDAY_PATTERN = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

/** Month names in full, as cue words. */
export const MONTH_WORDS = cueWords(
  ...["january", "february", "march", "april", "may", "june", "july", "august", "september", "october"],
  ...["november", "december"],
);
/** Month names in full or abbreviated as MONTH_PATTERN has them ("Sept.", "Jan"), as cue words. */
export const MONTH_AND_SHORT_WORDS = cueWords(
  ...MONTH_WORDS,
  ...["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"],
);
/** Weekday names, as cue words. */
export const WEEKDAY_WORDS = cueWords("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** Month number 1–12 of a month name or abbreviation, or 0. */
export function monthNumber(word: string): number {
  return MONTHS[word.slice(0, 3).toLowerCase()] ?? 0;
}

const WEEKDAYS: Record<string, number> = { mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7 };

/** ISO weekday 1 (Monday)–7 (Sunday) of a weekday name, or 0. */
export function weekdayNumber(word: string): number {
  return WEEKDAYS[word.slice(0, 3).toLowerCase()] ?? 0;
}

const SMALL: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
  half: 0.5,
};

/** Words for a count: digits, number words up to ninety-nine, or vague counts ("several"). */
export const COUNT_PATTERN =
  "(?:\\d+(?:\\.\\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a hundred|a dozen|a few|a couple of|several|few|many|some|a|an)";

/** Words a count can begin with, as start words for matchAllFrom: digits, number words, "a"/"an", vague counts. */
export const COUNT_STARTS: readonly string[] = [
  DIGITS,
  ...cueWords(
    ...["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "one", "two", "three", "four"],
    ...["five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen"],
    ...["sixteen", "seventeen", "eighteen", "nineteen", "a", "an", "several", "few", "many", "some"],
  ),
];

/** Numeric value of a count phrase, or null for a vague count ("several", "a few"), which TimeML writes as X. */
export function countValue(words: string): number | null {
  const w = words.toLowerCase().trim();
  if (/^\d+(\.\d+)?$/.test(w)) return Number(w);
  if (w === "a couple of") return 2;
  if (w === "a hundred") return 100;
  if (w === "a dozen") return 12;
  const parts = w.split(/[- ]/);
  let total = 0;
  for (const p of parts) {
    const n = SMALL[p];
    if (n === undefined) return null;
    total += n;
  }
  return total;
}

/** Time units as they appear in text. */
export const UNIT_PATTERN = "(?:second|minute|hour|day|week|month|year|decade|century|centuries|quarter|weekend)";

/** TimeML duration letter and multiplier for a unit word; clock units go after "T". */
export function unitCode(word: string): { letter: string; factor: number; clock: boolean } | null {
  const w = word.toLowerCase().replace(/s$/, "");
  if (w.startsWith("second")) return { letter: "S", factor: 1, clock: true };
  if (w.startsWith("minute")) return { letter: "M", factor: 1, clock: true };
  if (w.startsWith("hour")) return { letter: "H", factor: 1, clock: true };
  if (w.startsWith("day")) return { letter: "D", factor: 1, clock: false };
  if (w.startsWith("weekend")) return { letter: "WE", factor: 1, clock: false };
  if (w.startsWith("week")) return { letter: "W", factor: 1, clock: false };
  if (w.startsWith("month")) return { letter: "M", factor: 1, clock: false };
  if (w.startsWith("year")) return { letter: "Y", factor: 1, clock: false };
  if (w.startsWith("decade")) return { letter: "Y", factor: 10, clock: false };
  if (w.startsWith("centur")) return { letter: "Y", factor: 100, clock: false };
  if (w.startsWith("quarter")) return { letter: "Q", factor: 1, clock: false };
  return null;
}

/** TIMEX3 duration value, "P10W", "PT3H", or "PXY" for a vague count. */
export function durationValue(count: number | null, unit: string): string | null {
  const code = unitCode(unit);
  if (!code) return null;
  const n = count === null ? "X" : formatCount(count * code.factor);
  return code.clock ? `PT${n}${code.letter}` : `P${n}${code.letter}`;
}

function formatCount(n: number): string {
  return Number.isInteger(n) ? String(n) : String(n).replace(/\.?0+$/, "");
}

/** Ordinal words of quarters and halves. */
export function ordinalNumber(word: string): number {
  const w = word.toLowerCase();
  if (/^(first|1st)$/.test(w)) return 1;
  if (/^(second|2nd)$/.test(w)) return 2;
  if (/^(third|3rd)$/.test(w)) return 3;
  if (/^(fourth|4th|final|last)$/.test(w)) return 4;
  return 0;
}
