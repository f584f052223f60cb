import {
  DATE_PREFIXES,
  FUTURE_AUXILIARIES,
  FUTURE_CUES,
  FUTURE_CUES_BEFORE,
  IRREGULAR_PAST,
  LIMIT_WORDS,
  MODALS,
  OPENING_WORDS,
  PAST_PLAN_CUES,
  PAST_VERBS,
  PLANNING_PARTICIPLES,
  PRESENT_CUES,
  SINCE_WORDS,
} from "./lexicon.ts";
import { phrases } from "./pattern.ts";
import { wordsBefore } from "./resolveHelpers.ts";

/** Time orientation of a clause: where an unanchored weekday or month points. */
export type Tense = "past" | "present" | "future";

const FUTURE = phrases(FUTURE_CUES);
const FUTURE_BEFORE = phrases(FUTURE_CUES_BEFORE);
const PLAN = phrases(PAST_PLAN_CUES);
const PRESENT = phrases(PRESENT_CUES);
const PAST = phrases(PAST_VERBS);
const FAR_FUTURE = phrases(FUTURE_AUXILIARIES);
const MODAL = phrases(MODALS);
// A past participle between a future auxiliary and the date puts the date in a clause of its own ("will offer … for
// shares issued July 1"), unless it is the future's own passive ("will be named … in December").
const PARTICIPLE = /(?<!\b(?:be|been|being)\s+)\b[a-z]{3,}ed\b/i;
const OPENING = new Set(OPENING_WORDS);
const DATE_ARTICLES = new Set(DATE_PREFIXES);
const SINCE = new Set(SINCE_WORDS);
const LIMIT = new Set(LIMIT_WORDS);
const PAST_FORMS = new Set(IRREGULAR_PAST);
const PLANNING = new Set(PLANNING_PARTICIPLES);
// A verb in the simple past: irregular, or in "-ed" (not a planning participle, "scheduled") and not after an
// auxiliary that makes it a participle.
const SIMPLE_PAST = new RegExp(
  `(?<!\\b(?:is|are|be|been|being|will|would|has|have|had)\\s+)\\b(?:${IRREGULAR_PAST.join("|")}|(?!(?:${PLANNING_PARTICIPLES.join("|")})\\b)[a-z]{3,}ed)\\b`,
  "i",
);

// A clause ends at these: what stands before them does not govern a date after them.
const BREAK_CHARS = ';:—–"“”';
// Cue words right next to a date govern it; further back only a future auxiliary does.
const NEAR = 60;

/**
 * Orientation of the words around a span, within its clause: a plan told in the past ("was to meet Friday") is "plan";
 * then future cues win (near the date, or a future auxiliary anywhere before it in the clause with no past verb
 * between), then a modal makes a plan, then a present auxiliary next to the date; else past.
 */
