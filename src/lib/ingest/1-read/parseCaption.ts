import type { Article } from "../../../schema/article.ts";
import { FURNITURE_WORDS } from "../../timex/index.ts";

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

/** A capitalised name, maybe after a particle ("al-Marjani", "bin Salman"), in a photographer's credit. */
const NAME = String.raw`(?:(?:al|el|bin|ibn|abu|de|da|del|van|von)[-\s])?\p{Lu}[\p{L}'.-]*`;

/** Credits, tried in order; each pattern's group 1 is the credit, and it must end the line. */
export const CREDIT_RULES: readonly CreditRule[] = [
  {
    // Square brackets too: "… in Gaza City [Mohammed Salem/Reuters]", "[File: Amir Cohen/Reuters]".
    name: "photographer or photo word in brackets",
    strong: true,
    pattern: new RegExp(
      String.raw`\s*[([]((?:${FURNITURE_WORDS.picture}|file|credit|courtesy)\b[^()[\]]{0,80}|[^()[\]]{0,60}\/[^()[\]]{0,60})[)\]]\s*$`,
      "i",
    ),
    example: ["A woman reacts near the hospital. (Photo by Omar AL-QATTAA / AFP)", "Photo by Omar AL-QATTAA / AFP"],
  },
  {
    name: "credit label",
    strong: true,
    pattern: new RegExp(
      String.raw`\s*\b((?:(?:${FURNITURE_WORDS.picture})\s+)?(?:${FURNITURE_WORDS.picture}|credit)s?:\s*[^.:]{1,80})\s*$`,
      "i",
    ),
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
    // "Ahmad Gharabli/AFP via Getty Images", "REUTERS/Mohamed Azakir", "… the parties. / AFP": capitalised names around a
    // slash; a name may carry a particle ("REUTERS/Alaa al-Marjani", "Mohammed bin Ali/AFP").
    name: "photographer and agency",
    strong: true,
    pattern: new RegExp(
      String.raw`(?:^|\s)((?:${NAME}\s){0,3}${NAME}(?:\s?\/\s?${NAME}(?:\s${NAME}){0,3})+(?:\s+via\s+\p{Lu}[\p{L}'. -]{1,30})?|\/\s?${NAME}(?:\s${NAME}){0,2})\s*$`,
      "u",
    ),
    example: [
      "Cars burn in Ashkelon on Oct. 7. Ahmad Gharabli/AFP via Getty Images",
      "Ahmad Gharabli/AFP via Getty Images",
    ],
  },

  {
    // "… on October 9, 2023. © AFP", "© Mahmud Hams / AFP".
    name: "copyright sign",
    strong: true,
    pattern: /\s*(©\s*[^©()]{1,60})\s*$/u,
    example: ["Rockets are fired from the Gaza Strip towards Israel. © AFP", "© AFP"],
  },
  {
    // "… in Khan Younis. Getty Images", "AFP via Getty Images": a picture service names no photographer but is one.
    name: "picture service",
    strong: true,
    pattern: new RegExp(
      String.raw`(?:^|\s)((?:\p{Lu}[\p{L}'.-]*\s){0,3}(?:via\s+)?${FURNITURE_WORDS.photoService})\s*$`,
      "u",
    ),
    example: ["Rescuers search the rubble in Khan Younis. Anadolu via Getty Images", "Anadolu via Getty Images"],
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
// Others mark it in the credit: "(AP Photo/Jane Doe, File)", "[File: Reuters]", "REUTERS/Jane Doe/File Photo".
const ARCHIVE_CREDIT = /\bfile\b/i;

// Agencies describe a picture before they credit it ("A picture taken on September 30, 2015 shows …", "A video grab
// made on …", "This handout photo released by …"): a line that opens so is a caption, credited or not.
const DESCRIBES_PICTURE =
  /^(?:an?|this)\s+(?:(?:undated|handout|file|aerial|general|still)\s+)?(?:picture|photo(?:graph)?|image|video grab|image grab|screen ?grab|grab|handout|still)\b[^.]{0,60}?\b(?:taken|made|released|obtained|provided|posted|grabbed)\b/i;
// "… October 9, 2023. Picture taken with a drone.", "Picture taken October 9, 2023 shows …": how the picture was made,
// as a sentence of its own; news is not written so.
const PICTURE_NOTE = new RegExp(String.raw`(?:^|[.!?]\s+)(?:${FURNITURE_WORDS.picture})\s+taken\b`, "i");
// Where a scrape glued the caption to the paragraph after it, one word runs into the next ("… an airstrike in
// SyriaRussia launched air strikes …"): a lower-case letter right before a capital that opens a word.
const GLUED = /(?<=\b[A-Za-z][a-z]{3,})(?=[A-Z][a-z]+\s)/;

// A photo gallery numbers its captions: "1 of 11 | Demonstrators flood the square …".
const GALLERY_COUNTER = /^\d{1,3}\s+of\s+\d{1,3}\s*\|/;

/**
 * True when a line reads as a photo caption: it describes a picture, opens with a gallery's counter, or carries a credit
 * or an archive mark (`strong`: a credit that says so).
 */
export function looksLikeCaption(line: string, strong = false): boolean {
  const text = line.trim();
  return (
    ARCHIVE.test(text) ||
    DESCRIBES_PICTURE.test(text) ||
    PICTURE_NOTE.test(text) ||
    GALLERY_COUNTER.test(text) ||
    creditMatch(text, strong) !== null
  );
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
  const match = creditMatch(text, false);
  if (!match) return { text, credit: null, archive: ARCHIVE.test(text) };
  return {
    text: text.slice(0, match.index).trim(),
    credit: match.credit,
    archive: ARCHIVE.test(text) || ARCHIVE_CREDIT.test(match.credit),
  };
}

function creditMatch(text: string, strongOnly: boolean): { index: number; credit: string } | null {
  for (const rule of CREDIT_RULES) {
    if (strongOnly && !rule.strong) continue;
    const m = rule.pattern.exec(text);
    if (!m) continue;
    // A credit printed on a line of its own under the picture ("REUTERS/Jane Doe", "Getty Images", "© AFP").
    if (m.index === 0 && rule.strong && text.length <= 80) return { index: 0, credit: (m[1] as string).trim() };
    // A caption is a sentence or more: a credit-like ending on a short line is more likely part of a headline.
    if (text.length >= 30 && m.index >= 20) return { index: m.index, credit: (m[1] as string).trim() };
  }
  return null;
}
