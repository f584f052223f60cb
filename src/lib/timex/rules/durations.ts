import { addDays } from "../../dates/index.ts";
import { dayBeforeInSentence } from "../anchor.ts";
import {
  DURATION_DETERMINERS,
  DURATION_HEDGES,
  DURATION_LEADS,
  PERSON_NOUNS,
  SHIFT_DIRECTIONS,
  UNIT_ADJECTIVES,
  UNITS,
} from "../lexicon.ts";
import { behind, cap, group, groupStart, join, look, opt, raw, seq, tight, words } from "../pattern.ts";
import type { PeriodUnit } from "../periodValues.ts";
import { wordAfter } from "../resolveHelpers.ts";
import type { Rule } from "../rule.ts";
import { COUNT, countOf, FRACTION, UNIT } from "../slots.ts";
import { countValue, durationValue, periodUnit, unitOf } from "../values.ts";
import { shiftByCount } from "./periods.ts";
import { isRate } from "./sets.ts";

// Stretches of time: "three days", "the past 10 weeks", "the previous two days", "19-month-old", "nearly two years",
// "two and a half years", "21 months of war", "for years", "day-long", "in recent weeks".

const PERSON = new Set(PERSON_NOUNS);
// Words after a count and unit that hand it to another rule ("two days later", "a year ago") or make it an age.
const NOT_A_DURATION_AFTER = new Set([...Object.keys(SHIFT_DIRECTIONS), "ago", "hence", "old"]);
const PLURAL_UNITS = UNITS.filter((u) => ["hour", "day", "week", "month", "year", "decade"].includes(u.word)).map(
  (u) => u.plural,
);

/** Durations, in the order the recogniser tries them. */
export const DURATION_RULES: readonly Rule[] = [
  {
    name: "counted-duration",
    pattern: seq(
      behind(cap("lead", words([...Object.keys(DURATION_LEADS), ...DURATION_DETERMINERS]))),
      opt(cap("hedge", words(DURATION_HEDGES))),
      tight(
        join("[\\s-]+", [cap("count", COUNT), opt(words(["more", ...UNIT_ADJECTIVES])), cap("unit", UNIT)]),
        opt(cap("suffix", raw("-(?:old|long)\\b", null))),
      ),
      opt(cap("fraction", FRACTION)),
    ),
    type: "DURATION",
    examples: [
      ["The talks lasted [three days].", "2025-07-13", "P3D"],
      ["No aid has entered for [the past 10 weeks].", "2025-05-12", "P10W", { range: ["2025-03-03", "2025-05-12"] }],
      ["The [19-month-old] campaign goes on.", "2025-05-12", "P19M"],
      ["After [21 months] of war, talks resumed.", "2025-05-12", "P21M", { range: ["2023-08-12", "2025-05-12"] }],
      ["Twenty people died over [the past 24 hours].", "2025-05-12", "PT24H"],
      ["A [60-day] ceasefire began.", "2025-07-13", "P60D"],
      ["The crisis has lasted [two and a half years].", "2025-07-13", "P2Y6M"],
      ["It took [a minute and a half] to clear the square.", "2025-07-13", "PT1M30S"],
      [
        "Strikes were reported in [the previous two days].",
        "2025-07-13",
        "P2D",
        { range: ["2025-07-11", "2025-07-12"] },
      ],
      [
        "They gathered on Sunday, defying a crackdown that killed scores over [the previous two days].",
        "2019-10-28",
        "P2D",
        { range: ["2019-10-25", "2019-10-26"] },
      ],
    ],
    accept: (m, text, start) => durationSpan(m, text, start),
    normalise: (m, ctx) => {
      const unitWord = group(m, "unit");
      const count = countOf(m);
      const value = durationValue(count, unitWord);
      if (!value) return null;
      const lead = group(m, "lead").toLowerCase().replace(/\s+/g, " ");
      const direction = DURATION_LEADS[lead];
      const back = direction === "back" || group(m, "suffix").toLowerCase() === "-old" || ofAfter(ctx.text, m);
      const ahead = direction === "ahead";
      if (!ctx.reference || count === null || !(back || ahead)) return { value, range: null, basis: "relative" };
      // "the previous two days" are the two days before the day the sentence or the story is at; "the past 10 weeks"
      // reach the report itself.
      const previous = lead === "the previous" || lead === "the preceding";
      const told = previous ? (dayBeforeInSentence(ctx, m.index) ?? ctx.storyDay) : null;
      const base = told ?? ctx.reference;
      const basis = told ? "anchored" : "relative";
      const unit = unitOf(unitWord);
      const calendar = periodUnit(unitWord);
      let start: string;
      let end: string;
      let precision: PeriodUnit = calendar ?? "day";
      if (unit?.clock || !calendar) {
        // "the past 24 hours" covers the publication day and, for a day or more, the days before it.
        const days = unit?.word === "hour" ? Math.ceil(count / 24) : 0;
        [start, end] = back ? [addDays(base, -days), base] : [base, addDays(base, days)];
        precision = "day";
      } else if (previous) {
        [start, end] = [shiftByCount(base, calendar, -count), addDays(base, -1)];
      } else {
        const other = shiftByCount(base, calendar, back ? -count : count);
        [start, end] = back ? [other, base] : [base, other];
      }
      return { value, range: { start, end, precision, approximate: !previous }, basis };
    },
  },
  {
    name: "bare-duration",
    pattern: seq(
      words(["for", "in", "over", "within", "after", "during"]),
      opt(words(["the past", "the last", "the next", "the coming", "many", "several", "some"])),
      cap("unit", words(PLURAL_UNITS)),
      opt(cap("other", seq(words(["or", "to"]), words(PLURAL_UNITS)))),
    ),
    type: "DURATION",
    examples: [
      ["It was for [years].", "2025-07-13", "PXY"],
      ["Talks stalled over the past [months].", "2025-07-13", "PXM"],
      ["He probably died within [weeks or months] of his capture.", "1998-03-08", "PXW"],
    ],
    // Only the unit words are the expression, as TimeBank marks them; "weeks or months" counts in the first, shorter one.
    accept: (m) => ({ start: groupStart(m, "unit"), end: m.index + m[0].length }),
    normalise: (m) => vagueDuration(group(m, "unit")),
  },
  {
    name: "years-of",
    pattern: tight(cap("unit", words(["years", "months", "decades"])), look("(?=\\s+of\\b)")),
    type: "DURATION",
    examples: [["It ended [decades] of rule.", "2025-07-13", "PXY"]],
    normalise: (m) => vagueDuration(group(m, "unit")),
  },
  {
    name: "unit-long",
    pattern: tight(cap("unit", UNIT), raw("-long\\b", null)),
    type: "DURATION",
    priority: 1,
    examples: [
      ["It was a [year-long] war.", "2025-07-13", "P1Y"],
      ["It was the [day-long] strike.", "2025-07-13", "P1D"],
      ["It was a [decades-long] conflict.", "2025-07-13", "PXY"],
    ],
    // "day-long" is one day, "decades-long" an unknown number of decades.
    normalise: (m) => {
      const unit = unitOf(group(m, "unit"));
      const value = durationValue(unit?.plural === group(m, "unit").toLowerCase() ? null : 1, group(m, "unit"));
      return value ? { value, range: null, basis: "relative" } : null;
    },
  },
  {
    name: "recent-units",
    pattern: seq(words(["recent", "coming"]), cap("unit", words(["months", "weeks", "days"]))),
    type: "DURATION",
    priority: 1,
    examples: [["It was in [recent weeks].", "2025-07-13", "PXW"]],
    normalise: (m) => vagueDuration(group(m, "unit")),
  },
];

