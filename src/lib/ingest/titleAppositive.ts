import { AUXILIARY, IRREGULAR_PARTICIPLE, SPEECH_VERB } from "./titleLexicon.ts";
import { removeDates } from "./titleText.ts";

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
