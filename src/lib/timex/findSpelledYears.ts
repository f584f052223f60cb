import { cueWords, findCues, matchAllFrom } from "./cueWords.ts";
import type { Mention } from "./mention.ts";
import { fromValue } from "./resolveHelpers.ts";

const UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const TEENS = [
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const TWO_DIGITS =
  "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:oh[- ])?(?:one|two|three|four|five|six|seven|eight|nine))";
const SPELLED = new RegExp(
  `\\b(?:the year\\s+)?(?:(eighteen|nineteen|twenty)\\s+(?:hundred(?:\\s+and)?\\s+)?(${TWO_DIGITS})|two thousand(?:\\s+and)?(?:\\s+(${TWO_DIGITS}))?)\\b`,
  "iy",
);

// Cue words, one of which every match of the pattern holds as a whole word (see cueWords.ts).
const SPELLED_CUES = cueWords("eighteen", "nineteen", "twenty", "thousand");

// Words every match of a pattern begins with, as a whole word: the pattern is tried only where they stand (see cueWords.ts).
const SPELLED_STARTS = cueWords("the", "eighteen", "nineteen", "twenty", "two");

/** Years spelled out as speech transcripts write them: "nineteen ninety-six", "the year two thousand". */
export function findSpelledYears(text: string, cues = findCues(text)): Mention[] {
  const out: Mention[] = [];
  for (const m of matchAllFrom(text, cues, SPELLED, SPELLED_STARTS, SPELLED_CUES)) {
    const century = m[1] ? { eighteen: 18, nineteen: 19, twenty: 20 }[m[1].toLowerCase()] : 20;
    const rest = m[1] ? m[2] : m[3];
    const year = (century as number) * 100 + (rest ? twoDigits(rest) : 0);
    // "twenty six" is a count: a spelled year's last part is a teen, a ten or "oh five".
    if (
      m[1] &&
      rest &&
      !/^(oh|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)/i.test(
        rest,
      ) &&
      !/hundred/i.test(m[0])
    )
      continue;
    // "two thousand" alone is a count unless it is introduced as a year.
    if (!m[1] && !rest && !/^the year/i.test(m[0])) continue;
    if (
      !m[1] &&
      rest &&
      !/^the year/i.test(m[0]) &&
      !/\b(in|since|by|until|of)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index))
    )
      continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      type: "DATE",
      resolve: () => fromValue(String(year), "absolute"),
    });
  }
  return out;
}

function twoDigits(words: string): number {
  const parts = words
    .toLowerCase()
    .replace(/^oh[- ]/, "")
    .split(/[- ]/);
  const first = parts[0] as string;
  if (TEENS.includes(first)) return 10 + TEENS.indexOf(first);
  if (TENS.includes(first)) return TENS.indexOf(first) * 10 + (parts[1] ? UNITS.indexOf(parts[1]) : 0);
  return UNITS.indexOf(first);
}
