import { isoWeekValue } from "../../dates/index.ts";
import { PERIOD_PARTS, type PeriodPart, SEASONS } from "../lexicon.ts";
import { behind, cap, group, opt, raw, seq, tight, words } from "../pattern.ts";
import { narrow } from "../periodParts.ts";
import { fromValue } from "../resolveHelpers.ts";
import type { PrefixRule, Rule } from "../rule.ts";
import { MONTH_NAME, SEASON } from "../slots.ts";
import { monthNumber, pad2 } from "../values.ts";

// Hedges that narrow the period after them ("mid-March", "early 2024", "the late 1970s", "the end of January") and the
// turn of a century.

/** Rules whose expressions name a period long enough to have parts: months, seasons, years, decades, "the year", "this week". */
const PERIODS = [
  ...["month-alone", "month-year", "modified-month", "season", "year", "fiscal-year", "decade", "decade-short"],
  ...["decade-word", "century", "the-year", "the-week", "relative-period", "spelled-year"],
];

/** The prefix rules, which narrow the expression after them. */
export const PART_RULES: readonly PrefixRule[] = [
  {
    name: "period-part",
    pattern: tight(seq(behind("the"), cap("part", words(Object.keys(PERIOD_PARTS)))), raw("(?:\\s+|-)", null)),
    wraps: PERIODS,
    examples: [
      ["A ceasefire was shattered in [mid-March].", "2025-05-12", "2025-03", { range: ["2025-03-11", "2025-03-20"] }],
      [
        "The deal was struck at [the end of January].",
        "2025-03-20",
        "2025-01",
        { range: ["2025-01-21", "2025-01-31"] },
      ],
      ["Growth slowed in [early 2024].", "2025-05-12", "2024", { range: ["2024-01-01", "2024-04-30"] }],
      ["The group held power in [the late 1970s].", "1998-02-19", "197", { range: ["1977-01-01", "1979-12-31"] }],
      ["Prices rose in [the early 2000s].", "2025-05-12", "200", { range: ["2000-01-01", "2003-12-31"] }],
      ["Apps boomed in [the mid-2010s].", "2025-05-12", "201", { range: ["2014-01-01", "2016-12-31"] }],
      ["Growth slowed in [the first half of 2024].", "2025-05-12", "2024-H1"],
    ],
    normalise: (m, inner) => narrow(inner, PERIOD_PARTS[partKey(group(m, "part"))] as PeriodPart),
  },
  {
    name: "week-of-day",
    pattern: tight(seq(behind("the", true), "week of"), raw("\\s+", null)),
    wraps: ["month-day-year", "day-month-year"],
    examples: [["The case may be resolved in a hearing [the week of March 6].", "2000-02-24", "2000-W10"]],
    // "the week of March 6" is the calendar week holding that day.
    normalise: (_, inner) =>
      /^\d{4}-\d{2}-\d{2}$/.test(inner.value) ? fromValue(isoWeekValue(inner.value), inner.basis) : null,
  },
  {
    name: "month-of-spelled-year",
    pattern: tight(cap("month", MONTH_NAME), raw("(?:\\s+of)?,?\\s+", null)),
    wraps: ["spelled-year"],
    examples: [["A bomb shook the games in [January nineteen ninety-seven].", "1998-02-27", "1997-01"]],
    normalise: (m, inner) => fromValue(`${inner.value}-${pad2(monthNumber(group(m, "month")))}`, inner.basis),
  },
  {
    name: "season-of-spelled-year",
    pattern: tight(seq(opt("the"), cap("season", SEASON)), raw("(?:\\s+of)?\\s+", null)),
    wraps: ["spelled-year"],
    examples: [["Prices fell in [the winter of nineteen ninety-four].", "1998-02-23", "1994-WI"]],
    normalise: (m, inner) =>
      fromValue(`${inner.value}-${SEASONS[group(m, "season").toLowerCase()]?.code}`, inner.basis),
  },
];

/** "the turn of the century": the years around the nearest turn of a century, approximately. */
export const TURN_RULES: readonly Rule[] = [
  {
    name: "turn-of-century",
    pattern: seq(
      "the turn of the",
      opt(cap("which", words(["last", "20th", "21st", "twentieth"]))),
      words(["century", "millennium"]),
    ),
    type: "DATE",
    examples: [
      [
        "Its population doubled at [the turn of the century].",
        "2025-05-12",
        "2000",
        { range: ["1998-01-01", "2002-12-31"] },
      ],
    ],
    normalise: (m, ctx) => {
      const which = group(m, "which").toLowerCase();
      const refYear = ctx.reference ? Number(ctx.reference.slice(0, 4)) : 2000;
      let turn =
        which === "20th" || which === "twentieth" ? 1900 : which === "21st" ? 2000 : Math.round(refYear / 100) * 100;
      if (which === "last" || turn > refYear + 5) turn -= 100;
      return {
        value: String(turn),
        range: { start: `${turn - 2}-01-01`, end: `${turn + 2}-12-31`, precision: "year", approximate: true },
        basis: which ? "absolute" : "relative",
      };
    },
  },
];

function partKey(words: string): string {
  return words.toLowerCase().replace(/\s+/g, " ");
}
