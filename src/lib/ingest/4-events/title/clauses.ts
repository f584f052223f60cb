import { dropFrames, dropSpeaker } from "./frames.ts";
import {
  DETERMINER,
  DISCOURSE_ADVERB,
  ONE_WORD_OPENERS,
  RELATIVE,
  REPEAT,
  SPEECH,
  SPEECH_VERB,
  SUBORDINATE,
  SUBORDINATE_ADVERB,
} from "./lexicon.ts";
import { hasVerbForm, isVerbForm, lastWords, MARK, opensWithVerb, removeDates, TARGET, wordCount } from "./text.ts";

// The title strategy of last resort: the sentence's main clause without attribution, asides, frames and the other
// conjunct; and the clause rules the other strategies share.

/**
 * Segments the main clause is taken from: those up to the date's own, unless that leaves too little ("On June 1, the boat, …, set sail");
 * a date segment that is only a fragment ("…, one in 2006,") dates the segment before it.
 */
export function mainSegments(segments: readonly string[], k: number): readonly string[] {
  // "…, again in May and a third time in July": adverbs that repeat the clause before them are fragments too.
  const fragment = removeDates(segments[k] as string).replace(REPEAT, "");
  if (wordCount(fragment) <= 2 && k > 0) {
    // "President Trump: Today, I have ordered …": after a name alone, a date fragment opens the clause after it.
    const next = segments[k + 1];
    if (k === 1 && next !== undefined && isName(segments[0] as string) && hasVerbForm(next)) return segments;
    return segments.slice(0, k);
  }
  const head = withListTail(segments, k + 1);
  let words = 0;
  head.forEach((segment, i) => {
    // "In the occupied West Bank, prisoners left …", "Citing a statement, …", "To make the point, …": an opening phrase
    // is no clause, however long.
    if (i > 0 || !opensSentence(removeDates(segment)) || segments.length === 1)
      words += wordCount(removeDates(segment));
  });
  return words >= 4 ? head : segments;
}

/** The segments before `end`, and after them the rest of a list they open ("military, civilian and nuclear sites"). */
function withListTail(segments: readonly string[], end: number): readonly string[] {
  let last = end;
  while (last < segments.length && isListTail(segments[last] as string)) last += 1;
  return segments.slice(0, last);
}

function isListTail(segment: string): boolean {
  if (!segment.includes(" and ") && !segment.includes(" or ")) return false;
  const bare = removeDates(segment);
  return (
    /^[a-z]/.test(bare) &&
    /\s(?:and|or)\s/.test(bare) &&
    wordCount(bare) <= 5 &&
    !DETERMINER.has(bare.split(" ")[0] as string) &&
    !ASIDE.test(bare) &&
    !hasVerbForm(bare)
  );
}

/** The title of the main clause: the segments it is taken from (see mainSegments), their date kept on the last one. */
export function mainTitle(segments: readonly string[], k: number): string {
  const head = mainSegments(segments, k);
  // A date set off after the clause (", \"by the end of the week\",") dates its last words: keep its mark there.
  const last = head.length - 1;
  const dated = head.some((s) => s.includes(TARGET)) || last < 0;
  return mainClause(dated ? head : [...head.slice(0, last), `${head[last]} ${TARGET}`]);
}

/** A clause with its own subject ("Israel shattered", "rebels have held"), not a bare predicate ("erupted in"). */
export function ownSubject(clause: string): boolean {
  return !opensWithVerb(clause) && hasVerbForm(clause.split(/\s+/).slice(1, 7).join(" "));
}

/** A clause of a subject and an intransitive verb, perhaps an adverb: "The conflict erupted", "Tensions spiked further". */
export function isThin(clause: string): boolean {
  const words = wordCount(clause);
  return words >= 2 && words <= 3;
}

const SPEECH_THAT = new RegExp(`\\b(${SPEECH})\\s+that\\s+`, "i");
// "It took several hours before the drones reached …": an empty "it" and its verb around the date; the clause after tells.
const EXPLETIVE = new RegExp(
  `^it\\s+(?:takes|took|was|is|has been|had been)\\s+${TARGET}\\s+(?:that|before|until|when)\\s+(?=\\S+\\s+\\S)`,
  "i",
);

