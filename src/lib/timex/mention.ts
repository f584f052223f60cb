import type { Tense } from "./clauseTense.ts";
import type { Timex, TimexBasis, TimexRange, TimexType } from "./types.ts";

/** What a mention resolves to once the reference and context are known. */
export interface Resolution {
  value: string;
  range: TimexRange | null;
  basis: TimexBasis;
  /** Overrides the rule's type when resolution decides it (a stretch "the year ended Sept. 30" is a DURATION). */
  type?: TimexType;
}

/** What a normaliser may look at besides its own words. */
export interface ResolveContext {
  text: string;
  /** Publication day, or null when unknown. */
  reference: string | null;
  /** Day the narrative is at before this text (RecogniseOptions.storyDay), or null. */
  storyDay: string | null;
  /** Orientation of the clause around the mention: its tense, or "plan" for a plan told in the past ("was to meet Friday"). */
  tense: Tense | "plan";
  /** Expressions already resolved, in text order (only those before this one, unless the mention is deferred). */
  resolved: readonly Timex[];
  /** Bounds of the sentence holding the mention. */
  sentence: { start: number; end: number };
}

/** A candidate temporal expression found by one rule, not yet resolved. */
export interface Mention {
  start: number;
  end: number;
  type: TimexType;
  /** Name of the rule that found it. */
  rule: string;
  /** Resolved after every other mention, because it leans on a date elsewhere in the text. */
  deferred?: boolean;
  /** Higher wins when two candidates cover the same span length. */
  priority?: number;
  resolve: (ctx: ResolveContext) => Resolution | null;
}
