// A wire-service dateline opens a story: "WASHINGTON, August 8 (Xinhua) --", "NAIROBI, Kenya, Aug. 7 (AP) _",
// "BEIRUT, July 13 (Reuters) -". Its date is when the story was filed, not something that happened.
const PLACE = String.raw`[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+)*`;
const REGION = String.raw`[A-Z][A-Za-z.'’-]+(?:\s+[A-Z][A-Za-z.'’-]+)*`;
const MONTH = String.raw`(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)`;
const WEEKDAY = "(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day";
const DAY = String.raw`(?:${WEEKDAY},?\s+)?(?:${MONTH}\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+${MONTH}(?:\s+\d{4})?|${WEEKDAY})`;
const DATELINE = new RegExp(
  String.raw`^\s*${PLACE}(?:,\s*${REGION})?,\s+${DAY}\s*(?:\([^()\n]{1,40}\))?\s*(?:--|[—–_-]|:)`,
);

/** Length of the dateline that opens `paragraph` (0 when there is none); dates inside it are not events. */
export function datelineLength(paragraph: string): number {
  return DATELINE.exec(paragraph)?.[0].length ?? 0;
}
