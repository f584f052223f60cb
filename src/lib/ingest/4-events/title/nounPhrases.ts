import { cutAtSubordinate } from "./clauses.ts";
import {
  AUXILIARY,
  CLAUSE_OPENER,
  DETERMINER,
  IRREGULAR_PARTICIPLE,
  NOUN_PHRASE_OPENER,
  PRONOUN,
  RELATIVE,
  SPEECH_VERB,
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

/** "…, the other starting a day after the Hamas-led attack on southern Israel on Oct. 7, 2023" -> "Hamas-led attack on southern Israel". */
export function nounPhraseOfDate(segment: string): string | null {
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
export function datedNounPhrase(segment: string): string | null {
  const m = new RegExp(`(?:^|\\s)(\\S+)\\s+the\\s+${TARGET}\\s+(?=[A-Za-z])`, "i").exec(segment);
  if (!m || !DATED_NOUN_OPENER.has((m[1] as string).toLowerCase())) return null;
  const rest = cutAtSubordinate(removeDates(segment.slice(m.index + m[0].length)));
  return wordCount(rest) >= 2 ? rest : null;
}

/** "The bill, passed by the Senate on June 3, now goes …" -> "The bill passed by the Senate": a participle set off after its noun. */
export function appositiveParticiple(segments: readonly string[], k: number): string | null {
  if (k === 0) return null;
  const first = (/^[\s\uE000\uE001]*([\p{L}-]+)/u.exec(segments[k] as string)?.[1] ?? "").toLowerCase();
  if (!(/^[a-z]{3,}ed$/.test(first) || IRREGULAR_PARTICIPLE.has(first)) || SPEECH_VERB.test(first)) return null;
  const noun = removeDates(segments[k - 1] as string);
  // Only a bare noun phrase ("The bill", "A report by the agency"), not a clause with a verb of its own.
  const words = noun.split(" ");
  const plain = words.length <= 6 && words.every((w) => !AUXILIARY.has(w.toLowerCase()) && !/^[a-z]{3,}ed$/.test(w));
  return plain && /^(?:\p{Lu}|(?:the|a|an)\b)/u.test(noun) ? `${noun} ${removeDates(segments[k] as string)}` : null;
}
