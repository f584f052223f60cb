import {
  DIRECTION_MODIFIERS,
  LATEST_QUARTER_WORDS,
  QUARTER_NOUNS,
  SAME_PERIOD_WORDS,
  SEASON_FRAMES,
  SEASONS,
  YEAR_BACK_WORDS,
} from "../lexicon.ts";
import { alt, behind, cap, group, groupStart, join, look, opt, seq, tight, words } from "../pattern.ts";
import { periodValue, shiftDay } from "../periodValues.ts";
import { findPreceding } from "../precedingTimexes.ts";
import { fromValue, isPlausibleYear, wordBefore } from "../resolveHelpers.ts";
import { resolveQuarterYear } from "../resolveMonth.ts";
import type { Rule } from "../rule.ts";
import { QUARTER_ORDINAL, SEASON, YEAR } from "../slots.ts";
import { ordinalValue } from "../values.ts";

// Quarters and halves of a year ("the third quarter", "third-quarter", "the first half of 2024", "the 1988 second
// quarter", "the latest quarter") and seasons ("last fall", "spring 2024", "the winter of 1994").

const SEASON_FRAME_SET = new Set(SEASON_FRAMES);
const YEARS_OWN = ["this year's", "last year's", "next year's"];
const OF_YEAR = alt(
  seq(opt("of"), opt(words(["fiscal", "the fiscal year", "the year"])), cap("year", YEAR)),
  seq("of", cap("yearWord", words(["this", "last", "next"])), "year"),
);

