import { foldTypography } from "./typography.ts";

/** Words a slug should not end on: "…-critical-risk-of" reads as cut off. */
const TRAILING_STOPWORDS = new Set([
  "a",
  "an",
  "and",
  "at",
  "by",
  "for",
  "from",
  "if",
  "in",
  "into",
  "is",
  "of",
  "on",
  "or",
  "the",
  "to",
  "with",
]);

/** Lower-case ASCII slug of a text, cut at a word boundary to at most `maxLength` characters. */
export function slugify(text: string, maxLength = 60): string {
  const words = foldTypography(text)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    // Apostrophes join ("Lebanon's" -> "lebanons") rather than split a word.
    .replace(/'/g, "")
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const kept: string[] = [];
  let length = 0;
  for (const word of words) {
    const next = length === 0 ? word.length : length + 1 + word.length;
    if (next > maxLength) break;
    kept.push(word);
    length = next;
  }
  // A single word longer than the limit is cut rather than dropped.
  if (kept.length === 0 && words[0]) kept.push(words[0].slice(0, maxLength));
  while (kept.length > 1 && TRAILING_STOPWORDS.has(kept[kept.length - 1] as string)) kept.pop();
  return kept.join("-");
}
