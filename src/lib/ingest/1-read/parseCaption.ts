import type { Article } from "../../../schema/article.ts";

/** A photo caption split into its words and its credit. */
export type Caption = Article["captions"][number];

// "(AFP)", "(Reuters)", "(Photo by Omar AL-QATTAA / AFP)": a trailing parenthesis that names an agency or photographer.
const PAREN_CREDIT =
  /\s*\(((?:photo|file photo|image|picture|credit|courtesy)\b[^()]{0,80}|[^()]{0,60}\/[^()]{0,60})\)\s*$/i;
// "(AFP)", "(Reuters)", "(Al-Arabiya TV)": up to four capitalised words, case-sensitive so "(the regime)" is not a credit.
const AGENCY_CREDIT = /\s*\(([A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,3})\)\s*$/;
// "Photo: Marwan Naamani/dpa" written out at the end.
const LABEL_CREDIT = /\s*\b((?:photo|photograph|image|picture|credit)s?:\s*[^.:]{1,80})\s*$/i;
// Agencies mark archive pictures "FILED - 17 January 2025, …" or "File photo: …": the date is the photo's, not the article's.
const ARCHIVE = /^(?:FILED\b|file photo\b|archive photo\b|\(?file\)?\s*[-:])/i;

/** True when a line reads as a photo caption: it carries a credit or an archive mark. */
export function looksLikeCaption(line: string): boolean {
  const text = line.trim();
  return ARCHIVE.test(text) || creditMatch(text) !== null;
}

/** Splits a caption line into its text, its credit (without brackets) and whether it is an archive photo. */
export function parseCaption(line: string): Caption {
  const text = line.trim();
  const archive = ARCHIVE.test(text);
  const match = creditMatch(text);
  if (!match) return { text, credit: null, archive };
  return { text: text.slice(0, match.index).trim(), credit: match.credit, archive };
}

function creditMatch(text: string): { index: number; credit: string } | null {
  const paren = PAREN_CREDIT.exec(text) ?? AGENCY_CREDIT.exec(text);
  // A caption is a sentence or more; a parenthesis on a short line is more likely part of a headline.
  if (paren && paren.index >= 20) return { index: paren.index, credit: (paren[1] as string).trim() };
  const label = LABEL_CREDIT.exec(text);
  if (label && label.index >= 20) return { index: label.index, credit: (label[1] as string).trim() };
  return null;
}
