import { GROUP_PRONOUN, PERSON_PRONOUN, PERSON_TITLE, SPEECH_VERB } from "./lexicon.ts";

/** What a title can look back on: the article's text before the sentence, and a way to tell a person's name. */
export interface TitleContext {
  /** The article's text before the sentence (the previous paragraph and the start of this one is enough). */
  preceding?: string;
  /** Whether a name is a known person's (the gazetteer's people); without it, titles and speech verbs decide. */
  isPerson?: (name: string) => boolean;
}

// A name: capitalised words, with the particles of Arabic and European names between them ("Ahmed al-Sharaa").
const NAME =
  /(?<![\p{L}\p{N}'’-])(?:(?:al|el|bin|ibn)-)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:al|el|bin|ibn|de|van|von|da|abu)(?:-|\s+))?\p{Lu}[\p{L}'’.-]*)*/gu;
const SENTENCE_END = /(?<=[.!?][\u201D"’]?)\s+(?=[\p{Lu}\u201C"])/u;
// A preposition's object is rarely what a later "it" means; the subject or direct object is.
const PREPOSITION = new Set(
  "to in on at for from with into by of about over under after before during through against between via across".split(
    " ",
  ),
);
// Where a noun phrase read after "the" ends.
const PHRASE_END = new Set(
  "to in on at for from with into by of or and but was were is are had has have that which who when whether after before as".split(
    " ",
  ),
);

/**
 * "He was contacted …" -> "Shaar was contacted …": a leading he/she/his/her becomes the person named most recently before it
 * (the first person of the nearest sentence that names one: the subject is what a pronoun most often continues), and
 * they/their a plural name; an unresolved pronoun stays, since a guess would invent.
 */
export function resolveLeadingPronoun(title: string, context: TitleContext, sentencePrefix: string): string {
  const m = /^(\w+)\b/.exec(title);
  const pronoun = m?.[1]?.toLowerCase() ?? "";
  const person = PERSON_PRONOUN.has(pronoun);
  if (!person && !GROUP_PRONOUN.has(pronoun)) return title;
  const sentences = `${context.preceding ?? ""} ${sentencePrefix}`.trim().split(SENTENCE_END);
  const last = sentences.length - 1;
  for (let s = last; s >= Math.max(0, sentences.length - 4); s -= 1) {
    const text = sentences[s] as string;
    // "Mosul fell to the militants after they proclaimed …": in its own sentence "they" can be a plural just before it.
    const name = person ? firstPerson(text, context) : (firstGroup(text) ?? (s === last ? lastPlural(text) : null));
    if (!name) continue;
    const possessive = pronoun === "his" || pronoun === "her" || pronoun === "their";
    return `${possessive ? `${name}'s` : name}${title.slice(pronoun.length)}`;
  }
  return title;
}

/**
 * "Israel intercepted it" -> "Israel intercepted the Madleen aid boat": a trailing it/them becomes the definite noun phrase
 * the previous sentence is about (its first "the …" that is not a preposition's object), or is dropped when there is none.
 */
export function resolveTrailingObject(title: string, context: TitleContext): string {
  const m = /\s+(it|them)$/i.exec(title);
  if (!m) return title;
  const stem = title.slice(0, m.index);
  const sentences = (context.preceding ?? "").trim().split(SENTENCE_END);
  const previous = sentences[sentences.length - 1] ?? "";
  const plural = (m[1] as string).toLowerCase() === "them";
  const phrase = [...definitePhrases(previous), indefiniteSubject(previous)].find(
    (p) => p !== null && (!plural || /s$/i.test(p)),
  );
  if (phrase) return `${stem} ${phrase}`;
  return stem;
}

/** "A small plane carrying six people went missing" -> "the small plane": what the sentence introduced, now known. */
function indefiniteSubject(text: string): string | null {
  const m =
    /^(?:A|An)\s+((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)(?=\s+(?:\w+ing|\w+ed|was|were|is|has|had|went|\w+s)\b)/u.exec(
      text.trim(),
    );
  return m ? `the ${m[1]}` : null;
}

/** "the …" noun phrases of a sentence, up to four words after the article, that are no preposition's object. */
function definitePhrases(text: string): string[] {
  const words = text.split(/\s+/);
  const found: string[] = [];
  words.forEach((word, i) => {
    if (word.toLowerCase() !== "the" || PREPOSITION.has((words[i - 1] ?? "").toLowerCase())) return;
    const phrase = ["the"];
    for (const next of words.slice(i + 1, i + 5)) {
      const bare = next.replace(/[,.;:!?\u201D"]+$/, "");
      if (PHRASE_END.has(bare.toLowerCase()) || bare === "") break;
      phrase.push(bare);
      if (bare !== next) break;
    }
    if (phrase.length > 1) found.push(phrase.join(" "));
  });
  return found;
}

/** The first person named in a sentence, without the titles before the name ("Kremlin spokesman Dmitry Peskov" -> "Dmitry Peskov"). */
function firstPerson(text: string, context: TitleContext): string | null {
  for (const m of text.matchAll(NAME)) {
    const words = (m[0] as string).split(/\s+/);
    const before = text.slice(0, m.index).trim().split(/\s+/).pop()?.toLowerCase() ?? "";
    // Titles inside the capitalised run ("Syrian President Ahmed al-Sharaa") or just before it ("spokesman Dmitry Peskov").
    const titleAt = words.findLastIndex((w) => PERSON_TITLE.has(w.toLowerCase().replace(/-elect$/, "")));
    const name = words
      .slice(titleAt + 1)
      .join(" ")
      .replace(/['’]s$/, "");
    if (name === "") continue;
    const after = text.slice((m.index as number) + (m[0] as string).length, (m.index as number) + m[0].length + 12);
    const titled = titleAt >= 0 || PERSON_TITLE.has(before);
    if (titled || context.isPerson?.(name) || SPEECH_VERB.test(after.split(/[,.]/)[0] ?? "")) return name;
  }
  return null;
}

/** The last "the …s" of a text ("the militants", "the armed groups"), a plural a following "they" can mean. */
function lastPlural(text: string): string | null {
  const all = [...text.matchAll(/\bthe\s+((?:[\p{Ll}-]+\s+)?[\p{Ll}-]+[^s'’\s]s)\b(?!['’])/gu)];
  return all.length > 0 ? `the ${all[all.length - 1]?.[1]}` : null;
}

/** The sentence's subject when it is plural ("Security forces raided …"), else its first plural name ("the Houthis"). */
function firstGroup(text: string): string | null {
  const subject = /^((?:[\p{L}\p{N}-]+\s+){0,3}?[\p{L}-]+[^s'’\s]s)\s+(?:\w+ed|were|have|had|said|say|are)\b/u.exec(
    text.trim(),
  );
  if (subject && !/^(?:they|these|those|we)\b/i.test(subject[1] as string)) return subject[1] as string;
  for (const m of text.matchAll(NAME)) {
    const name = m[0] as string;
    if (m.index === 0 || /['’]s$/.test(name) || !/[^s]s$/.test(name)) continue;
    return /\bthe\s+$/i.test(text.slice(0, m.index)) ? `the ${name}` : name;
  }
  return null;
}
