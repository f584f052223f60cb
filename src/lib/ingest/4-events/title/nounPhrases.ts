import { cutAtSubordinate } from "./clauses.ts";
import {
  AUXILIARY,
  CLAUSE_OPENER,
  DETERMINER,
  IRREGULAR_PARTICIPLE,
  NOUN_PHRASE_OPENER,
  PREPOSITION,
  PRONOUN,
  RELATIVE,
  SPEECH_VERB,
  TIME_NOUN,
} from "./lexicon.ts";
import { MARK, removeDates, TARGET, wordCount } from "./text.ts";

// Title strategies for a date that qualifies a noun: the event is named by the noun phrase, not by the clause around it.

/** "the Abraham Accords signed in 2020" -> "Abraham Accords signed": the date qualifies a noun by its participle. */
export function participlePhrase(segment: string): string | null {
  // The date phrase goes with its preposition ("… by the government in 2024"), so cut after removing both.
  const words = removeDates(segment.slice(0, segment.indexOf(TARGET) + 1))
    .split(/\s+/)
    .filter(Boolean);
  for (let p = words.length - 1; p >= Math.max(1, words.length - 5); p -= 1) {
    const word = (words[p] as string).toLowerCase();
    if (!(/^[a-z]{3,}ed$/.test(word) || IRREGULAR_PARTICIPLE.has(word)) || SPEECH_VERB.test(word)) continue;
    // "a repeatedly violated ceasefire": a participle before its noun names no event of the date.
    const after = (words[p + 1] ?? "").toLowerCase();
    if (after !== "" && !PREPOSITION.has(after)) continue;
    if (AUXILIARY.has((words[p - 1] as string).toLowerCase())) return null;
    for (let d = p - 1; d >= Math.max(0, p - 5); d -= 1) {
      const w = (words[d] as string).toLowerCase();
      if (PRONOUN.has(w) || RELATIVE.has(w)) return null;
      // The noun must sit inside the clause ("expand the Accords signed"): at its start it is the subject of a past tense.
      // "when a bus overturned", "which the rebels seized": after a subordinator or a relative the noun is a clause's
      // subject and the "-ed" its verb.
      if (DETERMINER.has(w))
        return d > 0 && d < p - 1 && !opensClause(words[d - 1] as string) ? words.slice(d + 1).join(" ") : null;
    }
    return null;
  }
  return null;
}

function opensClause(word: string): boolean {
  const w = word.toLowerCase();
  return CLAUSE_OPENER.has(w) || RELATIVE.has(w);
}

/**
 * "…, the other starting a day after the Hamas-led attack on southern Israel on Oct. 7, 2023" -> "Hamas-led attack on
 * southern Israel"; "under the Sykes-Picot agreement of 1916" -> "Sykes-Picot agreement".
 */
export function nounPhraseOfDate(segment: string): string | null {
  const before = segment.slice(0, segment.indexOf(TARGET));
  // Only a date that follows its noun directly ("the attack … on <date>"), not one opening the clause.
  const m = /(?:^|\s)(on|in|of)\s+$/i.exec(before.slice(-5));
  if (!m) return null;
  // "the agreement of 1916", "the invasion of 2003": a date after "of" is its noun's, wherever the noun stands.
  const of = (m[1] as string).toLowerCase() === "of";
  const words = before.trim().split(/\s+/).slice(0, -1);
  if (of && TIME_NOUN.has((words[words.length - 1] ?? "").toLowerCase())) return null;
  for (let d = words.length - 2; d >= Math.max(of ? 0 : 1, words.length - 7); d -= 1) {
    if (!DETERMINER.has((words[d] as string).toLowerCase())) continue;
    const opener = (words[d - 1] ?? "").toLowerCase();
    // "their seizure of the Yemeni capital in …": a noun phrase after "of" is part of the one before it.
    if (opener === "of" && !of) continue;
    // The noun phrase must be the object of a preposition ("after the attack") or follow another date, never a subject.
    if (!(of || NOUN_PHRASE_OPENER.has(opener) || MARK.test(opener))) return null;
    // "said during a news conference on Monday": the occasion of a statement, not an event of its own.
    if (SPEECH_VERB.test(words[d - 2] ?? "")) return null;
    const phrase = words.slice(d + 1);
    // A relative clause inside ("a ceasefire that Israel shattered in …") means the date is that clause's, not the noun's.
    const plain = phrase.every((w) => !MARK.test(w) && !RELATIVE.has(w.toLowerCase()) && !PRONOUN.has(w.toLowerCase()));
    // "resumed after a brief lull on Thursday": a short indefinite noun names no event; the clause around it does.
    const least = /^an?$/i.test(words[d] as string) ? 3 : 2;
    return phrase.length >= least && plain ? phrase.join(" ") : null;
  }
  return null;
}

