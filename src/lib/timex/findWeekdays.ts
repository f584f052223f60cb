import { cueWords, findCues, matchAllFrom } from "./cueWords.ts";
import { WEEKDAY_PATTERN, WEEKDAY_WORDS, weekdayNumber } from "./lexicon.ts";
import type { Mention } from "./mention.ts";
import { fromValue } from "./resolveHelpers.ts";
import { resolveWeekday } from "./resolveWeekday.ts";

const WEEKDAY = new RegExp(
  `\\b(?:([Ll]ast|[Nn]ext|[Tt]his past|[Tt]his coming|[Tt]his)\\s+)?(${WEEKDAY_PATTERN})(?:['’]s)?(?:\\s+(morning|afternoon|evening|night))?\\b`,
  "y",
);

/** Parts of a day as TIMEX3 writes them after the date. */
export const DAY_PARTS: Record<string, string> = { morning: "TMO", afternoon: "TAF", evening: "TEV", night: "TNI" };

// Words every match of a pattern begins with, as a whole word: the pattern is tried only where they stand (see cueWords.ts).
const WEEKDAY_STARTS = cueWords("last", "next", "this", ...WEEKDAY_WORDS);

/** Weekdays ("on Sunday", "said Friday", "last Friday", "Monday morning"), resolved by the clause's tense. */
export function findWeekdays(text: string, cues = findCues(text)): Mention[] {
  const out: Mention[] = [];
  for (const m of matchAllFrom(text, cues, WEEKDAY, WEEKDAY_STARTS, WEEKDAY_WORDS)) {
    // "Earlier Sunday" and "late Monday" stay outside the expression (AQUAINT and most of TimeBank).
    const modifier = (m[1] ?? "").toLowerCase();
    const weekday = weekdayNumber(m[2] as string);
    const part = m[3] ? DAY_PARTS[m[3].toLowerCase()] : undefined;
    // "Good Friday" and "Black Monday" are names, not the coming weekday.
    if (/\b(Good|Black|Cyber|Super|Easter|Ash|Bloody|Holy)\s+$/.test(text.slice(Math.max(0, m.index - 8), m.index)))
      continue;
    const end = m.index + m[0].length - (m[0].endsWith("'s") || m[0].endsWith("’s") ? 2 : 0);
    out.push({
      start: m.index,
      end,
      type: part ? "TIME" : "DATE",
      resolve: (ctx) => {
        if (!ctx.reference)
          return { value: `XXXX-WXX-${weekday}${part ? `T${part.slice(1)}` : ""}`, range: null, basis: "relative" };
        const day = resolveWeekday(weekday, ctx.reference, ctx.tense, modifier);
        const resolution = fromValue(day, "relative");
        return part ? { ...resolution, value: `${day}${part}` } : resolution;
      },
    });
  }
  return out;
}
