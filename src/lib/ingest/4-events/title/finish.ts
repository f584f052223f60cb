import {
  AUXILIARY,
  COMPOUND_PREPOSITION_HEAD,
  DETERMINER,
  DISCOURSE_ADVERB,
  IRREGULAR_PARTICIPLE,
  LEADING_FILLER,
  MODAL,
  PERSON_TITLE,
  PHRASE_PARTICIPLE,
  PHRASE_START,
  PREPOSITION,
  TRAILING_STOP,
} from "./lexicon.ts";
import { QUOTED_COMMA } from "./segments.ts";
import { hasVerbForm, isVerbForm, removeDates } from "./text.ts";

// The last step of every title: without its dates, opening connective and closing punctuation, and cut to the limit
// where a phrase ends.

/** Punctuation (a quoted comma too) and list bullets a title cannot open with ("• PM said …", ", and then …"). */
const LEADING_MARKS = /^[\s,;:.*\uE002\-\u2013\u2014\u2022\u00b7\u2023\u25aa\u25b8\u25ba\u25cf\u25e6\u25a0]+/;

/** Most words a title keeps: a timeline label, not a summary. */
export const MAX_TITLE_WORDS = 12;

/** The title as a reader sees it: at most MAX_TITLE_WORDS words, ending on a whole phrase, capitalised. */
export function finish(text: string): string {
  let words = removeDates(text)
    .replace(LEADING_MARKS, "")
    .replace(LEADING_FILLER, "")
    .replace(/[\s.,;:!?'\u2019]+$/, "")
    .split(/\s+/)
    .filter(Boolean);
  const whole = words.length <= MAX_TITLE_WORDS;
  if (!whole) words = shorten(words);
  while (
    words.length > 1 &&
    (TRAILING_STOP.has((words.at(-1) as string).toLowerCase()) || (!whole && cutModifier(words)))
  ) {
    // "He was sworn in on Jan. 20": the date went with its own preposition, so a preposition left after a verb is its particle.
    if (whole && isParticle(words)) break;
    words.pop();
  }
  const title = words
    .join(" ")
    .replaceAll(QUOTED_COMMA, ",")
    .replace(/[,;:]+$/, "");
  return title.charAt(0).toUpperCase() + title.slice(1);
}

/**
 * A title cut to fit that ends on a word waiting for its noun or its complement: a compound modifier ("an Egypt-brokered
 * | ceasefire", "a 22-year-old | woman") or a participle after a noun ("a dozen gunmen standing | outside").
 */
function cutModifier(words: readonly string[]): boolean {
  const last = words.at(-1) as string;
  if (/^[\p{L}\d]+(?:-[\p{L}\d]+)*-(?:\p{L}+ed|led|made|run|old|based|style)$/iu.test(last)) return true;
  const before = (words.at(-2) ?? "").toLowerCase();
  // The noun: a word after its determiner or count ("a dozen gunmen", "a statement"), itself no determiner or "-ing".
  const noun =
    /^[a-z]+$/.test(before) &&
    !/ing$/.test(before) &&
    !DETERMINER.has(before) &&
    words.slice(-4, -2).some((w) => DETERMINER.has(w.toLowerCase()) || /^(?:\d+|dozens?)$/i.test(w));
  return /^[a-z]{3,}ing$/.test(last) && noun && !AUXILIARY.has(before) && !PREPOSITION.has(before);
}

/**
 * A long title made to fit: without linking adverbs, without the titles before people's names when that is enough ("Secretary of State John Kerry
 * and Foreign Minister Sergey Lavrov say …" -> "John Kerry and Sergey Lavrov say …"), else cut where a phrase ends.
 */
function shorten(all: readonly string[]): string[] {
  // "The group meanwhile accused …": an adverb that links the sentence to the text around it says nothing of the event.
  const words = all.filter((w) => !DISCOURSE_ADVERB.has(w.toLowerCase()));
  if (words.length <= MAX_TITLE_WORDS) return words;
  const subject = withoutSubjectParticiple(words);
  if (subject.length <= MAX_TITLE_WORDS) return subject;
  const named = withoutPersonTitles(words);
  if (named.length <= MAX_TITLE_WORDS) return named;
  const cut = cutAtPhrase(words);
  if (cut !== null && (hasVerbForm(cut.join(" ")) || !hasVerbForm(words.join(" ")))) return cut;
  const spliced = cut === null ? null : withoutSubjectPhrases(words, cut.length);
  return spliced ?? cutAtPhrase(named) ?? cut ?? cutAtLimit(named);
}

/** The words before a coordinated clause or the last phrase the limit would cut, or null when there is no such place. */
function cutAtPhrase(words: readonly string[]): string[] | null {
  const cut = words.slice(0, MAX_TITLE_WORDS + 1);
  // Prefer ending where a coordinated clause begins ("… killed and more than a dozen were wounded").
  const joint = cut.findLastIndex((w, i) => i >= 4 && /^(?:and|but)$/i.test(w) && joinsClauses(words, i));
  if (joint > 0) return words.slice(0, joint);
  // Otherwise end before the last phrase that would be cut ("… other goods | from entering the territory"): a preposition
  // or a subordinator; "and" and "or" bind their words to the ones before, so they are the last resort.
  let phrase = cut.findLastIndex((_, i) => i >= 5 && opensPhrase(cut, i));
  if (phrase < 0)
    phrase = cut.findLastIndex(
      (w, i) => i >= 5 && PHRASE_START.has(w.toLowerCase()) && !inCount(cut, i) && !isInfinitive(cut, i),
    );
  if (phrase < 0) return null;
  const previous = cut[phrase - 1] as string;
  const before = previous.toLowerCase();
  const head = cut[phrase] as string;
  // "south | of Sanaa", "in support | of Hamas", "ceasefire starting | at 0400": the words that open the phrase with it.
  const copula = /^(?:is|are|was|were|be|been)$/i.test(cut[phrase - 2] ?? "");
  if (/^(?:of|to|as|with)$/i.test(head) && COMPOUND_PREPOSITION_HEAD.has(before) && !copula) phrase -= 1;
  else if (
    /^(?:of|for|to|with)$/i.test(head) &&
    PREPOSITION.has((cut[phrase - 2] ?? "").toLowerCase()) &&
    isBareNoun(previous)
  )
    phrase -= 2;
  else if (PHRASE_PARTICIPLE.has(before)) phrase -= 1;
  return phrase >= 4 ? words.slice(0, phrase) : null;
}

/** The first MAX_TITLE_WORDS words, ending before a name rather than inside it ("the UN Security | Council"). */
function cutAtLimit(words: readonly string[]): string[] {
  let end = MAX_TITLE_WORDS;
  while (end > 4 && isCapitalised(words[end - 1]) && isCapitalised(words[end])) end -= 1;
  return words.slice(0, isCapitalised(words[end]) && end < MAX_TITLE_WORDS ? end - 1 : end);
}

/** "and" between two clauses: a verb before it, and after it a verb or a subject with its verb; not inside a quotation. */
function joinsClauses(words: readonly string[], i: number): boolean {
  const before = words[i - 1] as string;
  const after = words[i + 1] ?? "";
  // "Iran and Israel have agreed": "and" between two names joins the names.
  const names = /^\p{Lu}[^,]*$/u.test(before) && /^\p{Lu}/u.test(after);
  if (before.endsWith(QUOTED_COMMA) || names) return false;
  if (!hasVerbForm(words.slice(0, i).join(" "))) return false;
  // "was reimposing sanctions and pulling the country out": a second "-ing" continues the predicate.
  if (isVerbForm(after) || /^[a-z]{3,}ing$/.test(after)) return true;
  // "but suspicion fell on Israel": a bare noun and its verb.
  if (isVerbForm(words[i + 2] ?? "")) return true;
  return opensSubject(after) && words.slice(i + 2, i + 9).some((w) => isVerbForm(w));
}

function opensSubject(word: string): boolean {
  return (
    /^(?:\p{Lu}|\d)/u.test(word) || DETERMINER.has(word.toLowerCase()) || /^(?:more|some|all|many|most)$/i.test(word)
  );
}

// "have to", "able to": an infinitive's "to" belongs to the word before it, as it does to a verb ("agreed to restore").
const INFINITIVE_AFTER = /^(?:have|has|had|ought|going|able|used|set|due|expected|likely|about)$/i;

function isInfinitive(words: readonly string[], i: number): boolean {
  const before = words[i - 1] ?? "";
  return (
    /^to$/i.test(words[i] as string) && (INFINITIVE_AFTER.test(before) || isVerbForm(before) || /ing$/i.test(before))
  );
}

function opensPhrase(words: readonly string[], i: number): boolean {
  const word = (words[i] as string).toLowerCase();
  if (isInfinitive(words, i)) return false;
  if (PREPOSITION.has(word) || PHRASE_PARTICIPLE.has(word)) return true;
  // "a plan | of the mayor": after a noun with its article "of" adds to a whole phrase; "multiple series of air strikes"
  // needs its "of".
  if (word === "of") return DETERMINER.has((words[i - 2] ?? "").toLowerCase());
  return PHRASE_START.has(word) && !/^(?:and|or|but)$/.test(word);
}

/** "one or two pockets", "10 and 12": a conjunction between numbers is inside a count. */
function inCount(words: readonly string[], i: number): boolean {
  const number = /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?)$/i;
  return /^(?:and|or)$/i.test(words[i] as string) && number.test(words[i - 1] ?? "") && number.test(words[i + 1] ?? "");
}

function isBareNoun(word: string): boolean {
  return /^[a-z]+$/.test(word) && !DETERMINER.has(word) && !isVerbForm(word) && !PREPOSITION.has(word);
}

/** A capitalised word, or a name with its particle ("al-Assad"). */
function isCapitalised(word: string | undefined): boolean {
  return word !== undefined && /^(?:(?:al|el|bin|ibn|abu)-)?\p{Lu}/u.test(word);
}

/**
 * The words without the titles before people's names: "Russian Foreign Minister Sergey Lavrov" -> "Sergey Lavrov",
 * "Secretary of State John Kerry" -> "John Kerry"; a name is two capitalised words or more after the title.
 */
function withoutPersonTitles(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i] as string;
    const title = PERSON_TITLE.has(word.toLowerCase());
    // "Secretary of State John Kerry": an "of" phrase inside the title.
    const of = title && words[i + 1] === "of" && isCapitalised(words[i + 2]) ? 2 : 0;
    if (!title || !isCapitalised(words[i + 1 + of]) || !isCapitalised(words[i + 2 + of])) {
      out.push(word);
      continue;
    }
    // Back over the rest of the title: capitalised words and title words ("U.S. President", "Egyptian prime minister").
    while (
      out.length > 0 &&
      (isCapitalised(out[out.length - 1]) || PERSON_TITLE.has((out[out.length - 1] as string).toLowerCase()))
    )
      out.pop();
    if (/^the$/i.test(out[out.length - 1] ?? "")) out.pop();
    i += of;
  }
  return out;
}

