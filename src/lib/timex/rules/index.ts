import type { PrefixRule, Rule } from "../rule.ts";
import { ANCHORED_RULES } from "./anchored.ts";
import { CLOCK_RULES } from "./clock.ts";
import { DATE_RULES } from "./dates.ts";
import { DAY_RULES } from "./days.ts";
import { DURATION_RULES } from "./durations.ts";
import { HOLIDAY_RULES } from "./holidays.ts";
import { PART_RULES, TURN_RULES } from "./parts.ts";
import { PERIOD_RULES } from "./periods.ts";
import { QUARTER_RULES } from "./quarters.ts";
import { SET_RULES } from "./sets.ts";
import { YEAR_RULES } from "./years.ts";

// The recogniser's rule table, one file per kind of expression. When candidates overlap the longest wins; on equal
// length the higher priority, then the rule listed first.

/** Every rule that finds an expression of its own, in the order of preference on ties. */
export const RULES: readonly Rule[] = [
  ...DATE_RULES,
  ...YEAR_RULES,
  ...DAY_RULES,
  ...PERIOD_RULES,
  ...QUARTER_RULES,
  ...DURATION_RULES,
  ...ANCHORED_RULES,
  ...SET_RULES,
  ...CLOCK_RULES,
  ...HOLIDAY_RULES,
  ...TURN_RULES,
];

/** Rules that narrow the expression after them ("mid-", "the late", "the end of"). */
export const PREFIX_RULES: readonly PrefixRule[] = PART_RULES;
