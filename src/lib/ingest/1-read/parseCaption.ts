import type { Article } from "../../../schema/article.ts";

/** A photo caption split into its words and its credit. */
export type Caption = Article["captions"][number];

/**
 * One way a caption credits its picture. `strong` credits name a photographer or say "photo", so they mark a caption
 * anywhere in a scrape; a bare agency in brackets ("(AFP)") also ends wire paragraphs, so it counts only in the header.
 * `example` is a caption and the credit the rule takes from it (a test runs every row).
 */
interface CreditRule {
  name: string;
  strong: boolean;
  pattern: RegExp;
  example: [caption: string, credit: string];
}

/** Credits, tried in order; each pattern's group 1 is the credit, and it must end the line. */
export const CREDIT_RULES: readonly CreditRule[] = [
  {
    name: "photographer or photo word in brackets",
    strong: true,
    pattern: /\s*\(((?:photo|file photo|image|picture|credit|courtesy)\b[^()]{0,80}|[^()]{0,60}\/[^()]{0,60})\)\s*$/i,
    example: ["A woman reacts near the hospital. (Photo by Omar AL-QATTAA / AFP)", "Photo by Omar AL-QATTAA / AFP"],
  },
  {
    name: "credit label",
    strong: true,
    pattern: /\s*\b((?:photo|photograph|image|picture|credit)s?:\s*[^.:]{1,80})\s*$/i,
    example: ["Aoun speaks at Baabda Palace. Photo: Marwan Naamani/dpa", "Photo: Marwan Naamani/dpa"],
  },
  {
    // BBC pages glue it to the caption: "…in Damascus on 10 March 2025Image source, Reuters".
    name: "image source",
    strong: true,
    pattern: /\s*(Image source,\s*[^,.()]{1,40})\s*$/,
    example: ["Leaders shake hands in Damascus on 10 March 2025Image source, Reuters", "Image source, Reuters"],
  },
  {
    // "Ahmad Gharabli/AFP via Getty Images", "REUTERS/Mohamed Azakir", "… the parties. / AFP": capitalised names around a slash.
    name: "photographer and agency",
    strong: true,
    pattern:
      /(?:^|\s)((?:\p{Lu}[\p{L}'.-]*\s){0,3}\p{Lu}[\p{L}'.-]*\s?\/\s?\p{Lu}[\p{L}'.-]*(?:\s\p{Lu}[\p{L}'.-]*){0,3}(?:\s+via\s+\p{Lu}[\p{L}'. -]{1,30})?|\/\s?\p{Lu}[\p{L}'.-]*(?:\s\p{Lu}[\p{L}'.-]*){0,2})\s*$/u,
    example: [
      "Cars burn in Ashkelon on Oct. 7. Ahmad Gharabli/AFP via Getty Images",
      "Ahmad Gharabli/AFP via Getty Images",
    ],
  },
  {
    // Case-sensitive, so "(the regime)" is not a credit.
    name: "agency in brackets",
    strong: false,
    pattern: /\s*\(([A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,3})\)\s*$/,
    example: ["Tunisians gather in Tunis on June 9, 2025. (AFP)", "AFP"],
  },
];

// Agencies mark archive pictures "FILED - 17 January 2025, …", "FILE - This file image …" or "File photo: …": the
// picture's date is the photo's, not the article's.
const ARCHIVE = /^(?:FILED?\b|file photo\b|archive photo\b|\(?file\)?\s*[-:])/i;

// Agencies describe a picture before they credit it ("A picture taken on September 30, 2015 shows …", "A video grab
// made on …", "This handout photo released by …"): a line that opens so is a caption, credited or not.
const DESCRIBES_PICTURE =
  /^(?:an?|this)\s+(?:(?:undated|handout|file|aerial|general|still)\s+)?(?:picture|photo(?:graph)?|image|video grab|image grab|screen ?grab|grab|handout|still)\b[^.]{0,60}?\b(?:taken|made|released|obtained|provided|posted|grabbed)\b/i;
// Where a scrape glued the caption to the paragraph after it, one word runs into the next ("… an airstrike in
// SyriaRussia launched air strikes …"): a lower-case letter right before a capital that opens a word.
const GLUED = /(?<=\b[A-Za-z][a-z]{3,})(?=[A-Z][a-z]+\s)/;

/** True when a line reads as a photo caption: it describes a picture, or carries a credit or an archive mark (`strong`: a credit that says so). */
export function looksLikeCaption(line: string, strong = false): boolean {
  const text = line.trim();
  return ARCHIVE.test(text) || DESCRIBES_PICTURE.test(text) || creditMatch(text, strong) !== null;
}

/** A caption that describes its picture and runs straight into the text after it, split into the two; else null. */
export function splitGluedCaption(line: string): [caption: string, rest: string] | null {
  const opening = DESCRIBES_PICTURE.exec(line);
  if (!opening) return null;
  const junction = GLUED.exec(line.slice(opening[0].length));
  if (!junction) return null;
  const at = opening[0].length + junction.index;
  return [line.slice(0, at).trim(), line.slice(at).trim()];
}

/** Splits a caption line into its text, its credit (without brackets) and whether it is an archive photo. */
export function parseCaption(line: string): Caption {
  const text = line.trim();
  const archive = ARCHIVE.test(text);
  const match = creditMatch(text, false);
  if (!match) return { text, credit: null, archive };
  return { text: text.slice(0, match.index).trim(), credit: match.credit, archive };
}

function creditMatch(text: string, strongOnly: boolean): { index: number; credit: string } | null {
  // A caption is a sentence or more: a credit-like ending on a short line is more likely part of a headline.
  if (text.length < 30) return null;
  for (const rule of CREDIT_RULES) {
    if (strongOnly && !rule.strong) continue;
    const m = rule.pattern.exec(text);
    if (m && m.index >= 20) return { index: m.index, credit: (m[1] as string).trim() };
  }
  return null;
}
