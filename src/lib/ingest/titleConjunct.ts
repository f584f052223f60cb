import { AUXILIARY, IRREGULAR_PARTICIPLE } from "./titleLexicon.ts";
import { MARK, TARGET } from "./titleText.ts";

const MODAL = new Set("will would can could shall should may might must did does do".split(" "));
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
    if (!MARK.test(left) || !MARK.test(right)) continue;
    if (left.includes(TARGET)) return left;
    if (!right.includes(TARGET)) continue;
    if (OWN_SUBJECT.test(right)) return right;
    const subject = subjectOf(left);
    return subject ? `${subject} ${right}` : text;
  }
  return text;
}

/** The words before a clause's first verb, judged by a light lexicon: an auxiliary, a modal, "-ed" or an irregular past. */
function subjectOf(clause: string): string | null {
  const words = clause.trim().split(/\s+/);
  const verb = words.findIndex((w, i) => {
    const word = w.toLowerCase();
    return (
      i > 0 && (AUXILIARY.has(word) || MODAL.has(word) || /^[a-z]{3,}ed$/.test(word) || IRREGULAR_PARTICIPLE.has(word))
    );
  });
  return verb > 0 && verb <= 6 ? words.slice(0, verb).join(" ") : null;
}
