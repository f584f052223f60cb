import { normaliseIsoDay } from "../dates/index.ts";
import { clauseTense, type Tense } from "./clauseTense.ts";
import { findCues } from "./cueWords.ts";
import type { Mention, ResolveContext } from "./mention.ts";
import { compileRules, findMentions, findPrefixed } from "./rule.ts";
import { PREFIX_RULES, RULES } from "./rules/index.ts";
import { selectMentions } from "./selectMentions.ts";
import { sentenceAt, sentenceStarts } from "./sentenceBounds.ts";
import type { RecogniseOptions, Timex } from "./types.ts";

const COMPILED = compileRules(RULES);
const COMPILED_PREFIXES = compileRules(PREFIX_RULES);

// Pipeline: every rule of the table proposes candidate spans with a normaliser; prefixes ("mid-", "the end of") wrap
// the period after them; overlaps keep the longest; then candidates resolve in text order, so anchored ones ("a year
// earlier", "hours later") can lean on dates already resolved.
/** Finds the temporal expressions of a plain text and resolves them from the publication day; sorted by start, non-overlapping. */
export function recogniseTimexes(text: string, options: RecogniseOptions = {}): Timex[] {
  const reference = day(options.reference, "reference");
  const storyDay = day(options.storyDay, "storyDay");
  // One scan for the cue words of all rules: each pattern is then tried only where a word it begins with stands.
  const cues = findCues(text);
  const found = findMentions(text, cues, COMPILED);
  const chosen = selectMentions([...found, ...findPrefixed(text, cues, COMPILED_PREFIXES, found)]);
  const starts = sentenceStarts(text);
  const resolve = (mention: Mention, resolved: readonly Timex[]) =>
    resolveMention(text, mention, { reference, storyDay, resolved }, sentenceAt(starts, text.length, mention.start));
  // Text order, so each expression sees the ones before it; anchored ones wait until every date they might lean on is known.
  const direct: Timex[] = [];
  for (const mention of chosen) {
    const timex = mention.deferred ? null : resolve(mention, direct);
    if (timex) direct.push(timex);
  }
  const anchored = chosen.filter((m) => m.deferred).map((m) => resolve(m, direct));
  return [...direct, ...anchored.filter((t): t is Timex => t !== null)].sort((a, b) => a.start - b.start);
}

function day(input: string | null | undefined, name: string): string | null {
  if (!input) return null;
  const iso = normaliseIsoDay(input);
  if (!iso) throw new Error(`${name} is not a date (YYYY-MM-DD): ${JSON.stringify(input)}`);
  return iso;
}

function resolveMention(
  text: string,
  mention: Mention,
  known: Pick<ResolveContext, "reference" | "storyDay" | "resolved">,
  sentence: { start: number; end: number },
): Timex | null {
  // The tense is worked out once, on first use: by the normaliser (a bare weekday or month) or for the Timex itself.
  let tense: ReturnType<typeof clauseTense> | undefined;
  const tenseOf = () => {
    tense ??= clauseTense(text, sentence, mention.start, mention.end);
    return tense;
  };
  const r = mention.resolve({
    text,
    ...known,
    sentence,
    get tense() {
      return tenseOf();
    },
  });
  if (!r) return null;
  return {
    start: mention.start,
    end: mention.end,
    text: text.slice(mention.start, mention.end),
    type: r.type ?? mention.type,
    value: r.value,
    range: r.range,
    basis: r.basis,
    tense: publicTense(tenseOf(), r.range?.start ?? null, known.reference),
    rule: mention.rule,
  };
}

// A plan told in the past is future when it falls after the report, and past otherwise.
function publicTense(tense: Tense | "plan", start: string | null, reference: string | null): Tense {
  if (tense !== "plan") return tense;
  return start && reference && start <= reference ? "past" : "future";
}