function vagueDuration(unitWord: string) {
  const value = durationValue(null, unitWord);
  return value ? { value, range: null, basis: "relative" as const } : null;
}

// Which words of a counted duration are the expression: not a count that belongs to another rule ("two days later",
// "a year ago", "$5 a year", "the first quarter", "a second round"), not an age ("a 13-year-old boy"), and without a
// possessive ("its 10 years") or the article of a hyphenated adjective ("the two-year plan").
function durationSpan(m: RegExpExecArray, text: string, start: number): { start: number; end: number } | false {
  const end = m.index + m[0].length;
  const lead = group(m, "lead").toLowerCase().replace(/\s+/g, " ");
  const hedge = group(m, "hedge");
  const count = group(m, "count");
  const unit = group(m, "unit").toLowerCase();
  const suffix = group(m, "suffix").toLowerCase();
  const article = /^an?$/i.test(count);
  if (!suffix && NOT_A_DURATION_AFTER.has(wordAfter(text, end).toLowerCase())) return false;
  if (!suffix && /^\s+from\s+now\b/i.test(text.slice(end, end + 12))) return false;
  if (article && !lead && !hedge && isRate(text, m.index, true)) return false;
  // "the first quarter" and "a quarter of the vote" name no stretch; "three quarters" and "several quarters" do.
  if (/^quarter/.test(unit) && (article || /-quarter/i.test(m[0]) || !/s$/.test(unit))) return false;
  if (unit === "second" && article) return false;
  // "60 Minutes", "48 Hours": a capital unit after a lower-case count names a programme, not a stretch.
  if (/^[A-Z]/.test(group(m, "unit")) && !/^[A-Z]/.test(count)) return false;
  const n = countValue(count);
  if (n !== null && /^\d/.test(count) && n > 500) return false;
  if (suffix === "-old" && (/^year/.test(unit) || PERSON.has(wordAfter(text, end).toLowerCase().replace(/s$/, ""))))
    return false;
  const hyphenated = /\d-|[a-z]-/i.test(m[0]);
  const determiner = DURATION_DETERMINERS.includes(lead) || (lead !== "" && DURATION_LEADS[lead] === undefined);
  const dropLead = lead !== "" && (determiner || (hyphenated && !hedge && DURATION_LEADS[lead] === "none"));
  if (suffix === "-long" && article && !lead && !hedge) return { start: m.index + count.length + 1, end };
  // The lead was found by looking back: the match itself begins after it.
  if (dropLead) return { start: m.index, end };
  return { start, end };
}

// "after 21 months of war" counts back from now to the start of the war.
function ofAfter(text: string, m: RegExpExecArray): boolean {
  const end = m.index + m[0].length;
  return (
    /^\s+of\s/i.test(text.slice(end, end + 5)) &&
    /\b(after|nearly|almost|more than|over)\s+$/i.test(text.slice(Math.max(0, m.index - 14), m.index))
  );
}
