import type { Tense } from "./clauseTense.ts";
import type { Timex, TimexBasis, TimexRange, TimexType } from "./types.ts";

/** What a mention resolves to once the reference and context are known. */
export interface Resolution {
  value: string;
  range: TimexRange | null;
  basis: TimexBasis;
  /** Overrides the mention's type when resolution decides it (a weekday with a part of day is TIME). */
  type?: TimexType;
}

/** What a resolver may look at besides its own words. */
export interface ResolveContext {
  text: string;
  /** Publication day, or null when unknown. */
  reference: string | null;
  /** Tense of the clause around the mention. */
  tense: Tense;
  /** Expressions already resolved, in text order (only those before this one, unless the mention is deferred). */
  resolved: readonly Timex[];
  /** Bounds of the sentence holding the mention. */
  sentence: { start: number; end: number };
}

/** A candidate temporal expression found by one pattern family, not yet resolved. */
export interface Mention {
  start: number;
  end: number;
  type: TimexType;
  /** Resolved after every other mention, because it leans on a date elsewhere in the sentence. */
  deferred?: boolean;
  /** Higher wins when two candidates cover the same span length. */
  priority?: number;
  resolve: (ctx: ResolveContext) => Resolution | null;
}