/** The main clause: segments kept in order, less intro, asides and attribution; joined without the gaps the asides left. */
export function mainClause(segments: readonly string[]): string {
  const texts = segments.map((s) => s.trim());
  const { skip, glued } = asides(texts);
  let out = "";
  let dropped = false;
  texts.forEach((text, index) => {
    if (skip[index]) {
      // A date alone in its segment ("…, by Friday,") dates the words before it.
      if (out !== "" && text.includes(TARGET) && removeDates(text) === "") out = `${out} ${TARGET}`;
      // A dropped list item leaves the list's commas; a dropped aside closes its gap.
      dropped ||= wordCount(removeDates(text)) > 1;
      return;
    }
    out = out === "" ? text : `${out}${dropped || index === glued ? " " : ", "}${text}`;
    dropped = false;
  });
  out = removeDates(dropFrames(pickConjunct(out.replace(EXPLETIVE, ""))));
  // Attribution rules need a speech verb; most main clauses have none.
  if (SPEECH_VERB.test(out)) out = dropSpeaker(out).replace(SPEECH_THAT, "$1 ");
  const cut = cutAtSubordinate(out);
  // "The conflict erupted on June 13 when Israel launched airstrikes …": a clause of three words before "when" or "as"
  // only tells the time of what the clause after it names.
  if (isThin(cut)) {
    const joint = /^\s*(?:when|as)\s+/i.exec(out.slice(cut.length));
    const next = joint ? cutAtSubordinate(out.slice(cut.length + joint[0].length)) : "";
    if (wordCount(next) >= 3 && ownSubject(next)) return next;
  }
  return cut;
}

/**
 * Which segments the main clause leaves out: asides, and what a clause's predicate skips over. "The deal, worked out by
 * …, five powers and Iran, eased sanctions": a segment that opens with a verb continues the subject before the aside,
 * so all between them goes; "Soleimani, the head of the Guard was killed": an unclosed apposition keeps its verb on.
 */
function asides(texts: string[]): { skip: boolean[]; glued: number } {
  const bare = texts.map((t) => removeDates(t));
  let first = -1;
  const skip = bare.map((text, index) => {
    const aside = text === "" || isAside(text, first < 0 ? 0 : index, texts.length);
    if (!aside && first < 0) first = index;
    return aside;
  });
  // "Riyadh, however, has yet to confirm …": one word before asides and a predicate is the subject, not an aside.
  if (first > 0 && isOneWordSubject(bare[0] as string) && opensWithVerb(texts[first] as string)) {
    skip[0] = false;
    first = 0;
  }
  if (first < 0 || hasVerbForm(bare[first] as string)) return { skip, glued: -1 };
  const predicate = texts.findIndex((t, j) => j > first && !skip[j] && opensWithVerb(t));
  if (predicate > 0) {
    for (let j = first + 1; j < predicate; j += 1) skip[j] = true;
    return { skip, glued: predicate };
  }
  const next = first + 1;
  const verb = /\s(?:was|were|is|are|has|have|had)\s/.exec(texts[next] ?? "");
  const apposition = verb && /^(?:the|a|an)\s/i.test(texts[next] as string) && isName(bare[first] as string);
  if (!apposition || hasVerbForm((texts[next] as string).slice(0, verb.index))) return { skip, glued: -1 };
  texts[next] = (texts[next] as string).slice(verb.index + 1);
  return { skip, glued: next };
}

