import { recogniseTimexes, type Timex } from "../../timex/index.ts";

/** A wire dateline at the start of a paragraph: where the story was filed and, when it says, the day. */
export interface Dateline {
  /** Characters of the paragraph it takes, separator and following spaces included. */
  length: number;
  /** The date it names ("BEIRUT, Jan 5 (Reuters) -", "CAIRO – 5 August 2020:"), or null ("GENEVA (AP) —"). */
  date: Timex | null;
}

// The date is found by the recogniser and stands in the pattern as one mark, so the pattern holds no word list.
const DATE = "\uE000";
// "BEIRUT", "TEL AVIV", "KHAN YOUNIS": a place in capitals, at least three letters (so "US -" is not one).
const CAPS_PLACE = String.raw`\p{Lu}[\p{Lu}.'’-]{2,}(?:\s+\p{Lu}[\p{Lu}.'’-]+){0,3}`;
// "Riyadh": a capitalised place, taken only when a date follows at once ("Riyadh, 11 March 2023 (TDI):").
const NAMED_PLACE = String.raw`\p{Lu}[\p{Ll}.'’-]+(?:\s+\p{Lu}[\p{Ll}.'’-]+){0,2}(?=,\s*${DATE})`;
// ", Gaza Strip", ", Israel", ", Kenya": the region after a city.
const REGION = String.raw`(?:,\s*\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,2})?`;
const CREDIT = String.raw`\([^()\n]{1,80}\)`;
const SEPARATOR = String.raw`(?:--|[—–_:-])`;
const DATELINE = new RegExp(
  String.raw`^\s*(?:(?:${CAPS_PLACE}${REGION}|${NAMED_PLACE})(?:[\s,–—-]*${DATE})?(?:[\s,]*${CREDIT})?\s*${SEPARATOR}|${CREDIT}\s*${SEPARATOR})`,
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
  if (!/^\s*(?:\(|\p{Lu}[\p{Lu}.'’-]{2}|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2},)/u.test(head)) return null;
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