/**
 * "since their seizure of the capital, Sanaa, in late September": a date after a name set off by commas follows the noun
 * phrase before the name.
 */
export function nounPhraseOfDateAfterName(segments: readonly string[], k: number): string | null {
  const name = segments[k - 1];
  if (
    k < 2 ||
    !name ||
    /\p{L}/u.test(removeDates(segments[k] as string)) ||
    !/^\p{Lu}\S*(?:\s+\p{Lu}\S*){0,3}$/u.test(name)
  )
    return null;
  return nounPhraseOfDate(`${segments[k - 2]} ${(segments[k] as string).trim()}`);
}

// A preposition or subordinator before "the <date> <noun>": the noun is an object or a clause's subject, not the sentence's.
const DATED_NOUN_OPENER = new Set([
  ...NOUN_PHRASE_OPENER,
  ...CLAUSE_OPENER,
  ..."of in on from by with against for over to at into about despite".split(" "),
]);
// The determiners a date can stand after as a modifier: "the Aug. 7 bombings", "an April 1 strike", "the group's Oct. 7 attack".
// The determiners a date can stand after as a modifier: "the Aug. 7 bombings", "an April 1 strike", "its 2019 vote".
const DATED_NOUN_DETERMINER = new Set("the a an its his her their".split(" "));

/**
 * "…as a result of the Aug. 7 Embassy bombings in Nairobi" -> "Embassy bombings in Nairobi"; "…, where the Aug. 7 blasts
 * killed 257 people" -> "Blasts killed 257 people": a date used as a modifier names the event by the words after it, with
 * a possessor kept ("over the group's Oct. 7 attack on Israel" -> "The group's attack on Israel").
 */
export function datedNounPhrase(segment: string): string | null {
  const at = segment.indexOf(TARGET);
  if (at < 0 || !/^\s+\p{L}/u.test(segment.slice(at + 1, at + 3))) return null;
  // The words just before the date, read back: the determiner (or a possessor, "the group's"), then its opener.
  const words = segment
    .slice(Math.max(0, at - 60), at)
    .trim()
    .split(/\s+/);
  let d = words.length - 1;
  const owner = /['’]s$/.test(words[d] ?? "");
  if (!owner && !DATED_NOUN_DETERMINER.has((words[d] ?? "").toLowerCase())) return null;
  if (owner && (words[d - 1] ?? "").toLowerCase() === "the") d -= 1;
  const opener = (words[d - 1] ?? "").toLowerCase();
  if (!DATED_NOUN_OPENER.has(opener)) return null;
  // "announced in a Saturday post that …": the occasion of a statement, not an event of its own.
  if (SPEECH_VERB.test(words[d - 2] ?? "")) return null;
  // "since the 1991 Gulf War as rockets were fired": the noun phrase ends where a clause begins, however short it is.
  const rest = cutAtSubordinate(removeDates(segment.slice(at + 1)), 2);
  const possessor = owner ? `${words.slice(d).join(" ")} ` : "";
  return wordCount(rest) >= 2 ? possessor + rest : null;
}

/**
 * "In a statement released on Tuesday, the military said …": a participle in the phrase that opens the sentence, before a
 * speech verb, tells when the statement was made: the date is the statement's, not an event of the noun's.
 */
export function isOccasionOfSpeech(segments: readonly string[], k: number): boolean {
  return (
    k === 0 &&
    segments.length > 1 &&
    /^(?:in|during|at)\s/i.test(segments[0] as string) &&
    SPEECH_VERB.test(segments[1] as string)
  );
}

/** "The bill, passed by the Senate on June 3, now goes …" -> "The bill passed by the Senate": a participle set off after its noun. */
export function appositiveParticiple(segments: readonly string[], k: number): string | null {
  // "The treaty, drafted by lawyers from three countries, entered into force in 1994": a last segment that opens with a
  // verb is the clause's predicate; a participle set off by commas has the clause go on after it.
  if (k === 0 || k === segments.length - 1) return null;
  const first = (/^[\s\uE000\uE001]*([\p{L}-]+)/u.exec(segments[k] as string)?.[1] ?? "").toLowerCase();
  if (!(/^[a-z]{3,}ed$/.test(first) || IRREGULAR_PARTICIPLE.has(first)) || SPEECH_VERB.test(first)) return null;
  const noun = removeDates(segments[k - 1] as string);
  // Only a bare noun phrase ("The bill", "A report by the agency"), not a clause with a verb of its own.
  const words = noun.split(" ");
  const plain = words.length <= 6 && words.every((w) => !AUXILIARY.has(w.toLowerCase()) && !/^[a-z]{3,}ed$/.test(w));
  return plain && /^(?:\p{Lu}|(?:the|a|an)\b)/u.test(noun) ? `${noun} ${removeDates(segments[k] as string)}` : null;
}
