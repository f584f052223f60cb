/** A character range inside the sentence (the date that the title is for, or another date to leave out). */
export interface Span {
  start: number;
  end: number;
}

/** Most words a title keeps: a timeline label, not a summary. */
export const MAX_TITLE_WORDS = 12;

import { resolveLeadingPronoun, resolveTrailingObject, type TitleContext } from "./resolvePronoun.ts";
import { appositiveParticiple } from "./titleAppositive.ts";
import { pickConjunct } from "./titleConjunct.ts";
import { distributiveTitle } from "./titleDistributive.ts";
import { dropFrames, dropSpeaker } from "./titleFrames.ts";
import {
  AUXILIARY,
  BACKGROUND,
  CLAUSE_OPENER,
  DETERMINER,
  IRREGULAR_PARTICIPLE,
  LEADING_FILLER,
  NOUN_PHRASE_OPENER,
  PHRASE_START,
  PRONOUN,
  RELATIVE,
  REPEAT,
  SPEECH,
  SPEECH_VERB,
  SUBORDINATE,
  TRAILING_STOP,
} from "./titleLexicon.ts";
import { lastWords, MARK, OTHER, removeDates, TARGET, wordCount } from "./titleText.ts";

export type { TitleContext } from "./resolvePronoun.ts";
/**
 * A short neutral title from the sentence that dates an event, using only its words: the clause the date belongs to
 * (a background "since the start of the war in 2023", a relative "which erupted in 2011", a participle "the Accords signed in 2020"),
 * otherwise the main clause without attribution ("…, officials said"), asides, the date phrase and trailing subordinate clauses.
 */
