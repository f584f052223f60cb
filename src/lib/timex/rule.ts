import type { Tense } from "./clauseTense.ts";
import { type Cues, cueWords, DIGITS, matchAllFrom } from "./cueWords.ts";
import type { Mention, Resolution, ResolveContext } from "./mention.ts";
import { compileSource, type Pattern } from "./pattern.ts";
import type { TimexType } from "./types.ts";

/**
 * An example of a rule, which runs as a test: the sentence with the expression in [brackets], the reference day, the
 * TIMEX3 value the recogniser must give exactly that expression, and optionally the story day, the clause tense and
 * the range ([start, end]) it must have.
 */
export type Example = readonly [sentence: string, reference: string | null, value: string, extra?: ExampleExtra];

/** What an example may check besides the value. */
export interface ExampleExtra {
  storyDay?: string;
  tense?: Tense;
  range?: readonly [start: string, end: string];
}

/** Offsets of the words a match keeps. */
export interface Span {
  start: number;
  end: number;
}

/** One rule of the recogniser, as a row of its table: a name, a pattern, examples and a normaliser. */
export interface Rule {
  /** Unique name, used in the examples' test and in each Timex it finds. */
  name: string;
  /** What it matches, built from the lexicon. */
  pattern: Pattern;
  /** TIMEX3 type, unless the normaliser decides otherwise. */
  type: TimexType;
  /** Sentences that show the rule at work; each runs as a test. */
  examples: readonly Example[];
  /**
   * Checks the words around a match: true keeps it whole, a span keeps part of it, false drops it. `start` is where the
   * expression begins, before the match when the pattern looks back for words (see `behind`).
   */
  accept?: (m: RegExpExecArray, text: string, start: number) => Span | boolean;
  /** TIMEX3 value, range and basis of a match in its context; null drops it. */
  normalise: (m: RegExpExecArray, ctx: ResolveContext) => Resolution | null;
  /** Higher wins when two candidates cover spans of the same length. */
  priority?: number;
  /** Resolved after every other expression, because it leans on a date elsewhere in the text. */
  deferred?: boolean;
}

/**
 * A rule for words that narrow the expression right after them ("mid-" before "March", "the late" before "1970s"): it
 * finds only its own words, and makes one expression of them and an expression of one of the rules it `wraps`.
 */
export interface PrefixRule {
  name: string;
  pattern: Pattern;
  /** Names of the rules whose expressions it may narrow. */
  wraps: readonly string[];
  examples: readonly Example[];
  /** The whole expression's resolution from the words of the prefix and the resolution of the expression it narrows. */
  normalise: (m: RegExpExecArray, inner: Resolution, ctx: ResolveContext) => Resolution | null;
}

/** Compiles a table of rules, declaring their cue words; throws on a pattern with no start words. */
export function compileRules<R extends Rule | PrefixRule>(rules: readonly R[]): Compiled<R>[] {
  return rules.map((rule) => {
    const { first, needs } = rule.pattern;
    if (!first) throw new Error(`timex rule ${rule.name}: the pattern must begin with words or digits`);
    for (const group of [first, ...needs]) cueWords(...group.filter((w) => w !== DIGITS));
    const { source, cased, behind } = compileSource(rule.pattern);
    return { rule, sticky: new RegExp(source, "iy"), starts: first, needs, cased, behind };
  });
}

/** A rule of either kind, compiled. */
export interface Compiled<R> {
  rule: R;
  sticky: RegExp;
  starts: readonly string[];
  needs: readonly (readonly string[])[];
  /** Groups whose text must begin with a capital letter. */
  cased: readonly string[];
  /** Groups of words before the match, found by looking back. */
  behind: readonly string[];
}

/** The matches of a compiled rule in a text, as a global search would give them, less those with a lower-case month or weekday. */
export function matchesOf(text: string, cues: Cues, compiled: Compiled<unknown>): RegExpExecArray[] {
  const matches = matchAllFrom(text, cues, compiled.sticky, compiled.starts, compiled.needs);
  if (compiled.cased.length === 0) return matches;
  return matches.filter((m) => compiled.cased.every((name) => !m.groups?.[name] || /^[A-Z]/.test(m.groups[name])));
}

/** Every candidate the rules find in a text, each with its resolver. */
export function findMentions(text: string, cues: Cues, rules: readonly Compiled<Rule>[]): Mention[] {
  const out: Mention[] = [];
  for (const compiled of rules) {
    const rule = compiled.rule;
    for (const m of matchesOf(text, cues, compiled)) {
      const from = widenedStart(text, m, compiled.behind);
      const kept = rule.accept ? rule.accept(m, text, from) : true;
      if (kept === false) continue;
      const { start, end } = kept === true ? { start: from, end: m.index + m[0].length } : kept;
      if (end <= start) continue;
      out.push({
        start,
        end,
        type: rule.type,
        rule: rule.name,
        priority: rule.priority,
        deferred: rule.deferred,
        resolve: (ctx) => rule.normalise(m, ctx),
      });
    }
  }
  return out;
}

// Where an expression begins whose first words were found by looking back: before the match, over the white space.
function widenedStart(text: string, m: RegExpExecArray, behind: readonly string[]): number {
  for (const name of behind) {
    const words = m.groups?.[name];
    if (!words) continue;
    let start = m.index;
    while (start > 0 && /\s/.test(text[start - 1] as string)) start--;
    return start - words.length;
  }
  return m.index;
}

/** For each prefix that stands right before an expression of a rule it wraps, one mention of both, preferred to either. */
export function findPrefixed(
  text: string,
  cues: Cues,
  prefixes: readonly Compiled<PrefixRule>[],
  mentions: readonly Mention[],
): Mention[] {
  const out: Mention[] = [];
  for (const compiled of prefixes) {
    const rule = compiled.rule;
    for (const m of matchesOf(text, cues, compiled)) {
      const end = m.index + m[0].length;
      for (const inner of mentions) {
        if (inner.start !== end || !rule.wraps.includes(inner.rule)) continue;
        out.push({
          start: widenedStart(text, m, compiled.behind),
          end: inner.end,
          type: inner.type,
          rule: rule.name,
          priority: 2,
          deferred: inner.deferred,
          resolve: (ctx) => {
            const r = inner.resolve(ctx);
            return r ? rule.normalise(m, r, ctx) : null;
          },
        });
      }
    }
  }
  return out;
}
