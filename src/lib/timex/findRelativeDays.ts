import { addDays } from "../dates/index.ts";
import { cueWords, findCues, matchAllFrom } from "./cueWords.ts";
import { DAY_PARTS } from "./findWeekdays.ts";
import type { Mention, Resolution } from "./mention.ts";
import { fromValue } from "./resolveHelpers.ts";

const DAY_WORD =
  /\b(?:(early|late|earlier|later)\s+)?(today|yesterday|tomorrow|tonight)(?:['’]s)?(?:\s+(morning|afternoon|evening|night))?\b/iy;
const THIS_PART = /\b(this|last|tomorrow|yesterday)\s+(morning|afternoon|evening)\b|\blast night\b/iy;
// Each pattern with its value, the words its matches begin with and its cue words (see cueWords.ts).
const REFS: [RegExp, string, readonly string[], readonly string[]][] = [
  [
    /\b(?:right now|now|currently|at present|at the moment|these days|nowadays|presently|the present)\b/iy,
    "PRESENT_REF",
    cueWords("right", "now", "currently", "at", "these", "nowadays", "presently", "the"),
    cueWords("now", "currently", "present", "moment", "days", "nowadays", "presently"),
  ],
  [
    /\bcurrent(?!\s+(?:quarter|year|month|week|period|fiscal|session|decade|season|term))\b/iy,
    "PRESENT_REF",
    cueWords("current"),
    cueWords("current"),
  ],
  [
    /\b(?:recently|recent years|recent(?!\s+(?:months|weeks|days|years)\b)|the past(?!\s+(?:\d|few|several|two|three|four|five|six|seven|eight|nine|ten|twelve|year|month|week|day|decade|century|quarter|weekend|hour|minute))|in the past|lately)\b/iy,
    "PAST_REF",
    cueWords("recently", "recent", "the", "in", "lately"),
    cueWords("recently", "recent", "past", "lately"),
  ],
  [
    /\b(?:the future|the near future|in future|someday)\b/iy,
    "FUTURE_REF",
    cueWords("the", "in", "someday"),
    cueWords("future", "someday"),
  ],
];

// Cue words, one of which every match of the pattern holds as a whole word (see cueWords.ts).
const DAY_WORD_CUES = cueWords("today", "yesterday", "tomorrow", "tonight");
const THIS_PART_CUES = cueWords("morning", "afternoon", "evening", "night");

// Words every match of a pattern begins with, as a whole word: the pattern is tried only where they stand (see cueWords.ts).
const DAY_WORD_STARTS = cueWords("early", "late", "earlier", "later", ...DAY_WORD_CUES);
const THIS_PART_STARTS = cueWords("this", "last", "tomorrow", "yesterday");

/** Days named from the publication ("today", "yesterday", "tonight", "this morning") and the vague present, past and future ("now", "recently", "the future"). */
export function findRelativeDays(text: string, cues = findCues(text)): Mention[] {
  const out: Mention[] = [];
  for (const m of matchAllFrom(text, cues, DAY_WORD, DAY_WORD_STARTS, DAY_WORD_CUES)) {
    const word = (m[2] as string).toLowerCase();
    const part = m[3] ? DAY_PARTS[m[3].toLowerCase()] : word === "tonight" ? "TNI" : undefined;
    const end = m.index + m[0].length - (!m[3] && /['’]s$/.test(m[0]) ? 2 : 0);
    const shift = word === "yesterday" ? -1 : word === "tomorrow" ? 1 : 0;
    out.push(dayMention(m.index, end, shift, part));
  }
  for (const m of matchAllFrom(text, cues, THIS_PART, THIS_PART_STARTS, THIS_PART_CUES)) {
    const lower = m[0].toLowerCase();
    const shift = /^(yesterday|last)/.test(lower) ? -1 : lower.startsWith("tomorrow") ? 1 : 0;
    const part = lower === "last night" ? "TNI" : DAY_PARTS[(m[2] as string).toLowerCase()];
    out.push(dayMention(m.index, m.index + m[0].length, shift, part));
  }
  for (const [re, value, starts, words] of REFS) {
    for (const m of matchAllFrom(text, cues, re, starts, words)) {
      // "in the past" marks only "the past", as TimeBank does.
      const skip = /^in /i.test(m[0]) ? 3 : 0;
      out.push({
        start: m.index + skip,
        end: m.index + m[0].length,
        type: "DATE",
        resolve: () => ({ value, range: null, basis: "relative" }),
      });
    }
  }
  return out;
}

function dayMention(start: number, end: number, shift: number, part: string | undefined): Mention {
  return {
    start,
    end,
    type: part ? "TIME" : "DATE",
    priority: 1,
    resolve: (ctx): Resolution => {
      if (!ctx.reference)
        return {
          value: shift === 0 && !part ? "PRESENT_REF" : `XXXX-XX-XX${part ?? ""}`,
          range: null,
          basis: "relative",
        };
      const day = addDays(ctx.reference, shift);
      const resolution = fromValue(day, "relative");
      return part ? { ...resolution, value: `${day}${part}` } : resolution;
    },
  };
}
