import { mainTitle } from "./clauses.ts";
import { SPEECH } from "./lexicon.ts";
import type { Segmented } from "./segments.ts";
import { removeDates } from "./text.ts";

// A quotation in the first person names no one a timeline reader knows ("We have lost the city"): it keeps its speaker,
// in the sentence's own words and marks.

const FIRST_PERSON = /^(?:I|we|my|our)\s/i;
// "President Trump: “Today, I have ordered …”": a name and a colon before the quotation.
const NAME_COLON = /^\s*(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}):\s/u;
// "…,” said a colonel at the front." or "…,” the minister said.": the attribution after the quotation.
const SAID = new RegExp(`^(?:(?:${SPEECH})\\s+\\S|(?:\\S+\\s+){1,6}(?:${SPEECH})$)`, "i");

/**
 * "“We have lost the city,” said a colonel" -> the quotation with its attribution; "Mayor Jones: “We will rebuild …”"
 * -> "Mayor Jones: We will rebuild …". Null when the main clause is not in the first person or has no speaker.
 */
export function firstPersonQuote(segments: readonly string[], k: number, sentence: Segmented): string | null {
  // Most sentences have no first person at all: look before cutting the clause.
  if (!/\b(?:I|[Ww]e|[Mm]y|[Oo]ur)\b/.test(sentence.masked)) return null;
  const lead = NAME_COLON.exec(sentence.masked);
  const from = lead ? 1 : 0;
  const at = sentence.undated ? from : k;
  if (at < from) return null;
  const quote = mainTitle(segments.slice(from), at - from);
  if (!FIRST_PERSON.test(quote)) return null;
  if (lead) return `${lead[1]}: ${quote}`;
  const said = segments
    .slice(at + 1)
    .map((s) => removeDates(s).replace(/[.!?]+$/, ""))
    .find((s) => SAID.test(s));
  return said ? `\u201C${quote},\u201D ${said}` : null;
}