/**
 * "Mass protests in Baghdad and other cities | in the south against hardship | began": a cut inside a long subject keeps
 * the verb by leaving out the subject's last phrases, the fewest that make the title fit.
 */
function withoutSubjectPhrases(words: readonly string[], from: number): string[] | null {
  const verb = words.findIndex((w, i) => i >= from && isVerbForm(w));
  if (verb < 0) return null;
  for (let i = verb - 1; i >= 3; i -= 1) {
    if (!PREPOSITION.has((words[i] as string).toLowerCase()) || hasVerbForm(words.slice(0, i).join(" "))) continue;
    const joined = [...words.slice(0, i), ...words.slice(verb)];
    const fitted = joined.length <= MAX_TITLE_WORDS ? joined : cutAtPhrase(joined);
    if (fitted !== null && fitted.length > i) return fitted;
  }
  return null;
}

/**
 * "A peace deal reached between the factions ushered in a new era" -> "A peace deal ushered in a new era": a participle
 * phrase after the subject's noun, before the clause's verb, describes the subject and can go.
 */
function withoutSubjectParticiple(words: readonly string[]): string[] {
  const helper = (w: string) => AUXILIARY.has(w.toLowerCase()) || MODAL.has(w.toLowerCase());
  const p = words.findIndex((w, i) => i >= 1 && i <= 4 && isVerbForm(w) && !helper(w));
  if (p < 0 || !PREPOSITION.has((words[p + 1] ?? "").toLowerCase()) || isVerbForm(words[p - 1] as string))
    return [...words];
  const verb = words.findIndex((w, i) => i > p + 2 && i <= p + 8 && isVerbForm(w));
  return verb > 0 ? [...words.slice(0, p), ...words.slice(verb)] : [...words];
}

function isParticle(words: readonly string[]): boolean {
  const verb = (words[words.length - 2] ?? "").toLowerCase();
  const particle = (words[words.length - 1] as string).toLowerCase();
  return /^(?:in|on|over)$/.test(particle) && (/^[a-z]{3,}(?:ed|en)$/.test(verb) || IRREGULAR_PARTICIPLE.has(verb));
}
