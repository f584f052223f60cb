// Shared text helpers of deriveTitle and its rules.

// Private-use characters stand in for date phrases so no rule can split or keep part of one.
/** Stands for the date the title is for. */
export const TARGET = "\uE000";
/** Stands for any other date in the sentence. */
export const OTHER = "\uE001";
/** Matches either stand-in. */
export const MARK = /[\uE000\uE001]/;
// What goes with a date when it is removed: "late on", "in the", "earlier this"; and after it "time" ("at the present time").
const QUALIFIER = new Set(["late", "early", "earlier", "later"]);
const PREPOSITION = new Set("on in at since by during from until of for over through around this last next".split(" "));
const AFTER_DATE = /^\s+(?:time|times|moment)\b/i;
const PUNCTUATION = /^[,;:.!?]/;
const ANY_MARK = /[\uE000\uE001]/;
const UNTIDY = /\s[\s,;:.!?]|[^\S ]/;

/** The text without its date phrases ("on Sunday", "in the past 10 weeks") and with spaces collapsed. */
export function removeDates(text: string): string {
  // Most calls get text with no date and tidy spaces: skip the work (titles are a hot path of the ingest).
  if (!ANY_MARK.test(text)) return UNTIDY.test(text) ? tidy(text) : text.trim();
  // The rules of one title look at the same segments again and again: remember the last few.
  const known = recent.get(text);
  if (known !== undefined) return known;
  if (recent.size >= 64) recent.clear();
  // Each date is found by indexOf and its words looked for just around it: a scan of the whole text per date is slower.
  const parts: string[] = [];
  let from = 0;
  for (let at = nextMark(text, 0); at >= 0; at = nextMark(text, at + 1)) {
    const after = AFTER_DATE.exec(text.slice(at + 1, at + 12));
    // "the 2006 war", "the Aug. 7 bombings": a date between "the" and its noun modifies the noun; the article stays.
    const modifier =
      !after &&
      /\bthe\s$/i.test(text.slice(Math.max(from, at - 4), at)) &&
      /^\s[A-Za-z]/.test(text.slice(at + 1, at + 3));
    const cut = modifier ? at : phraseStart(text, from, at);
    parts.push(text.slice(from, cut).trim());
    from = at + 1 + (after?.[0].length ?? 0);
  }
  parts.push(text.slice(from).trim());
  // Rejoin with one space, none before punctuation; only text that came untidy needs the full pass.
  let joined = "";
  for (const part of parts) {
    if (part === "") continue;
    joined = joined === "" ? part : PUNCTUATION.test(part) ? joined + part : `${joined} ${part}`;
  }
  const bare = UNTIDY.test(joined) ? tidy(joined) : joined;
  recent.set(text, bare);
  return bare;
}
const recent = new Map<string, string>();

/** Where the words that go with the date at `at` begin: back over "the", then one preposition, then "late"/"early". */
function phraseStart(text: string, from: number, at: number): number {
  let start = at;
  const back = (accept: (word: string) => boolean): void => {
    let end = start;
    while (end > from && text.charCodeAt(end - 1) <= 32) end -= 1;
    if (end === start) return;
    let begin = end;
    while (begin > from && text.charCodeAt(begin - 1) > 32) begin -= 1;
    if (begin < end && accept(text.slice(begin, end).toLowerCase())) start = begin;
  };
  back((w) => w === "the");
  back((w) => PREPOSITION.has(w));
  back((w) => QUALIFIER.has(w));
  return start;
}

function nextMark(text: string, from: number): number {
  const target = text.indexOf(TARGET, from);
  const other = text.indexOf(OTHER, from);
  return target < 0 ? other : other < 0 ? target : Math.min(target, other);
}

function tidy(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .replace(/ (?=[,;:.!?])/g, "")
    .trim();
}

/** Number of space-separated words. */
export function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    const space = c === 32 || (c >= 9 && c <= 13) || c === 0xa0;
    if (!space && !inWord) count += 1;
    inWord = !space;
  }
  return count;
}

/** The last n words. */
export function lastWords(text: string, n: number): string {
  return text.split(/\s+/).slice(-n).join(" ");
}
