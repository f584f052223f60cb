// Shared text helpers of deriveTitle and its rules.
import { AUXILIARY, IRREGULAR_PARTICIPLE, IRREGULAR_PAST, IRREGULAR_PAST_TENSE, MODAL } from "./lexicon.ts";

// Private-use characters stand in for date phrases so no rule can split or keep part of one.
/** Stands for the date the title is for. */
export const TARGET = "\uE000";
/** Stands for any other date in the sentence. */
export const OTHER = "\uE001";
/** Matches either stand-in. */
export const MARK = /[\uE000\uE001]/;
// What goes with a date when it is removed: "late on", "in the", "earlier this", "just after", "close to", "a truce
// starting Saturday"; and after it "time" ("at the present time").
const QUALIFIER = new Set("late early earlier later just shortly soon right close approximately".split(" "));
const BEFORE_DATE = new Set(
  "on in at since by during from until of for over through around within between this last next".split(" "),
);
// Verbs whose "in" is their particle: "was sworn in Thursday as president" keeps "sworn in", as a date would not say "in
// Thursday".
const PARTICLE_IN = new Set(["sworn", "stepped", "weighed", "kicked"]);
// These also open a noun's modifier ("after Friday prayers", "to the June 5 meeting"): taken only when no noun follows.
const BEFORE_BARE_DATE = new Set(["to", "after", "before", "starting", "beginning", "effective"]);
// "between May and July", "from 2011 to 2014": the word that joins two dates goes with them.
const RANGE_JOINT = /^\s*(?:and|or|to|through|until|till|[-\u2013])\s*(?=[\uE000\uE001])/;
// "Sunday's debate" keeps no "'s"; "until 1994 or later", "by Tuesday at the latest": the hedge goes with the date; so
// does a clock time's zone ("at 6 p.m. local time", "at 10:35 a.m. (0735 GMT)").
const AFTER_DATE =
  /^(?:\s+(?:time|times|moment)\b|['\u2019]s\b|\s+or\s+(?:later|earlier|so|more)\b|\s+at\s+the\s+(?:latest|earliest)\b|\s+local\s+time\b|\s+(?:GMT|UTC)\b|\s+\(\d{1,2}[:.]?\d{2}\s*(?:GMT|UTC)\))/i;
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
    const after = AFTER_DATE.exec(text.slice(at + 1, at + 16));
    // "the 2006 war", "the Aug. 7 bombings": a date between "the" and its noun modifies the noun; the article stays.
    const modifier =
      !after &&
      /\bthe\s$/i.test(text.slice(Math.max(from, at - 4), at)) &&
      /^\s[A-Za-z]/.test(text.slice(at + 1, at + 3));
    // "In Sunday's debate": a date in the possessive is its noun's determiner; the words before it stay.
    const possessive = after !== null && /^['\u2019]/.test(after[0]);
    const cut =
      modifier || possessive ? at : phraseStart(text, from, at, !NOUN_AFTER.test(text.slice(at + 1, at + 24)));
    parts.push(text.slice(from, cut).trim());
    from = at + 1 + (after?.[0].length ?? 0);
    from += RANGE_JOINT.exec(text.slice(from, from + 12))?.[0].length ?? 0;
  }
  parts.push(text.slice(from).trim());
  // Rejoin with one space, none before punctuation; only text that came untidy needs the full pass.
  let joined = "";
  for (const part of parts) {
    if (part === "") continue;
    joined = joined === "" ? part : PUNCTUATION.test(part) ? joined + part : `${article(joined, part)} ${part}`;
  }
  const bare = UNTIDY.test(joined) ? tidy(joined) : joined;
  recent.set(text, bare);
  return bare;
}
const recent = new Map<string, string>();

// A content word right after a date: the date modifies it ("Friday prayers"), so the date is no preposition's object.
const NOUN_AFTER =
  /^\s+(?!(?:and|or|but|the|a|an|to|in|on|at|for|from|with|by|as|when|that|which|who|while|after|before|until|is|are|was|were|has|have|had|will|would)\b)[a-z]/;

/** "an [eight-hour] pause" with the date gone reads "a pause": the article agrees with the word now after it. */
function article(before: string, next: string): string {
  const m = /(^|\s)(an?|An?)$/.exec(before);
  if (!m) return before;
  const vowel = /^[aeio]|^u(?!ni|s)/i.test(next);
  const word = (m[2] as string).startsWith("A") ? (vowel ? "An" : "A") : vowel ? "an" : "a";
  return before.slice(0, before.length - (m[2] as string).length) + word;
}

/**
 * Where the words that go with the date at `at` begin: back over "the", then one preposition, then "late"/"early".
 * `bare`: no noun follows the date, so a preposition that could also open a modifier ("after", "to") is the date's.
 */
function phraseStart(text: string, from: number, at: number, bare: boolean): number {
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
  back(
    (w) =>
      (BEFORE_DATE.has(w) || (bare && BEFORE_BARE_DATE.has(w))) &&
      !(w === "in" && PARTICLE_IN.has(wordBefore(text, from, start))),
  );
  back((w) => QUALIFIER.has(w));
  return start;
}

/** The word before the last one that ends before `at` (lower case), or "": the word before a candidate preposition. */
function wordBefore(text: string, from: number, at: number): string {
  return /(\S+)\s+\S+\s*$/.exec(text.slice(Math.max(from, at - 40), at))?.[1]?.toLowerCase() ?? "";
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

// A word that can be a clause's verb, by a light lexicon: an auxiliary, a modal, "do", a regular "-ed" form or an
// irregular past; lower-case, so a name ("United") is none. One pattern, built once: titles are a hot path.
const HELPERS = [...AUXILIARY, ...MODAL, "do", "does", "did"];
const IRREGULAR = [...IRREGULAR_PARTICIPLE, ...IRREGULAR_PAST_TENSE];
// "retook", "withdrew", "undertook": an irregular form keeps its prefix.
const VERB = `(?:[a-z]{3,}ed|${HELPERS.join("|")}|(?:re|with|under|over|out)?(?:${IRREGULAR.join("|")}))`;
const VERB_WORD = new RegExp(`^${VERB}[,.;:!?]*$`);
// Word edges in ASCII: the verbs are ASCII, and a pattern without the Unicode flag is faster.
const VERB_IN_TEXT = new RegExp(`(?<![\\w'’-])${VERB}(?![\\w'’-])`);

/**
 * Whether a word can be a clause's verb (see VERB). It cannot tell "the letters sent" from "Moscow sent": callers
 * look at the words around it.
 */
export function isVerbForm(word: string): boolean {
  return VERB_WORD.test(word);
}

/** Whether any word of the text can be a clause's verb (see isVerbForm). */
export function hasVerbForm(text: string): boolean {
  return VERB_IN_TEXT.test(text);
}

const FIRST_WORD = /^[\s\uE000\uE001]*([a-z][a-z'’-]*)(?![A-Za-z])/;

/** Whether the text opens with a word that can be a clause's verb ("eased sanctions …", "have been killed …"). */
export function opensWithVerb(text: string): boolean {
  const first = FIRST_WORD.exec(text)?.[1] ?? "";
  return first !== "" && isVerbForm(first);
}

/** "starting" -> "started": a regular verb's "-ing" stem takes "-ed" (e-dropping and doubling undo themselves). */
export function pastOf(verb: string): string {
  return IRREGULAR_PAST.get(verb) ?? `${verb.slice(0, -3)}ed`;
}
