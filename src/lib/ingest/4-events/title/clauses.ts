import { dropFrames, dropSpeaker } from "./frames.ts";
import {
  AUXILIARY,
  BACKGROUND,
  DETERMINER,
  IRREGULAR_PARTICIPLE,
  MODAL,
  RELATIVE,
  REPEAT,
  SPEECH,
  SPEECH_VERB,
  SUBORDINATE,
} from "./lexicon.ts";
import { lastWords, MARK, removeDates, TARGET, wordCount } from "./text.ts";

// Title strategies that take a clause: the subordinate clause that holds the date, or else the sentence's main clause
// without attribution, asides, frames and the other conjunct.

/** "…since 2015, when gunmen killed 38 tourists" -> "Gunmen killed 38 tourists": a "when" clause that tells what the date was. */
export function whenClause(segments: readonly string[], k: number): string | null {
  const next = segments[k + 1];
  if (!next || !/\uE000[\s.]*$/.test(segments[k] as string)) return null;
  const m = /^when\s+/i.exec(next);
  return m ? cutAtSubordinate(removeDates(next.slice(m[0].length))) : null;
}

/** The subordinate clause that holds the date, when the date belongs to it rather than to the main event. */
export function clauseOfDate(segments: readonly string[], k: number): string | null {
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
export function mainSegments(segments: readonly string[], k: number): readonly string[] {
  // "…, again in May and a third time in July": adverbs that repeat the clause before them are fragments too.
  const fragment = removeDates(segments[k] as string).replace(REPEAT, "");
  if (wordCount(fragment) <= 2 && k > 0) return segments.slice(0, k);
  const head = segments.slice(0, k + 1);
  let words = 0;
  for (const segment of head) words += wordCount(removeDates(segment));
  return words >= 4 ? head : segments;
}

const SPEECH_THAT = new RegExp(`\\b(${SPEECH})\\s+that\\s+`, "i");

/** The main clause: segments kept in order, less intro, asides and attribution; joined without the gaps the asides left. */
export function mainClause(segments: readonly string[]): string {
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

export function cutAtSubordinate(text: string): string {
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

/** Where subordinate clauses start; an acronym ("WHO", "AS Roma") is a name, not a clause. */
function subordinates(text: string): RegExpExecArray[] {
  return [...text.matchAll(SUBORDINATE)].filter((m) => (m[1] as string) !== (m[1] as string).toUpperCase());
}

// Modals and "do": a verb follows them, so the words before them are the subject.
const VERB_HELPER = new Set([...MODAL, "did", "does", "do"]);
// A conjunct with its own subject: a name, a determiner or a pronoun opens it.
const OWN_SUBJECT = /^(?:\p{Lu}|(?:the|a|an|he|she|they|it|its|his|her|their|this|these|those)\s)/u;

/**
 * "The pact was signed in 2015 and collapsed in 2018": when each of two coordinated clauses holds a date, the title is the
 * one that holds the title's date, the second completed with the first's subject ("The pact collapsed").
 */
export function pickConjunct(text: string): string {
  for (const m of text.matchAll(/\s+(?:and|but)\s+/g)) {
    const left = text.slice(0, m.index);
    const right = text.slice(m.index + m[0].length);
    // "The convoy includes doctors and aims to arrive by Friday": a conjunct that only describes is no event.
    const describes = !MARK.test(left) && right.includes(TARGET) && STATIVE.test(left);
    if (!describes && (!MARK.test(left) || !MARK.test(right))) continue;
    if (left.includes(TARGET)) return left;
    if (!right.includes(TARGET)) continue;
    if (OWN_SUBJECT.test(right)) return right;
    const subject = describes ? statedSubject(left) : subjectOf(left);
    return subject ? `${subject} ${right}` : text;
  }
  return text;
}

// Verbs of state in the present: a clause built on one describes; it does not tell of something that happened.
const STATIVE = /^(?:\S+\s+){1,6}?(?:is|are|has|have|includes|include|contains|contain|comprises|remains|consists)\b/i;

/** The words before a describing clause's verb of state. */
function statedSubject(clause: string): string | null {
  const m = STATIVE.exec(clause.trim());
  return m ? m[0].replace(/\s+\S+$/, "") : null;
}

/** The words before a clause's first verb, judged by a light lexicon: an auxiliary, a modal, "-ed" or an irregular past. */
function subjectOf(clause: string): string | null {
  const words = clause.trim().split(/\s+/);
  const verb = words.findIndex((w, i) => {
    const word = w.toLowerCase();
    return (
      i > 0 &&
      (AUXILIARY.has(word) || VERB_HELPER.has(word) || /^[a-z]{3,}ed$/.test(word) || IRREGULAR_PARTICIPLE.has(word))
    );
  });
  return verb > 0 && verb <= 6 ? words.slice(0, verb).join(" ") : null;
}