/** A lone capitalised word that can be a subject: no discourse adverb ("Meanwhile", "Separately") or capitals dateline. */
function isOneWordSubject(text: string): boolean {
  return (
    /^\p{Lu}[\p{Ll}'’.-]+$/u.test(text) &&
    !/ly$/.test(text) &&
    !DISCOURSE_ADVERB.has(text.toLowerCase()) &&
    !ONE_WORD_OPENERS.has(text.toLowerCase())
  );
}

function isName(text: string): boolean {
  const words = text.split(/\s+/);
  return words.length <= 5 && words.every((w) => /^(?:\p{Lu}|(?:al|el|bin|ibn|de|van|von)\b)/u.test(w));
}

// What opens a sentence before its clause: a preposition or a subordinator ("In a statement, …", "As part of …").
const INTRO =
  /^(?!at (?:least|most)\b|as (?:many|much|few|long|well)\b)(?:in|on|at|under|after|before|since|during|following|despite|amid|as|with|without|for|from|by|over|between|among|through|until|when|while|although|though|because|if|once|unlike|according to)\b/i;
/** A phrase that opens a sentence before its clause: a preposition's, a participle's or an infinitive's. */
function opensSentence(segment: string): boolean {
  return (
    INTRO.test(segment) ||
    PARTICIPLE_INTRO.test(segment) ||
    /^(?:\w+ing|to\s+\w+|according to|earlier|later|meanwhile|separately|elsewhere)\b/i.test(segment)
  );
}

// "Nicknamed the Atomic Dog in some circles, Kopp …", "Backed by Iran, the rebels …": a participle opening the sentence.
const PARTICIPLE_INTRO = /^[A-Za-z]{3,}ed\s+(?!\p{Lu})/u;
// Asides set off by commas: a part of a group, an example, an addition, a participle with its agent, a relative clause.
const ASIDE =
  /^(?:mainly|mostly|most of|many of|some of|including|such as|especially|notably|with|along with|together with|as well as|alongside|in addition to|who|whose|which|\w+ing|(?:\w+ly\s+)?\w+(?:ed|en)(?:\s+(?:out|up|off|down))?\s+by|according to)\b/i;

function isAside(text: string, index: number, count: number): boolean {
  const words = wordCount(text);
  if (index === 0)
    return (
      words <= 1 ||
      // "Speaking to reporters, he …" opens the sentence; "Shelling resumed …" alone is its clause.
      (count > 1 && opensSentence(text)) ||
      (words <= 3 && /^(?:then|earlier|later|meanwhile|however)\b/i.test(text))
    );
  // A lone word between commas is a list item or a fragment ("food, shelter, medicine"; "…, one, …").
  if (words <= 1) return true;
  // "…, officials said": attribution; "…, said that the bridge would close": what was said, the clause's predicate.
  const attribution = SPEECH_VERB.test(text) && words <= 8 && !/\b(?:that|how)\s/.test(text);
  if (attribution && (index === count - 1 || /^[a-z]/.test(text) === false)) return true;
  // "at least a third of whom were children": a part of the noun before, told by a relative clause.
  if (ASIDE.test(text) || /^(?:\S+\s+){0,4}of (?:whom|which)\b/i.test(text)) return true;
  // A name set off by commas ("his Syrian counterpart, Ahmad al-Sharaa,") repeats what came before.
  return index > 0 && words <= 4 && text.split(/\s+/).every((w) => /^(?:[A-Z]|(?:al|el|bin|ibn|de|van|von)\b)/.test(w));
}

/** The text before its first subordinate clause of `least` words or more ("… bound for Gaza | seeking to …"). */
export function cutAtSubordinate(text: string, least = 3): string {
  for (const m of subordinates(text)) {
    const before = text.slice(0, m.index);
    const lead = (m[1] as string).toLowerCase();
    if (wordCount(before) < least) continue;
    if (lead === "as" && /\b(?:such|well|known|described|same|seen)\s*$/i.test(before)) continue;
    // "A militia alliance which controls the north has signed a deal": a relative clause inside the subject goes, not
    // the predicate after it.
    const spliced = RELATIVE.has(lead) && !hasVerbForm(before) ? withoutRelative(text, m) : null;
    if (spliced) return cutAtSubordinate(spliced);
    if (lead === "that" && !SPEECH_VERB.test(lastWords(before, 1))) continue;
    // "started just after 6": an adverb that goes with the subordinator goes with it.
    const words = before.trim().split(/\s+/);
    while (words.length > 3 && SUBORDINATE_ADVERB.has((words[words.length - 1] as string).toLowerCase())) words.pop();
    return words.join(" ");
  }
  return text;
}

/** The text without the relative clause at `m`, up to the main verb after it (an auxiliary past the clause's own verb). */
function withoutRelative(text: string, m: RegExpExecArray): string | null {
  const after = text.slice(m.index + m[0].length).split(/\s+/);
  const main = after.findIndex(
    (w, i) => i >= 2 && /^(?:has|have|had|is|are|was|were|will|would|could|can|may|might|must|should)$/i.test(w),
  );
  if (main < 0 || isVerbForm(after[main - 1] as string)) return null;
  return `${text.slice(0, m.index).trim()} ${after.slice(main).join(" ")}`;
}

/**
 * Where subordinate clauses start; an acronym ("WHO", "AS Roma") is a name, not a clause, and an "-ing" word after a form
 * of "be" is the clause's own verb ("US diplomats are seeking a deal"), not a participle opening another.
 */
export function subordinates(text: string): RegExpExecArray[] {
  // One pattern object stepped with exec: matchAll copies the pattern on every call (titles are a hot path).
  const found: RegExpExecArray[] = [];
  SUBORDINATE_AT.lastIndex = 0;
  for (let m = SUBORDINATE_AT.exec(text); m !== null; m = SUBORDINATE_AT.exec(text)) {
    const word = m[1] as string;
    if (word === word.toUpperCase()) continue;
    if (word.endsWith("ing") && PROGRESSIVE_BE.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    found.push(m);
  }
  return found;
}
const SUBORDINATE_AT = new RegExp(SUBORDINATE.source, "gi");
const PROGRESSIVE_BE = /\b(?:is|are|was|were|be|been|am)\s+$/i;

// A conjunct with its own subject: a name, a determiner, a quantifier or a pronoun opens it.
const OWN_SUBJECT =
  /^(?:\p{Lu}|\d|(?:the|a|an|he|she|they|it|there|its|his|her|their|this|these|those|all|some|many|most|both|each|several|no|few|more|at least)\s)/u;

/**
 * "The pact was signed in 2015 and collapsed in 2018": when each of two coordinated clauses holds a date, the title is the
 * one that holds the title's date, the second completed with the first's subject ("The pact collapsed").
 */
export function pickConjunct(text: string): string {
  for (const m of text.matchAll(/\s+(?:and|but)\s+/g)) {
    const left = text.slice(0, m.index);
    const right = text.slice(m.index + m[0].length);
    // "The convoy includes doctors and aims to arrive by Friday": a conjunct that only describes is no event.
    const describes = !MARK.test(left) && right.includes(TARGET) && statedSubject(left) !== null;
    const clause = OWN_SUBJECT.test(right) && hasVerbForm(right.split(/\s+/).slice(1, 8).join(" "));
    // "…, and since 1990 there has been a trend": a date that opens a clause with its own subject is that clause's.
    const fronted = FRONTED_DATE.exec(right);
    const after = fronted ? right.slice(fronted[0].length) : "";
    if (fronted && OWN_SUBJECT.test(after) && hasVerbForm(after.split(/\s+/).slice(1, 8).join(" "))) return right;
    // "fired tear gas at school and university students": an "and" between nouns joins no clauses.
    if (!describes && !clause && !opensWithVerb(right)) continue;
    if (!describes && (!MARK.test(left) || !MARK.test(right))) continue;
    if (left.includes(TARGET)) return left;
    if (!right.includes(TARGET)) continue;
    if (clause) return right;
    const subject = describes ? statedSubject(left) : subjectOf(left);
    return subject ? `${subject} ${right}` : text;
  }
  return text;
}

const FRONTED_DATE = new RegExp(`^(?:\\S+\\s+){0,2}${TARGET}\\s+`);
// Verbs of state in the present: a clause built on one describes; it does not tell of something that happened.
const STATIVE = /^(?:\S+\s+){1,6}?(?:is|are|has|have|includes|include|contains|contain|comprises|remains|consists)\b/i;

/** The words before a describing clause's verb of state; "has closed" is a perfect, no state. */
function statedSubject(clause: string): string | null {
  const m = STATIVE.exec(clause.trim());
  if (!m) return null;
  const next = clause.trim().slice(m[0].length).trim().split(/\s+/)[0] ?? "";
  return /(?:has|have)$/i.test(m[0]) && isVerbForm(next) ? null : m[0].replace(/\s+\S+$/, "");
}

/** The words before a clause's first verb, judged by a light lexicon: an auxiliary, a modal, "-ed" or an irregular past. */
export function subjectOf(clause: string): string | null {
  const words = clause.trim().split(/\s+/);
  const verb = words.findIndex((w, i) => i > 0 && isVerbForm(w));
  return verb > 0 && verb <= 16 ? words.slice(0, verb).join(" ") : null;
}
