import { addDays } from "../dates/index.ts";
import { cueWords, DIGITS, findCues, matchAllFrom } from "./cueWords.ts";
import { WEEKDAY_PATTERN, weekdayNumber } from "./lexicon.ts";
import type { Mention, ResolveContext } from "./mention.ts";
import { findFollowing, findPreceding } from "./precedingTimexes.ts";
import { rangeOfValue } from "./rangeOfValue.ts";
import { resolveWeekday } from "./resolveWeekday.ts";

const CLOCK = new RegExp(
  `\\b(\\d{1,2})(?::(\\d{2}))?\\s*(a\\.m\\.?|p\\.m\\.?|am\\b|pm\\b)(?:\\s+(?:local time|[ECMP][SD]T|GMT|UTC)\\b)?(?:,?\\s+(today|yesterday|tomorrow|${WEEKDAY_PATTERN}))?|\\b(noon|midnight)\\b`,
  "iy",
);

// Words every match of a pattern begins with, as a whole word: the pattern is tried only where they stand (see cueWords.ts).
const CLOCK_STARTS = [DIGITS, ...cueWords("noon", "midnight")];

/** Clock times ("10:35 a.m.", "5 p.m. EST", "9 a.m. Tuesday", "noon") on the publication day or a named day. */
export function findClockTimes(text: string, cues = findCues(text)): Mention[] {
  const out: Mention[] = [];
  for (const m of matchAllFrom(text, cues, CLOCK, CLOCK_STARTS)) {
    let hour = m[5] ? (/noon/i.test(m[5]) ? 12 : 24) : Number(m[1]);
    const minute = m[2] ?? "00";
    if (!m[5]) {
      if (hour < 1 || hour > 12) continue;
      const pm = /^p/i.test(m[3] as string);
      hour = pm ? (hour % 12) + 12 : hour % 12;
    }
    const dayWord = m[4];
    const end = m.index + m[0].length;
    out.push({
      start: m.index,
      end,
      type: "TIME",
      // Waits for the days of its sentence: "on Friday at 10:35 a.m." is Friday's.
      deferred: true,
      resolve: (ctx) => {
        const hhmm = `${String(hour).padStart(2, "0")}:${minute}`;
        if (!ctx.reference) return { value: `XXXX-XX-XXT${hhmm}`, range: null, basis: "relative" };
        let day = dayInSentence(ctx, m.index) ?? ctx.reference;
        if (dayWord) {
          const w = dayWord.toLowerCase();
          if (w === "yesterday") day = addDays(day, -1);
          else if (w === "tomorrow") day = addDays(day, 1);
          else if (w !== "today") day = resolveWeekday(weekdayNumber(dayWord), ctx.reference, ctx.tense);
        }
        return { value: `${day}T${hhmm}`, range: rangeOfValue(day), basis: "relative" };
      },
    });
  }
  return out;
}

const DAY = /^\d{4}-\d{2}-\d{2}/;

// The day named nearest before the time in its sentence, else the first one after it.
function dayInSentence(ctx: ResolveContext, offset: number): string | null {
  const day =
    findPreceding(ctx.resolved, offset, DAY, offset - ctx.sentence.start) ??
    findFollowing(ctx.resolved, offset, ctx.sentence.end, DAY);
  return day ? day.value.slice(0, 10) : null;
}
