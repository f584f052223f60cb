import { cueWords, findCues, matchAllFrom } from "./cueWords.ts";
import { COUNT_PATTERN, countValue, durationValue } from "./lexicon.ts";
import type { Mention } from "./mention.ts";

const ADVERB = /\b(daily|nightly|weekly|monthly|annually|yearly|biweekly|hourly)\b/iy;
const EVERY = new RegExp(
  `\\b(?:every|each)\\s+(?:other\\s+)?(?:(${COUNT_PATTERN})\\s+)?(second|minute|hour|day|night|week|month|quarter|year|summer|winter|spring|fall|weekend)s?\\b`,
  "iy",
);
const RATE =
  /(?<=(?:\d|%|cents?|dollars?|times|twice|once|(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand)\s+[a-z]+s)\s{0,3})\b(a|an|per)\s+(second|minute|hour|day|week|month|quarter|year)\b/iy;
const ADVERB_VALUE: Record<string, string> = {
  daily: "P1D",
  nightly: "P1D",
  weekly: "P1W",
  monthly: "P1M",
  quarterly: "P1Q",
  annually: "P1Y",
  yearly: "P1Y",
  biweekly: "P2W",
  hourly: "PT1H",
};

// Cue words, one of which every match of the pattern holds as a whole word (see cueWords.ts).
const ADVERB_CUES = cueWords("daily", "nightly", "weekly", "monthly", "annually", "yearly", "biweekly", "hourly");
const EVERY_CUES = cueWords("every", "each");
const RATE_CUES = cueWords("second", "minute", "hour", "day", "week", "month", "quarter", "year");

// Words every match of a pattern begins with, as a whole word: the pattern is tried only where they stand (see cueWords.ts).
const RATE_STARTS = cueWords("a", "an", "per");

/** Recurrences: "daily", "every day", "each year", "$5 a year". */
export function findSets(text: string, cues = findCues(text)): Mention[] {
  const out: Mention[] = [];
  for (const m of matchAllFrom(text, cues, ADVERB, ADVERB_CUES)) {
    const value = ADVERB_VALUE[(m[1] as string).toLowerCase()] as string;
    out.push(setMention(m.index, m.index + m[0].length, value));
  }
  for (const m of matchAllFrom(text, cues, EVERY, EVERY_CUES)) {
    const unit = (m[2] as string).toLowerCase();
    const season = {
      summer: "XXXX-SU",
      winter: "XXXX-WI",
      spring: "XXXX-SP",
      fall: "XXXX-FA",
      weekend: "XXXX-WXX-WE",
      night: "XXXX-XX-XXTNI",
    }[unit];
    const count = m[1] ? countValue(m[1]) : 1;
    const value = season ?? durationValue(/other/i.test(m[0]) ? 2 : count, unit);
    if (value) out.push(setMention(m.index, m.index + m[0].length, value));
  }
  for (const m of matchAllFrom(text, cues, RATE, RATE_STARTS, RATE_CUES)) {
    const value = durationValue(1, m[2] as string);
    if (value) out.push(setMention(m.index, m.index + m[0].length, value));
  }
  return out;
}

function setMention(start: number, end: number, value: string): Mention {
  return { start, end, type: "SET", resolve: () => ({ value, range: null, basis: "relative" }) };
}