export function clauseTense(
  text: string,
  sentence: { start: number; end: number },
  start: number,
  end: number,
): Tense | "plan" {
  const clause = lastClause(text.slice(Math.max(sentence.start, start - 240), start));
  const near = clause.slice(-NEAR);
  const after = text.slice(end, Math.min(sentence.end, end + 30)).split(/[;:,—–"“”]/)[0] ?? "";
  const [one = "", two = ""] = wordsBefore(text, start, 2);
  const previous = DATE_ARTICLES.has(one) ? two : one;
  if (SINCE.has(previous)) return "past";
  if (test(PLAN, near)) return "plan";
  // A past verb right next to the date is the date's own ("said Monday", "on Sunday issued"), whatever the clause
  // plans around it ("ahead of the trip, the ministry on Sunday issued a warning").
  if (pastVerbBeside(previous, after)) return "past";
  // A cue before the date with a past verb after it tells of the past ("broke out as soon as the referee blew the
  // whistle in Wednesday's match").
  const cue = lastMatchEnd(FUTURE, near);
  const pastAfterCue = cue >= 0 && test(SIMPLE_PAST, near.slice(cue));
  if (
    (!pastAfterCue && test(FUTURE, `${near} ${text.slice(start, end)} ${after}`)) ||
    (pastAfterCue && test(FUTURE, `${text.slice(start, end)} ${after}`)) ||
    test(FUTURE_BEFORE, near)
  )
    return futureInThePast(text.slice(sentence.start, start), near) ? "plan" : "future";
  // A date that opens its sentence ("On Tuesday, the league will air …") takes the tense of the clause after it.
  if (
    clause.trim() === "" ||
    clause
      .trim()
      .split(/\s+/)
      .every((word) => OPENING.has(word.toLowerCase()))
  ) {
    const rest = text.slice(end, Math.min(sentence.end, end + 120));
    const future = lastMatch(FAR_FUTURE, rest);
    if (future >= 0 && !test(PAST, rest.slice(0, future))) return "future";
    // So does any future cue of the clause after it ("On Tuesday, the league plans to hold …"), unless told in the
    // past ("On Friday, the government planned to pay …").
    const cue = firstMatch(FUTURE, rest);
    if (cue >= 0 && !test(PAST, rest.slice(0, cue)) && !/^[a-z]+ed\b/i.test(rest.slice(cue))) return "future";
  }
  if (futureGoverns(clause)) return "future";
  // A modal ("may be resolved", "would leave") tells of what may happen: the day nearest the report, as for a plan.
  const modal = lastMatch(MODAL, clause);
  if (modal >= 0 && !test(PAST, clause.slice(modal))) return "plan";
  // A limit ("until Tuesday", "by February") in a clause with no tense of its own is the one nearest the report.
  if (
    LIMIT.has(previous) &&
    !pastVerbBeside(wordsBefore(text, start, 3).find((w) => !DATE_ARTICLES.has(w) && w !== previous) ?? "", "")
  )
    return "plan";
  const present = lastMatch(PRESENT, clause);
  if (present >= 0 && (present >= clause.length - 30 || /\b(is|are)\s+\w+ing\b/i.test(clause.slice(present)))) {
    if (!test(PAST, clause.slice(present))) return "present";
  }
  return "past";
}

// "announced that a ceasefire would take effect on Sunday": a future told in reported speech, with no future tense of
// its own, counts from the telling, which is past: the day nearest the report, as for a plan.
const WOULD = /\bwould\b/i;
const OWN_FUTURE = /\b(?:will|shall|won't)\b|['’]ll\b/i;
const TOLD =
  /\b(?:said|announced|told|stated|confirmed|added|reported|declared)\b(?:\s+\S+){0,12}?\s+(?:that\s+)?(?:\S+\s+){0,8}would\b/i;

function futureInThePast(before: string, near: string): boolean {
  return WOULD.test(near) && !OWN_FUTURE.test(near) && TOLD.test(before);
}

/**
 * Whether a future auxiliary before a date governs it from within its clause ("will begin at midnight"), not a clause
 * after it ("I am announcing today that we will withdraw"): what a plan on the publication day itself needs.
 */
export function futureBefore(text: string, sentence: { start: number }, start: number): boolean {
  return futureGoverns(lastClause(text.slice(Math.max(sentence.start, start - 240), start)));
}

// A future auxiliary in the clause with no past verb or clause-opening participle after it.
function futureGoverns(clause: string): boolean {
  const far = lastMatch(FAR_FUTURE, clause);
  return far >= 0 && !test(PAST, clause.slice(far)) && !PARTICIPLE.test(clause.slice(far));
}

function pastVerbBeside(previous: string, after: string): boolean {
  const next = /^\s*([A-Za-z]+)/.exec(after)?.[1] ?? "";
  return [previous.toLowerCase(), next.toLowerCase()].some(
    (word) => (PAST_FORMS.has(word) || /^[a-z]{3,}ed$/.test(word)) && !PLANNING.has(word),
  );
}

// The words after the last clause break, found scanning back from the end.
function lastClause(words: string): string {
  for (let i = words.length - 1; i >= 0; i--) {
    const c = words[i] as string;
    if (BREAK_CHARS.includes(c)) return words.slice(i + 1);
    // " - " between words, a dash used as a clause break.
    if (c === "-" && /\s/.test(words[i - 1] ?? "") && /\s/.test(words[i + 1] ?? "")) return words.slice(i + 2);
  }
  return words;
}

function test(re: RegExp, s: string): boolean {
  re.lastIndex = 0;
  return re.test(s);
}

function firstMatch(re: RegExp, s: string): number {
  re.lastIndex = 0;
  return re.exec(s)?.index ?? -1;
}

/** Where the last match of `re` in `s` ends, or -1. */
function lastMatchEnd(re: RegExp, s: string): number {
  let end = -1;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) end = m.index + m[0].length;
  return end;
}

function lastMatch(re: RegExp, s: string): number {
  let last = -1;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) last = m.index;
  return last;
}
