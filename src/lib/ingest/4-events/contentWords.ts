import { foldTypography } from "../../text/typography.ts";

// Function words and reporting verbs say nothing about which event a sentence is about.
const STOPWORDS = new Set(
  "a about after again against all also an and any are as at be been before being but by can could did do does during each for from had has have he her his how if in into is it its itself more most no not of on once only or other our out over own said says same she should so some such than that the their them then there these they this those through to told under until up very was we were what when where which while who whom why will with would".split(
    " ",
  ),
);

/** Lower-case content words of a text (typography folded, possessives dropped), for comparing two reports of an event. */
export function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const raw of foldTypography(text)
    .toLowerCase()
    .split(/[^\p{L}\p{N}'-]+/u)) {
    const word = raw.replace(/'s$/, "").replace(/^['-]+|['-]+$/g, "");
    if (word.length >= 3 && !STOPWORDS.has(word)) words.add(word);
  }
  return words;
}

/** Share of words two sets have in common (intersection over union); 0 for two empty sets. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return shared / (a.size + b.size - shared);
}
