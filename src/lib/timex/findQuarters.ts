import { cueWords, findCues, matchAllFrom } from "./cueWords.ts";
import { ordinalNumber } from "./lexicon.ts";
import type { Mention } from "./mention.ts";
import { periodValue, shiftDay } from "./periodValues.ts";
import { rangeOfValue } from "./rangeOfValue.ts";
import { fromValue, isPlausibleYear } from "./resolveHelpers.ts";
import { resolveQuarterYear } from "./resolveMonth.ts";

const QUARTER =
  /\b(?:(the|this year's|last year's|next year's|this|last|next)\s+)?(first|second|third|fourth|1st|2nd|3rd|4th|final)[\s-](quarter|half)(?:\s+(?:of\s+)?(?:(?:fiscal|the\s+fiscal\s+year|the\s+year)\s+)?(\d{4})(?!\d)|\s+of\s+(this|last|next)\s+year)?/iy;
const LATEST =
  /\b(the (?:latest|recent|most recent|current|previous|past|fourth|latest fiscal|just-ended|just-completed)?\s*quarter|last quarter|this quarter|next quarter|the latest period)\b/iy;
const SEASON =
  /\b(?:(this|last|next|this past|this coming|the|early|late|mid-?|the early|the late)\s+)?(spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?(\d{4})(?!\d))?\b/iy;
const SEASON_CODE: Record<string, string> = { spring: "SP", summer: "SU", fall: "FA", autumn: "FA", winter: "WI" };
const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

// Cue words, one of which every match of the pattern holds as a whole word (see cueWords.ts).
const QUARTER_CUES = cueWords("first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th", "final");
const SEASON_CUES = cueWords("spring", "summer", "fall", "autumn", "winter");

// Words every match of a pattern begins with, as a whole word: the pattern is tried only where they stand (see cueWords.ts).
const QUARTER_STARTS = cueWords("the", "this", "last", "next", ...QUARTER_CUES);
const LATEST_STARTS = cueWords("the", "last", "this", "next");
const SEASON_STARTS = cueWords("this", "last", "next", "the", "early", "late", "mid", ...SEASON_CUES);

/** Quarters and halves ("the third quarter", "third-quarter", "the first half of 2024", "the latest quarter") and seasons ("last fall", "spring 2024"). */
export function findQuarters(text: string, cues = findCues(text)): Mention[] {
  const out: Mention[] = [];
  for (const m of matchAllFrom(text, cues, QUARTER, QUARTER_STARTS, QUARTER_CUES)) {
    const lead = (m[1] ?? "").toLowerCase();
    const n = ordinalNumber(m[2] as string);
    const half = (m[3] as string).toLowerCase() === "half";
    if (half && n > 2) continue;
    const yearText = m[4];
    const yearWord = (m[5] ?? "").toLowerCase();
    // "its third quarter": the possessive is not part of the expression; "this"/"the" are.
    const start = lead === "the" && m[0].includes("-") ? m.index + 4 : m.index;
    out.push({
      start,
      end: m.index + m[0].length,
      type: "DATE",
      priority: 1,
      resolve: (ctx) => {
        const code = half ? `H${n}` : `Q${n}`;
        if (yearText) {
          const year = Number(yearText);
          return isPlausibleYear(year, ctx.reference) ? fromValue(`${year}-${code}`, "absolute") : null;
        }
        if (!ctx.reference) return { value: `XXXX-${code}`, range: null, basis: "relative" };
        const refYear = Number(ctx.reference.slice(0, 4));
        let year = half
          ? n === 2 && Number(ctx.reference.slice(5, 7)) <= 6 && ctx.tense !== "future"
            ? refYear - 1
            : refYear
          : resolveQuarterYear(n, ctx.reference, ctx.tense);
        if (/last/.test(lead) || yearWord === "last") year = refYear - 1;
        if (/next/.test(lead) || yearWord === "next") year = refYear + 1;
        if (/^this/.test(lead) || yearWord === "this") year = refYear;
        return fromValue(`${year}-${code}`, "relative");
      },
    });
  }
  for (const m of matchAllFrom(text, cues, LATEST, LATEST_STARTS)) {
    const words = m[0].toLowerCase();
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      type: "DATE",
      resolve: (ctx) => {
        if (!ctx.reference) return { value: "XXXX-QX", range: null, basis: "relative" };
        // News reports a quarter after it closes, so "the quarter" is the one before publication.
        const shift = /current|this/.test(words) ? 0 : /next/.test(words) ? 1 : -1;
        return fromValue(periodValue(shiftDay(ctx.reference, "quarter", shift), "quarter"), "relative");
      },
    });
  }
  for (const m of matchAllFrom(text, cues, SEASON, SEASON_STARTS, SEASON_CUES)) {
    const lead = (m[1] ?? "").toLowerCase();
    const word = (m[2] as string).toLowerCase();
    const code = SEASON_CODE[word] as string;
    const yearText = m[3];
    // "fall" is mostly a verb; take it only with a frame ("last fall", "fall 2024").
    if (word === "fall" && !lead && !yearText) continue;
    if (
      !lead &&
      !yearText &&
      !/\b(in|during|by|until|since|over|through|this|last|next|of)\s+$/i.test(
        text.slice(Math.max(0, m.index - 10), m.index),
      )
    )
      continue;
    const start = /^(early|late|mid)/.test(lead) ? m.index + (m[1] as string).length + 1 : m.index;
    out.push({
      start,
      end: m.index + m[0].length,
      type: "DATE",
      resolve: (ctx) => {
        if (yearText) return fromValue(`${yearText}-${code}`, "absolute");
        if (!ctx.reference) return { value: `XXXX-${code}`, range: null, basis: "relative" };
        const year = seasonYear(
          code,
          ctx.reference,
          /last|past/.test(lead)
            ? "last"
            : /next|coming/.test(lead)
              ? "next"
              : ctx.tense === "future"
                ? "next"
                : "this",
        );
        return { value: `${year}-${code}`, range: rangeOfValue(`${year}-${code}`), basis: "relative" };
      },
    });
  }
  return out;
}

// Winter belongs to the year it starts in (December), so January's "this winter" is last year's.
function seasonYear(code: string, reference: string, which: "last" | "this" | "next"): number {
  const refYear = Number(reference.slice(0, 4));
  const refMonth = Number(reference.slice(5, 7));
  const first = SEASON_START[code] as number;
  // Latest season of this kind that has begun by the reference, and whether it is still going.
  const latest = refMonth >= first ? refYear : refYear - 1;
  const monthsIn = (refYear - latest) * 12 + refMonth - first;
  const ongoing = monthsIn < 3;
  if (which === "last") return ongoing ? latest - 1 : latest;
  if (which === "next") return latest + 1;
  if (ongoing) return latest;
  return latest === refYear ? latest : latest + 1;
}
