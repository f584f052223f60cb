import { clauseOfDate, mainClause, mainSegments, whenClause } from "./clauses.ts";
import { distributiveTitle } from "./distributive.ts";
import { IRREGULAR_PARTICIPLE, LEADING_FILLER, PHRASE_START, TRAILING_STOP } from "./lexicon.ts";
import { appositiveParticiple, datedNounPhrase, nounPhraseOfDate, participlePhrase } from "./nounPhrases.ts";
import { resolveLeadingPronoun, resolveTrailingObject, type TitleContext } from "./resolvePronoun.ts";
import { OTHER, removeDates, TARGET, wordCount } from "./text.ts";

export type { TitleContext } from "./resolvePronoun.ts";

/** A character range inside the sentence (the date that the title is for, or another date to leave out). */
export interface Span {
  start: number;
  end: number;
}

/** Most words a title keeps: a timeline label, not a summary. */
export const MAX_TITLE_WORDS = 12;

/**
 * One way of cutting a title from a sentence. The sentence arrives masked (the title's date as TARGET, other dates as
 * OTHER) and cut into segments at commas, dashes, colons and semicolons; `k` is the segment holding the title's date.
 * A strategy returns null when it does not apply. `example` marks the title's date [[so]] and shows what it gives.
 */
export interface TitleStrategy {
  name: string;
  example: { sentence: string; title: string };
  apply: (segments: readonly string[], k: number) => string | null;
}

/** The strategies, tried in order: the first that applies gives the title; the main clause always does. */
export const TITLE_STRATEGIES: readonly TitleStrategy[] = [
  {
    name: "participle after its noun",
    example: {
      sentence: "Israel wants to expand the Abraham Accords signed in [[2020]].",
      title: "Abraham Accords signed",
    },
    apply: (segments, k) => participlePhrase(segments[k] as string),
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
      sentence: "The country has been divided since the start of the war in [[2011]].",
      title: "Start of the war",
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
    apply: (segments, k) => {
      const head = mainSegments(segments, k);
      // A date set off after the clause (", \"by the end of the week\",") dates its last words: keep its mark there.
      const last = head.length - 1;
      const dated = head.some((s) => s.includes(TARGET)) || last < 0;
      return mainClause(dated ? head : [...head.slice(0, last), `${head[last]} ${TARGET}`]);
    },
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
  const masked = mask(blankFurniture(sentence), target, others).replace(/[\u201C\u201D"]/g, "");
  const segments = masked.split(/\s*[;:]\s+|,\s+|\s+[-\u2013\u2014]\s+|\s*\u2014\s*/).filter((s) => s.trim() !== "");
  const k = Math.max(
    0,
    segments.findIndex((s) => s.includes(TARGET)),
  );
  for (const strategy of TITLE_STRATEGIES) {
    const title = strategy.apply(segments, k);
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

// Links and the signature of an embedded post ("… pic.twitter.com/x — Name (@handle)") are no words of a title.
const FURNITURE = /\b(?:https?:\/\/|www\.|pic\.twitter\.com\/)\S*|[—–]\s*[^—–()]{1,60}\(@\w{1,30}\)/g;

/** The sentence with links and post signatures blanked out, keeping every offset where it was. */
function blankFurniture(sentence: string): string {
  return sentence.includes("/") || sentence.includes("@")
    ? sentence.replace(FURNITURE, (m) => " ".repeat(m.length))
    : sentence;
}

function mask(sentence: string, target: Span, others: readonly Span[]): string {
  const spans = [
    { ...target, mark: TARGET },
    ...others.filter((o) => o.start !== target.start).map((o) => ({ ...o, mark: OTHER })),
  ];
  let out = sentence;
  for (const span of spans.sort((a, b) => b.start - a.start))
    out = out.slice(0, span.start) + span.mark + out.slice(span.end);
  return out;
}

function isParticle(words: readonly string[]): boolean {
  const verb = (words[words.length - 2] ?? "").toLowerCase();
  const particle = (words[words.length - 1] as string).toLowerCase();
  return /^(?:in|on|over)$/.test(particle) && (/^[a-z]{3,}(?:ed|en)$/.test(verb) || IRREGULAR_PARTICIPLE.has(verb));
}

function finish(text: string): string {
  let words = removeDates(text)
    .replace(LEADING_FILLER, "")
    .replace(/[\s.,;:!?'\u2019]+$/, "")
    .split(/\s+/)
    .filter(Boolean);
  if (words.length > MAX_TITLE_WORDS) {
    const cut = words.slice(0, MAX_TITLE_WORDS + 1);
    // Prefer ending where a coordinated clause begins ("… killed and more than a dozen were wounded").
    const joint = cut.findLastIndex((w, i) => i >= 4 && /^(?:and|but)$/i.test(w));
    // Otherwise end before the last phrase that would be cut ("… other goods | from entering the territory").
    const phrase = cut.findLastIndex((w, i) => i >= 5 && PHRASE_START.has(w.toLowerCase()));
    words = cut.slice(0, joint > 0 ? joint : phrase > 0 ? phrase : MAX_TITLE_WORDS);
  }
  const whole = words.length <= MAX_TITLE_WORDS;
  while (words.length > 1 && TRAILING_STOP.has((words[words.length - 1] as string).toLowerCase())) {
    // "He was sworn in on Jan. 20": the date went with its own preposition, so a preposition left after a verb is its particle.
    if (whole && isParticle(words)) break;
    words.pop();
  }
  const title = words.join(" ").replace(/[,;:]+$/, "");
  return title.charAt(0).toUpperCase() + title.slice(1);
}
