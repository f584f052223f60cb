import { FURNITURE_WORDS, recogniseTimexes, type Timex } from "../../timex/index.ts";

/** A wire dateline at the start of a paragraph: where the story was filed and, when it says, the day. */
export interface Dateline {
  /** Characters of the paragraph it takes, separator and following spaces included. */
  length: number;
  /** The date it names ("BEIRUT, Jan 5 (Reuters) -", "CAIRO – 5 August 2020:"), or null ("GENEVA (AP) —"). */
  date: Timex | null;
}

// The date is found by the recogniser and stands in the pattern as one mark, so the pattern holds no word list.
const DATE = "\uE000";
// "BEIRUT", "TEL AVIV", "KHAN YOUNIS": a place in capitals, at least three letters (so "US -" is not one); a story
// filed from two places joins them with a slash ("ISTANBUL/BEIRUT").
const CAPS_WORDS = String.raw`\p{Lu}[\p{Lu}.'’-]{2,}(?:\s+\p{Lu}[\p{Lu}.'’-]+){0,3}`;
const CAPS_PLACE = String.raw`${CAPS_WORDS}(?:\s*\/\s*${CAPS_WORDS})*`;
// "Riyadh", "Tel Aviv", "Deir al-Balah": a capitalised place of one to three words.
const NAMED_WORDS = String.raw`\p{Lu}\p{Ll}[\p{Ll}.'’-]*(?:\s+(?:\p{Ll}{1,3}-)?\p{Lu}[\p{Ll}.'’-]+){0,2}`;
const NAMED_PLACE = String.raw`${NAMED_WORDS}(?:\s*\/\s*${NAMED_WORDS})*`;
// ", Gaza Strip", ", Israel", ", Kenya": the region after a city.
const REGION = String.raw`,\s*\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,2}`;
const CREDIT = String.raw`\([^()\n]{1,80}\)`;
// "(CNN)", "(AP)", "(JTA)": an agency from the lexicon or an acronym, the only credit a capitalised place takes.
const AGENCY_CREDIT = String.raw`\((?:${FURNITURE_WORDS.agency}|\p{Lu}{2,6})\)`;
const SEPARATOR = "(?:--|[—–_:-])";
// A capitalised place with nothing after it ("Tel Aviv —", "Jerusalem:") is a dateline only before a sentence that
// starts with a capital and has no dash of its own: "Netanyahu — who … — said" opens with an aside, not a place.
const BARE_SEPARATOR = String.raw`(?:--|[—–:])(?=\s*\p{Lu})(?![^.!?]*[—–])`;
const DATELINE = new RegExp(
  String.raw`^\s*(?:${CAPS_PLACE}(?:${REGION})?(?:[\s,–—-]*${DATE})?(?:[\s,]*${CREDIT})?\s*${SEPARATOR}` +
    // "Riyadh, 11 March 2023 (TDI):", "Beirut, Lebanon (CNN) —", "Doha, Qatar —", "Jerusalem:".
    String.raw`|${NAMED_PLACE}(?:${REGION})?(?:,\s*${DATE}(?:[\s,]*${CREDIT})?\s*${SEPARATOR}|\s*${AGENCY_CREDIT}\s*${SEPARATOR})` +
    String.raw`|${NAMED_PLACE}${REGION}\s*(?:--|[—–-])(?=\s*\p{Lu})|${NAMED_PLACE}\s*${BARE_SEPARATOR}` +
    String.raw`|${CREDIT}\s*${SEPARATOR})`,
  "u",
);

/**
 * The wire dateline that opens a paragraph ("WASHINGTON, August 8 (Xinhua) --", "NAIROBI, Kenya, Aug. 7 (AP) _",
 * "GENEVA (AP) —", "(Reuters) -", "ANKARA, (Agency, 14th Dec, 2016) -"), or null. Its date is when the story was filed:
 * evidence of the publication day, never an event.
 */
export function readDateline(paragraph: string): Dateline | null {
  const head = paragraph.slice(0, 160);
  // Most paragraphs open with a lower-case word or a plain name: no dateline can start there.
  if (
    !/^\s*(?:\(|\p{Lu}[\p{Lu}.'’-]{2}|\p{Lu}\p{Ll}+(?:\s+(?:\p{Ll}{1,3}-)?\p{Lu}\p{Ll}+){0,2}\s*[,:—–(/-])/u.test(head)
  )
    return null;
  const timexes = recogniseTimexes(head, { reference: null });
  let masked = "";
  let from = 0;
  const marks: { at: number; timex: Timex }[] = [];
  for (const t of timexes) {
    masked += head.slice(from, t.start);
    marks.push({ at: masked.length, timex: t });
    masked += DATE;
    from = t.end;
  }
  masked += head.slice(from);
  const m = DATELINE.exec(masked);
  if (!m) return null;
  const inside = marks.filter((mark) => mark.at < m[0].length);
  const last = inside.at(-1);
  // Back from the masked text to the paragraph: each mark stands for its expression's characters.
  const length = inside.reduce((n, mark) => n + (mark.timex.end - mark.timex.start) - 1, m[0].length);
  return { length, date: last?.timex ?? null };
}

/** Length of the dateline that opens `paragraph` (0 when there is none); dates inside it are not events. */
export function datelineLength(paragraph: string): number {
  return readDateline(paragraph)?.length ?? 0;
}
