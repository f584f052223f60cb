import { mainTitle } from "./clauses.ts";
import { distributiveTitle } from "./distributive.ts";
import { finish } from "./finish.ts";
import { LEADING_FILLER } from "./lexicon.ts";
import {
  appositiveParticiple,
  datedNounPhrase,
  isOccasionOfSpeech,
  nounPhraseOfDate,
  nounPhraseOfDateAfterName,
  participlePhrase,
} from "./nounPhrases.ts";
import { firstPersonQuote } from "./quotations.ts";
import { resolveLeadingPronoun, resolveTrailingObject, type TitleContext } from "./resolvePronoun.ts";
import { type Segmented, type Span, segment } from "./segments.ts";
import { clauseOfDate, whenClause } from "./subordinateClause.ts";
import { removeDates, wordCount } from "./text.ts";

export { MAX_TITLE_WORDS } from "./finish.ts";
export type { TitleContext } from "./resolvePronoun.ts";
export type { Span } from "./segments.ts";

/**
 * One way of cutting a title from a sentence. The sentence arrives masked (the title's date as TARGET, other dates as
 * OTHER) and cut into segments at commas, dashes, colons and semicolons (see segments.ts); `k` is the segment holding the
 * title's date. A strategy returns null when it does not apply. `example` marks the title's date [[so]] (an empty [[]]
 * at the end for a sentence dated by the report, not its words) and shows what it gives.
 */
export interface TitleStrategy {
  name: string;
  example: { sentence: string; title: string };
  apply: (segments: readonly string[], k: number, sentence: Segmented) => string | null;
}

/** The strategies, tried in order: the first that applies gives the title; the main clause always does. */
export const TITLE_STRATEGIES: readonly TitleStrategy[] = [
  {
    name: "first-person quotation with its speaker",
    example: {
      sentence: "“We will reopen the bridge by [[spring]],” said the mayor of the town.",
      title: "“We will reopen the bridge,” said the mayor of the town",
    },
    apply: firstPersonQuote,
  },
  {
    name: "main clause of a sentence with no date words",
    example: {
      sentence: "The mayor, who took office in {{2019}}, has resigned after weeks of protests over the budget.[[]]",
      title: "The mayor has resigned",
    },
    // The day of the report, or the statement the sentence continues: no phrase of the sentence holds the date, so the
    // event is what its main clause tells, not a clause that holds some other date.
    apply: (segments, _k, sentence) => (sentence.undated ? mainTitle(segments, 0) : null),
  },
  {
    name: "participle after its noun",
    example: {
      sentence: "Israel wants to expand the Abraham Accords signed in [[2020]].",
      title: "Abraham Accords signed",
    },
    apply: (segments, k) => (isOccasionOfSpeech(segments, k) ? null : participlePhrase(segments[k] as string)),
  },
  {
    name: "participle set off after its noun",
    example: {
      sentence: "The bill, passed by the Senate on [[June 3]], now goes to the president.",
      title: "The bill passed by the Senate",
    },
    apply: appositiveParticiple,
  },
  {
    name: "when-clause after the date",
    example: {
      sentence: "Tourism has not recovered since [[2015]], when gunmen killed 38 tourists on a beach.",
      title: "Gunmen killed 38 tourists on a beach",
    },
    apply: whenClause,
  },
  {
    name: "noun phrase the date follows",
    example: {
      sentence: "Fighting began a day after the Hamas-led attack on southern Israel on [[Oct. 7, 2023]].",
      title: "Hamas-led attack on southern Israel",
    },
    apply: (segments, k) => nounPhraseOfDate(segments[k] as string),
  },
  {
    name: "noun phrase the date follows after a name",
    example: {
      sentence: "Trade fell after the rebels' seizure of the port, Hodeidah, in [[late June]].",
      title: "Rebels' seizure of the port",
    },
    apply: nounPhraseOfDateAfterName,
  },
  {
    name: "noun the date modifies",
    example: {
      sentence: "There were no mass cancellations as a result of the [[Aug. 7]] Embassy bombings in Nairobi.",
      title: "Embassy bombings in Nairobi",
    },
    apply: (segments, k) => datedNounPhrase(segments[k] as string),
  },
  {
    name: "one of a counted plural",
    example: {
      sentence: "Hezbollah fought two wars with Israel, one in [[2006]], and the other starting in 2023.",
      title: "Hezbollah fought a war with Israel",
    },
    apply: distributiveTitle,
  },
  {
    name: "subordinate clause that holds the date",
    example: {
      sentence: "Tourism has not recovered since gunmen attacked a beach resort in [[2015]].",
      title: "Gunmen attacked a beach resort",
    },
    apply: clauseOfDate,
  },
  {
    name: "main clause",
    example: {
      sentence:
        "Hundreds of people, mainly Tunisians, launched on [[Monday]] a land convoy bound for Gaza, activists said.",
      title: "Hundreds of people launched a land convoy bound for Gaza",
    },
    apply: mainTitle,
  },
];

/**
 * A short neutral title from the sentence that dates an event, using only its words: the part of the sentence the date
 * belongs to (see TITLE_STRATEGIES), without attribution, asides, the date phrase and trailing subordinate clauses.
 */
export function deriveTitle(
  sentence: string,
  target: Span,
  others: readonly Span[] = [],
  context: TitleContext = {},
): string {
  return explainTitle(sentence, target, others, context).title;
}

/** {@link deriveTitle} with the name of the strategy that gave the title, for tests and debugging. */
export function explainTitle(
  sentence: string,
  target: Span,
  others: readonly Span[] = [],
  context: TitleContext = {},
): { title: string; strategy: string } {
  const whole = segment(sentence, target, others);
  const { masked, segments, k } = whole;
  for (const strategy of TITLE_STRATEGIES) {
    const title = strategy.apply(segments, k, whole);
    if (title === null) continue;
    const finished = finish(resolve(title, sentence, context));
    return wordCount(finished) >= 2
      ? { title: finished, strategy: strategy.name }
      : { title: finish(masked), strategy: "whole sentence" };
  }
  return { title: finish(masked), strategy: "whole sentence" };
}

const MAYBE_PRONOUN = /\b(?:he|she|his|her|they|their|it|them)\b/i;

/** Pronouns a timeline reader cannot follow, replaced from the text before (only what is at the title's edges). */
function resolve(title: string, sentence: string, context: TitleContext): string {
  if (!MAYBE_PRONOUN.test(title)) return title;
  const bare = removeDates(title)
    .replace(LEADING_FILLER, "")
    .replace(/[\s.,;:!?]+$/, "");
  // Cheap tests first: most titles start with no pronoun and end with no "it".
  const leading = /^(?:he|she|his|her|they|their)\b/i.test(bare);
  const trailing = /\s(?:it|them)$/i.test(bare);
  if (!leading && !trailing) return title;
  const prefix = sentence.slice(0, Math.max(0, sentence.search(/\b(?:he|she|his|her|they|their)\b/i)));
  const subject = leading ? resolveLeadingPronoun(bare, context, prefix) : bare;
  return trailing ? resolveTrailingObject(subject, context) : subject;
}