export function deriveTitle(
  sentence: string,
  target: Span,
  others: readonly Span[] = [],
  context: TitleContext = {},
): string {
  const masked = mask(sentence, target, others).replace(/[\u201C\u201D"]/g, "");
  const segments = masked.split(/\s*[;:]\s+|,\s+|\s+[-\u2013\u2014]\s+|\s*\u2014\s*/).filter((s) => s.trim() !== "");
  const k = Math.max(
    0,
    segments.findIndex((s) => s.includes(TARGET)),
  );
  const segment = segments[k] as string;
  const title =
    participlePhrase(segment) ??
    appositiveParticiple(segments, k) ??
    whenClause(segments, k) ??
    nounPhraseOfDate(segment) ??
    datedNounPhrase(segment) ??
    distributiveTitle(segments, k) ??
    clauseOfDate(segments, k) ??
    mainClause(mainSegments(segments, k));
  const finished = finish(resolve(title, sentence, context));
  return wordCount(finished) >= 2 ? finished : finish(masked);
}

const SPEECH_THAT = new RegExp(`\\b(${SPEECH})\\s+that\\s+`, "i");
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

/** "the Abraham Accords signed in 2020" -> "Abraham Accords signed": the date qualifies a noun by its participle. */
function participlePhrase(segment: string): string | null {
  // The date phrase goes with its preposition ("… by the government in 2024"), so cut after removing both.
  const words = removeDates(segment.slice(0, segment.indexOf(TARGET) + 1))
    .split(/\s+/)
    .filter(Boolean);
  for (let p = words.length - 1; p >= Math.max(1, words.length - 5); p -= 1) {
    const word = (words[p] as string).toLowerCase();
    if (!(/^[a-z]{3,}ed$/.test(word) || IRREGULAR_PARTICIPLE.has(word)) || SPEECH_VERB.test(word)) continue;
    if (AUXILIARY.has((words[p - 1] as string).toLowerCase())) return null;
    for (let d = p - 1; d >= Math.max(0, p - 5); d -= 1) {
      const w = (words[d] as string).toLowerCase();
      if (PRONOUN.has(w) || RELATIVE.has(w)) return null;
      // The noun must sit inside the clause ("expand the Accords signed"): at its start it is the subject of a past tense.
      // "when a bus overturned": after a subordinator the noun is a clause's subject and the "-ed" its verb.
      if (DETERMINER.has(w))
        return d > 0 && d < p - 1 && !CLAUSE_OPENER.has((words[d - 1] as string).toLowerCase())
          ? words.slice(d + 1).join(" ")
          : null;
    }
    return null;
  }
  return null;
}

/** "…since 2015, when gunmen killed 38 tourists" -> "Gunmen killed 38 tourists": a "when" clause that tells what the date was. */
function whenClause(segments: readonly string[], k: number): string | null {
  const next = segments[k + 1];
  if (!next || !/\uE000[\s.]*$/.test(segments[k] as string)) return null;
  const m = /^when\s+/i.exec(next);
  return m ? cutAtSubordinate(removeDates(next.slice(m[0].length))) : null;
}

/** "…, the other starting a day after the Hamas-led attack on southern Israel on Oct. 7, 2023" -> "Hamas-led attack on southern Israel". */
function nounPhraseOfDate(segment: string): string | null {
  const before = segment.slice(0, segment.indexOf(TARGET));
  // Only a date that follows its noun directly ("the attack … on <date>"), not one opening the clause.
  if (!/\b(?:on|in)\s+$/i.test(before)) return null;
  const words = before.trim().split(/\s+/).slice(0, -1);
  for (let d = words.length - 2; d >= Math.max(1, words.length - 7); d -= 1) {
    if (!DETERMINER.has((words[d] as string).toLowerCase())) continue;
    const opener = (words[d - 1] as string).toLowerCase();
    // The noun phrase must be the object of a preposition ("after the attack") or follow another date, never a subject.
    if (!(NOUN_PHRASE_OPENER.has(opener) || MARK.test(opener))) return null;
    // "said during a news conference on Monday": the occasion of a statement, not an event of its own.
    if (SPEECH_VERB.test(words[d - 2] ?? "")) return null;
    const phrase = words.slice(d + 1);
    // A relative clause inside ("a ceasefire that Israel shattered in …") means the date is that clause's, not the noun's.
    const plain = phrase.every((w) => !MARK.test(w) && !RELATIVE.has(w.toLowerCase()) && !PRONOUN.has(w.toLowerCase()));
    return phrase.length >= 2 && plain ? phrase.join(" ") : null;
  }
  return null;
}

// A preposition or subordinator before "the <date> <noun>": the noun is an object or a clause's subject, not the sentence's.
const DATED_NOUN_OPENER = new Set([
  ...NOUN_PHRASE_OPENER,
  ...CLAUSE_OPENER,
  ..."of in on from by with against".split(" "),
]);

/**
 * "…as a result of the Aug. 7 Embassy bombings in Nairobi" -> "Embassy bombings in Nairobi"; "…, where the Aug. 7 blasts
 * killed 257 people" -> "Blasts killed 257 people": a date used as a modifier names the event by the words after it.
 */
function datedNounPhrase(segment: string): string | null {
  const m = new RegExp(`(?:^|\\s)(\\S+)\\s+the\\s+${TARGET}\\s+(?=[A-Za-z])`, "i").exec(segment);
  if (!m || !DATED_NOUN_OPENER.has((m[1] as string).toLowerCase())) return null;
  const rest = cutAtSubordinate(removeDates(segment.slice(m.index + m[0].length)));
  return wordCount(rest) >= 2 ? rest : null;
}

/** The subordinate clause that holds the date, when the date belongs to it rather than to the main event. */
function clauseOfDate(segments: readonly string[], k: number): string | null {
  const segment = segments[k] as string;
  const at = segment.indexOf(TARGET);
  const all = subordinates(segment);
  const markers = all.filter((m) => m.index < at);
  const marker = markers[markers.length - 1];
  if (!marker) return null;
  const lead = (marker[1] as string).toLowerCase();
  const next = all.find((m) => m.index > at);
  let clause = segment.slice(marker.index + marker[0].length, next?.index ?? segment.length).trim();
  let before = segment.slice(0, marker.index).trim();
  if (RELATIVE.has(lead)) {
    // "optimism that surfaced last week of a looming deal has faded": an auxiliary after the date is the main verb's, so
    // the relative clause ends at the date and an "of" phrase between them belongs to the noun.
    const after = clause.slice(clause.indexOf(TARGET) + 1);
    const main = /\b(?:has|have|had|is|are|was|were|will|would|could|can|may|might|must|should)\b/.exec(after);
    if (main && clause.indexOf(TARGET) > 0) {
      const between = after.slice(0, main.index).trim();
      clause = clause.slice(0, clause.indexOf(TARGET) + 1);
      if (/^of\b/.test(between)) before = `${before} ${between}`;
    }
  }
  const rest = removeDates(clause);
  const afterSpeech = SPEECH_VERB.test(lastWords(before, 1));
  if ((lead === "that" || lead === "how") && afterSpeech) return wordCount(before) <= 5 ? rest : null;
  if (BACKGROUND.has(lead)) return wordCount(rest) >= 2 ? rest.replace(/^the\s+/i, "") : null;
  if (!RELATIVE.has(lead)) return null;
  const antecedent = nounPhrase(before || (segments[k - 1] ?? ""));
  if (!antecedent || wordCount(rest) === 0) return null;
  // "that Israel shattered" has its own subject: the antecedent is its object.
  const ownSubject = /^(?:[A-Z]|(?:he|she|it|they|the|a|an)\b)/.test(rest);
  return ownSubject
    ? `${rest} ${antecedent.replace(/^(?:The|A|An)\b/, (d) => d.toLowerCase())}`
    : `${antecedent} ${rest}`;
}

/** The words before a relative pronoun back to their determiner ("a two-month ceasefire"), or a short preceding segment whole. */
function nounPhrase(text: string): string | null {
  const words = removeDates(text).split(/\s+/).filter(Boolean);
  if (words.length > 0 && words.length <= 6) return words.join(" ");
  for (let d = words.length - 1; d >= Math.max(0, words.length - 6); d -= 1) {
    if (DETERMINER.has((words[d] as string).toLowerCase())) return words.slice(d).join(" ");
  }
  return null;
}

/**
 * Segments the main clause is taken from: those up to the date's own, unless that leaves too little ("On June 1, the boat, …, set sail");
 * a date segment that is only a fragment ("…, one in 2006,") dates the segment before it.
 */
function mainSegments(segments: readonly string[], k: number): readonly string[] {
  // "…, again in May and a third time in July": adverbs that repeat the clause before them are fragments too.
  const fragment = removeDates(segments[k] as string).replace(REPEAT, "");
  if (wordCount(fragment) <= 2 && k > 0) return segments.slice(0, k);
  const head = segments.slice(0, k + 1);
  let words = 0;
  for (const segment of head) words += wordCount(removeDates(segment));
  return words >= 4 ? head : segments;
}

/** The main clause: segments kept in order, less intro, asides and attribution; joined without the gaps the asides left. */
function mainClause(segments: readonly string[]): string {
  let out = "";
  let dropped = false;
  segments.forEach((segment, index) => {
    const bare = removeDates(segment);
    const text = segment.trim();
    if (bare === "" || isAside(bare, index, segments.length)) {
      // A dropped list item leaves the list's commas; a dropped aside closes its gap.
      dropped ||= wordCount(bare) > 1;
      return;
    }
    out = out === "" ? text : `${out}${dropped ? " " : ", "}${text}`;
    dropped = false;
  });
  out = removeDates(dropFrames(pickConjunct(out)));
  // Attribution rules need a speech verb; most main clauses have none.
  if (SPEECH_VERB.test(out)) out = dropSpeaker(out).replace(SPEECH_THAT, "$1 ");
  return cutAtSubordinate(out);
}

function isAside(text: string, index: number, count: number): boolean {
  const words = wordCount(text);
  if (index === 0)
    return (
      words <= 1 ||
      /^(?:\w+ing|according to)\b/i.test(text) ||
      (words <= 3 && /^(?:since|after|before|following|then|in|on|at|by|earlier|later|meanwhile|however)\b/i.test(text))
    );
  // A lone word between commas is a list item or a fragment ("food, shelter, medicine"; "…, one, …").
  if (words <= 1) return true;
  if (SPEECH_VERB.test(text) && words <= 8 && (index === count - 1 || /^[a-z]/.test(text) === false)) return true;
  if (
    /^(?:mainly|mostly|most of|many of|some of|including|such as|especially|notably|with|\w+ing|\w+ed by|according to)\b/i.test(
      text,
    )
  )
    return true;
  // A name set off by commas ("his Syrian counterpart, Ahmad al-Sharaa,") repeats what came before.
  return index > 0 && words <= 4 && text.split(/\s+/).every((w) => /^(?:[A-Z]|(?:al|el|bin|ibn|de|van|von)\b)/.test(w));
}

function cutAtSubordinate(text: string): string {
  for (const m of subordinates(text)) {
    const before = text.slice(0, m.index);
    if (wordCount(before) < 3) continue;
    if ((m[1] as string).toLowerCase() === "as" && /\b(?:such|well|known|described|same|seen)\s*$/i.test(before))
      continue;
    if ((m[1] as string).toLowerCase() === "that" && !SPEECH_VERB.test(lastWords(before, 1))) continue;
    return before;
  }
  return text;
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

/** Where subordinate clauses start; an acronym ("WHO", "AS Roma") is a name, not a clause. */
function subordinates(text: string): RegExpExecArray[] {
  return [...text.matchAll(SUBORDINATE)].filter((m) => (m[1] as string) !== (m[1] as string).toUpperCase());
}