/** Quarters, halves and seasons, in the order the recogniser tries them. */
export const QUARTER_RULES: readonly Rule[] = [
  {
    name: "quarter",
    pattern: seq(
      behind(cap("lead", words(["the", "its", ...YEARS_OWN, "this", "last", "next"]))),
      opt(cap("leadYear", YEAR)),
      opt("fiscal"),
      join("[\\s-]", [cap("ordinal", QUARTER_ORDINAL), cap("noun", words(QUARTER_NOUNS))]),
      opt(OF_YEAR),
    ),
    type: "DATE",
    priority: 1,
    examples: [
      ["Sales fell in [the first quarter].", "2025-05-12", "2025-Q1"],
      ["Sales fell in [the fourth quarter].", "1998-02-06", "1997-Q4"],
      ["Growth picked up in [the second half].", "2025-09-12", "2025-H2"],
      ["Profit rose from [the 1988 second quarter].", "1989-11-02", "1988-Q2"],
      ["[Third-quarter] profit rose.", "1989-11-02", "1989-Q3"],
    ],
    // "its third quarter": the possessive stays outside; so does "the" of an adjective ("the third-quarter results").
    accept: (m) => {
      const lead = group(m, "lead").toLowerCase();
      if (group(m, "noun").toLowerCase() === "half" && ordinalValue(group(m, "ordinal")) > 2) return false;
      const drop = lead === "its" || (lead === "the" && !group(m, "leadYear") && /-/.test(m[0]));
      // The lead was found by looking back: the match itself begins after it.
      return drop ? { start: m.index, end: m.index + m[0].length } : true;
    },
    normalise: (m, ctx) => {
      const lead = group(m, "lead").toLowerCase();
      const ordinal = group(m, "ordinal").toLowerCase();
      const n = ordinal === "final" ? 4 : ordinalValue(ordinal);
      const half = group(m, "noun").toLowerCase() === "half";
      const code = half ? `H${n}` : `Q${n}`;
      const yearText = group(m, "year") || group(m, "leadYear");
      if (yearText) {
        const year = Number(yearText);
        return isPlausibleYear(year, ctx.reference) ? fromValue(`${year}-${code}`, "absolute") : null;
      }
      if (!ctx.reference) return { value: `XXXX-${code}`, range: null, basis: "relative" };
      const refYear = Number(ctx.reference.slice(0, 4));
      const which = group(m, "yearWord").toLowerCase() || /^(this|last|next)/.exec(lead)?.[1] || "";
      let year = half
        ? n === 2 && Number(ctx.reference.slice(5, 7)) <= 6 && ctx.tense !== "future"
          ? refYear - 1
          : refYear
        : resolveQuarterYear(n, ctx.reference, ctx.tense);
      if (which === "last") year = refYear - 1;
      if (which === "next") year = refYear + 1;
      if (which === "this") year = refYear;
      return fromValue(`${year}-${code}`, "relative");
    },
  },
  {
    name: "two-quarters-of-year",
    pattern: seq(behind("the", true), cap("side", words(["first", "last"])), "two quarters of", cap("year", YEAR)),
    type: "DATE",
    priority: 1,
    examples: [["The slump will last through [the first two quarters of 1990].", "1989-10-26", "1990-H1"]],
    // Two quarters of a named year are its half.
    normalise: (m, ctx) => {
      const year = Number(group(m, "year"));
      const half = group(m, "side").toLowerCase() === "first" ? "H1" : "H2";
      return isPlausibleYear(year, ctx.reference) ? fromValue(`${year}-${half}`, "absolute") : null;
    },
  },
  {
    name: "latest-quarter",
    pattern: alt(
      seq(
        behind("the", true),
        opt(words(SAME_PERIOD_WORDS)),
        words(["quarter", "period"]),
        cap("yearBack", words(YEAR_BACK_WORDS)),
      ),
      seq(
        behind("the", true),
        opt(cap("which", words(Object.keys(LATEST_QUARTER_WORDS)))),
        tight("quarter", look("(?!-)")),
      ),
      seq(cap("which2", words(Object.keys(LATEST_QUARTER_WORDS))), tight("quarter", look("(?!-)"))),
      seq(behind("the", true), "latest period"),
      seq(behind("the", true), cap("ofYear", YEAR), "quarter"),
    ),
    type: "DATE",
    examples: [
      ["Earnings fell in [the quarter].", "1989-10-26", "1989-Q3"],
      ["Earnings fell in [the just-ended quarter].", "1989-10-26", "1989-Q3"],
      ["Sales were weaker than in [last year's quarter].", "1989-11-01", "1988-Q3"],
      ["For [the quarter a year ago], it earned $16.3 million.", "1989-10-26", "1988-Q3"],
      ["Net income compares with $1.8 million for [the corresponding period last year].", "1989-11-01", "1988-Q3"],
      ["Sales in the first half rose 8% from [the same period last year].", "1989-11-01", "1988-H1"],
      ["Profit fell in the third quarter; it earned $376,000 in [the 1988 quarter].", "1989-10-30", "1988-Q3"],
    ],
    normalise: (m, ctx) => {
      if (!ctx.reference) return { value: "XXXX-QX", range: null, basis: "relative" };
      // News reports a quarter after it closes, so "the quarter" is the one before publication.
      const which = (group(m, "which") || group(m, "which2")).toLowerCase().replace(/\s+/g, " ");
      // "the 1988 quarter" is the quarter under discussion, in that year.
      const ofYear = group(m, "ofYear");
      if (ofYear) {
        const told = findPreceding(ctx.resolved, m.index, /^\d{4}-Q\d$/, 600);
        const quarter = told?.value.slice(5) ?? periodValue(shiftDay(ctx.reference, "quarter", -1), "quarter").slice(5);
        return fromValue(`${ofYear}-${quarter}`, "absolute");
      }
      if (group(m, "yearBack")) {
        // "the same period last year" is the period just discussed ("the first half"), a year back; with none, the
        // reported quarter a year back, as "last year's quarter" is.
        const told = findPreceding(ctx.resolved, m.index, /^\d{4}-[QH]\d$/, 600);
        const year = told ? Number(told.value.slice(0, 4)) : 0;
        if (told && year >= Number(ctx.reference.slice(0, 4)))
          return fromValue(`${year - 1}${told.value.slice(4)}`, "relative");
      }
      const shift = group(m, "yearBack")
        ? (LATEST_QUARTER_WORDS["last year's"] ?? -5)
        : (LATEST_QUARTER_WORDS[which] ?? -1);
      return fromValue(periodValue(shiftDay(ctx.reference, "quarter", shift), "quarter"), "relative");
    },
  },
  {
    name: "season",
    pattern: seq(
      opt(
        cap(
          "lead",
          words([...Object.keys(DIRECTION_MODIFIERS), "the", "early", "late", "mid", "the early", "the late"]),
        ),
      ),
      cap("season", SEASON),
      opt(seq(opt("of"), cap("year", YEAR))),
    ),
    type: "DATE",
    examples: [
      ["It happened in [spring 2024].", "2025-05-12", "2024-SP"],
      ["Sales were weak [last fall].", "2025-05-12", "2024-FA"],
      ["Talks resume in [the winter of 1994].", "1998-02-23", "1994-WI"],
    ],
    accept: (m, text) => {
      const lead = group(m, "lead").toLowerCase();
      const season = group(m, "season").toLowerCase();
      // "fall" is mostly a verb; take it only with a frame ("last fall", "fall 2024").
      if (season === "fall" && !lead && !group(m, "year")) return false;
      if (!lead && !group(m, "year") && !SEASON_FRAME_SET.has(wordBefore(text, m.index))) return false;
      // "early spring": the hedge is the period-part rule's, which wraps the season.
      const end = m.index + m[0].length;
      return /^(the )?(early|late|mid)/.test(lead) ? { start: groupStart(m, "season"), end } : true;
    },
    normalise: (m, ctx) => {
      const lead = group(m, "lead").toLowerCase().replace(/\s+/g, " ");
      const season = SEASONS[group(m, "season").toLowerCase()] as { code: string; firstMonth: number };
      if (group(m, "year")) return fromValue(`${group(m, "year")}-${season.code}`, "absolute");
      if (!ctx.reference) return { value: `XXXX-${season.code}`, range: null, basis: "relative" };
      const modifier = DIRECTION_MODIFIERS[lead];
      const which = modifier === "last" ? "last" : modifier === "next" || ctx.tense === "future" ? "next" : "this";
      const year = seasonYear(season.firstMonth, ctx.reference, which);
      return fromValue(`${year}-${season.code}`, "relative");
    },
  },
];

// Winter belongs to the year it starts in (December), so January's "this winter" is last year's.
function seasonYear(firstMonth: number, reference: string, which: "last" | "this" | "next"): number {
  const refYear = Number(reference.slice(0, 4));
  const refMonth = Number(reference.slice(5, 7));
  // Latest season of this kind that has begun by the reference, and whether it is still going.
  const latest = refMonth >= firstMonth ? refYear : refYear - 1;
  const monthsIn = (refYear - latest) * 12 + refMonth - firstMonth;
  const ongoing = monthsIn < 3;
  if (which === "last") return ongoing ? latest - 1 : latest;
  if (which === "next") return latest + 1;
  if (ongoing) return latest;
  return latest === refYear ? latest : latest + 1;
}
