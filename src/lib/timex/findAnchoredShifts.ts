import { cueWords, findCues, matchAllFrom } from "./cueWords.ts";
import { COUNT_PATTERN, COUNT_STARTS, countValue } from "./lexicon.ts";
import type { Mention, ResolveContext } from "./mention.ts";
import { type PeriodUnit, periodUnit, periodValue, shiftDay, shiftValue } from "./periodValues.ts";
import { findFollowing, findPreceding } from "./precedingTimexes.ts";
import { rangeOfValue } from "./rangeOfValue.ts";
import type { Timex } from "./types.ts";

const SHIFT = new RegExp(
  `\\b(?:(about|almost|nearly|some|more than|less than|over|roughly|around|only|just|barely)\\s+)?(${COUNT_PATTERN})\\s+(minute|hour|day|week|month|quarter|year|decade)s?\\s+(earlier|later|before|after|afterwards?|previously)\\b`,
  "iy",
);
const VAGUE_SHIFT = /\b(minutes|hours|days|weeks|months|years)\s+(later|earlier|afterwards?)\b/iy;
// "the next year" counts from the publication (findRelativePeriods); "the next day" and "the following year" from the story.
const NEXT_DAY =
  /\b(the\s+(?:following|previous|preceding)\s+(day|week|month|year|morning|evening|night)|the\s+next\s+(day|morning|evening|night)|the\s+day\s+(?:before|after))\b/iy;
const YEAR_EARLIER =
  /\b(?:the\s+)?(year-earlier|year-ago|year earlier|prior-year|previous-year)(?:\s+(period|quarter|(?:first|second|third|fourth)\s+quarter|nine months|six months|three months|month|level|results))?\b/iy;

// Cue words, one of which every match of the pattern holds as a whole word (see cueWords.ts).
const SHIFT_CUES = cueWords("earlier", "later", "before", "after", "afterward", "afterwards", "previously");
const VAGUE_SHIFT_CUES = cueWords("later", "earlier", "afterward", "afterwards");
const NEXT_DAY_CUES = cueWords("following", "previous", "preceding", "next", "day");
const YEAR_EARLIER_CUES = cueWords("earlier", "ago", "prior", "previous");

// Words every match of a pattern begins with, as a whole word: the pattern is tried only where they stand (see cueWords.ts).
const VAGUE_SHIFT_STARTS = cueWords("minutes", "hours", "days", "weeks", "months", "years");
const THE_STARTS = cueWords("the");
const YEAR_EARLIER_STARTS = cueWords("the", "year", "prior", "previous");

// Words every match of a pattern begins with, as a whole word: the pattern is tried only where they stand (see cueWords.ts).
const SHIFT_STARTS = [
  ...cueWords(
    "about",
    "almost",
    "nearly",
    "some",
    "more",
    "less",
    "over",
    "roughly",
    "around",
    "only",
    "just",
    "barely",
  ),
  ...COUNT_STARTS,
];

/** Expressions counted from another date in the text: "a day after the attack on Oct. 7, 2023", "a year earlier", "hours later", "the next day", "the year-earlier quarter". */
export function findAnchoredShifts(text: string, cues = findCues(text)): Mention[] {
  const out: Mention[] = [];
  for (const m of matchAllFrom(text, cues, SHIFT, SHIFT_STARTS, SHIFT_CUES)) {
    const count = countValue(m[2] as string);
    const unit = periodUnit(m[3] as string);
    const clock = /minute|hour/i.test(m[3] as string);
    const direction = /earlier|before|previously/i.test(m[4] as string) ? -1 : 1;
    const lookAhead = /before|after/i.test(m[4] as string);
    const hedged = Boolean(m[1]);
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      type: "DATE",
      deferred: true,
      priority: 1,
      resolve: (ctx) => {
        const anchor = findAnchor(ctx, m.index, lookAhead);
        if (!anchor) return null;
        if (clock || count === null || !unit) {
          return { value: dayOf(anchor.value), range: anchorRange(anchor, true), basis: anchor.basis };
        }
        // The value takes the grain of the shift ("a year earlier" is a year), except that earnings
        // reports compare quarters, so a quarter a year earlier stays a quarter.
        const amount = direction * Math.round(count);
        const quarterly = /-Q\d$/.test(anchor.value) && (unit === "year" || unit === "quarter");
        const value = quarterly ? shiftValue(anchor.value, unit, amount) : shiftAtGrain(anchor, unit, amount);
        if (!value) return null;
        return { value, range: rangeOfValue(value, hedged), basis: anchor.basis };
      },
    });
  }
  for (const m of matchAllFrom(text, cues, VAGUE_SHIFT, VAGUE_SHIFT_STARTS, VAGUE_SHIFT_CUES)) {
    const clock = /minute|hour/i.test(m[1] as string);
    const letter =
      { minutes: "TXM", hours: "TXH", days: "XD", weeks: "XW", months: "XM", years: "XY" }[
        (m[1] as string).toLowerCase()
      ] ?? "XD";
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      type: clock ? "DATE" : "DURATION",
      deferred: true,
      resolve: (ctx) => {
        if (!clock) return { value: `P${letter}`, range: null, basis: "anchored" };
        // "hours later" stays on the day of the event just told.
        const anchor = findAnchor(ctx, m.index, false);
        return anchor ? { value: dayOf(anchor.value), range: anchorRange(anchor, true), basis: anchor.basis } : null;
      },
    });
  }
  for (const m of matchAllFrom(text, cues, NEXT_DAY, THE_STARTS, NEXT_DAY_CUES)) {
    const words = m[0].toLowerCase();
    const direction = /previous|preceding|before/.test(words) ? -1 : 1;
    const unit: PeriodUnit = periodUnit(m[2] ?? m[3] ?? "day") ?? "day";
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      type: "DATE",
      deferred: true,
      resolve: (ctx) => {
        const anchor = findAnchor(ctx, m.index, false);
        const from = anchor?.range?.start;
        if (!from) return null;
        const value = periodValue(shiftDay(from, unit, direction), unit);
        return { value, range: rangeOfValue(value), basis: anchor?.basis ?? "anchored" };
      },
    });
  }
  for (const m of matchAllFrom(text, cues, YEAR_EARLIER, YEAR_EARLIER_STARTS, YEAR_EARLIER_CUES)) {
    const noun = (m[2] ?? "").toLowerCase();
    if (/months/.test(noun)) {
      const n = noun.startsWith("nine") ? 9 : noun.startsWith("six") ? 6 : 3;
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        type: "DURATION",
        resolve: () => ({ value: `P${n}M`, range: null, basis: "anchored" }),
      });
      continue;
    }
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      type: "DATE",
      deferred: true,
      resolve: (ctx) => {
        const anchor = findAnchor(ctx, m.index, false, /^\d{4}(-Q\d|-H\d|-\d{2})?$/);
        if (!anchor) return null;
        // "year-earlier" is earnings-report language: with no period told, it is the last reported quarter's.
        const base =
          anchor.basis === "anchored" ? anchor.value : periodValue(shiftDay(anchor.value, "quarter", -1), "quarter");
        const value = shiftValue(base, "year", -1);
        return value ? { value, range: rangeOfValue(value), basis: anchor.basis } : null;
      },
    });
  }
  return out;
}

const DATED = /^\d{4}(-\d{2}(-\d{2}(T.*)?)?|-Q\d|-H\d|-W\d{2})?$/;

/** The date a shift counts from: a date later in the sentence for "after/before the X on DATE", else the latest one before it, else publication. */
function findAnchor(ctx: ResolveContext, offset: number, lookAhead: boolean, shape: RegExp = DATED): Anchor | null {
  // Another shifted expression ("a year ago") is no anchor: shifting it again would count twice.
  const ownDate = (t: Timex) => t.basis === "anchored" || /\b(ago|earlier|later)\b|year-(ago|earlier)/i.test(t.text);
  const ahead = lookAhead ? findFollowing(ctx.resolved, offset, ctx.sentence.end, shape, ownDate) : null;
  const anchor = ahead ?? findPreceding(ctx.resolved, offset, shape, Number.POSITIVE_INFINITY, ownDate);
  if (anchor) return { value: anchor.value, range: anchor.range, basis: "anchored" };
  // With nothing told before, the story's day is the publication's.
  return ctx.reference ? { value: ctx.reference, range: rangeOfValue(ctx.reference), basis: "relative" } : null;
}

/** The date a shift counts from, and whether it came from the text or fell back to the publication. */
type Anchor = Pick<Timex, "value" | "range" | "basis">;

function dayOf(value: string): string {
  return value.replace(/T.*$/, "");
}

function anchorRange(anchor: Pick<Timex, "value" | "range">, approximate: boolean) {
  const range = anchor.range ?? rangeOfValue(dayOf(anchor.value));
  return range ? { ...range, approximate } : null;
}

function shiftAtGrain(anchor: Pick<Timex, "value" | "range">, unit: PeriodUnit, amount: number): string | null {
  const day = /^\d{4}-\d{2}-\d{2}/.test(anchor.value) ? dayOf(anchor.value) : anchor.range?.start;
  return day ? periodValue(shiftDay(day, unit, amount), unit) : null;
}
