import type { DateValue } from "../../../schema/dateValue.ts";
import type { EventDating, EventStatus } from "../../../schema/event.ts";
import { CONDITIONALS, IF_AS_WHETHER_AFTER } from "../../text/lexicon.ts";
import { type SentenceSpan, splitSentences } from "../../text/splitSentences.ts";
import { futureBefore, recogniseTimexes, type Timex } from "../../timex/index.ts";
import { datelineLength, embedSignatureStart } from "../1-read/index.ts";
import { contextDates } from "./contextDates.ts";
import { deadline, relatedDay } from "./derivedDates.ts";

/** A date that places something that happened or is planned, and the sentence it stands in. */
export interface EventDate {
  sentence: SentenceSpan;
  date: DateValue;
  /** The date's words in the paragraph, or null when the sentence has none and context dates it. */
  span: { start: number; end: number } | null;
  /** For a date that relates the sentence to another event ("two days after …"), that event's words, to title it by. */
  about?: { start: number; end: number };
  status: EventStatus;
  dating: EventDating;
}

/** One paragraph's recognised dates (all of them, for the article page) and those that date events. */
export interface DatedParagraph {
  text: string;
  timexes: Timex[];
  sentences: SentenceSpan[];
  /** Length of the wire dateline the paragraph opens with (0 for none). */
  dateline: number;
  /** Every date that dates an event, in text order. */
  eventDates: EventDate[];
}

/** What dating an article needs: its paragraphs, where the story starts, and how sure its publication day is. */
export interface ArticleToDate {
  paragraphs: readonly string[];
  /** Index of the story's first paragraph (those before it are the standfirst). */
  lead: number;
  published: string | null;
  publishedConfidence: number;
}

/**
 * Recognises the dates of every paragraph from the publication day (null for an undated article, so weekdays stay
 * unresolved) and picks those that date an event: a range, inside a sentence, not in a wire dateline (its date is when
 * the story was filed) and not a set, a bare duration or a vague reference (see skipReason). A date after publication is
 * kept as scheduled. Dates of one sentence that name the same span make one event. The words may give more dates than
 * they name (derivedDates). Then sentences with no date of their own that the story dates (the lede, a statement's
 * continuation) get theirs from context (contextDates).
 */
export function dateParagraphs(article: ArticleToDate): DatedParagraph[] {
  const { published } = article;
  // The day the narrative is at: "the next day" in one paragraph counts from the last day told in those before it.
  let storyDay: string | null = null;
  // After the report is a plan; so is a day the report has not yet passed that a future governs ("will resume later today").
  const statusOf = (start: string, end = start, ahead = false): EventStatus =>
    published !== null && (start > published || (ahead && end >= published)) ? "scheduled" : "reported";
  const dated = article.paragraphs.map((text): DatedParagraph => {
    const timexes = recogniseTimexes(text, { reference: published, storyDay });
    const dateline = datelineLength(text);
    storyDay = lastToldDay(timexes, dateline) ?? storyDay;
    const sentences = splitSentences(text);
    if (timexes.length === 0) return { text, timexes, sentences, dateline, eventDates: [] };
    const eventDates: EventDate[] = [];
    const signature = embedSignatureStart(text) ?? text.length;
    for (const timex of timexes) {
      if (timex.start >= signature) continue;
      const sentence = sentences.find((s) => timex.start >= s.start && timex.start < s.end);
      if (!sentence || timex.start < dateline || skipReason(timex) !== null || !timex.range) continue;
      if (namesOnlyADate(text, sentence, timex) || isSupposed(text, sentence, timex)) continue;
      // "It took several hours before …", "lasted two days after …": a count that measures how long, not when.
      if (
        timex.basis === "anchored" &&
        timex.type === "DURATION" &&
        MEASURES.test(text.slice(Math.max(sentence.start, timex.start - 30), timex.start))
      )
        continue;
      const { start, end, precision, approximate } = timex.range;
      // "on Monday from midnight until 6 a.m.": dates of one sentence that name one span make one event, dated by the first.
      if (eventDates.some((d) => d.sentence === sentence && d.date.start === start && d.date.end === end)) continue;
      eventDates.push({
        sentence,
        date: { start, end, precision, approximate, text: timex.text },
        span: { start: timex.start, end: timex.end },
        status: statusOf(start, end, timex.tense === "future" && futureBefore(text, sentence, timex.start)),
        dating: "own-words",
      });
    }
    // Dates the words give beside those they name: a plan's deadline, and the other event of "two days after …".
    for (const timex of timexes) {
      const sentence = sentences.find((s) => timex.start >= s.start && timex.start < s.end);
      const due = sentence && published && timex.start >= dateline ? deadline(text, sentence, timex, published) : null;
      if (due && !eventDates.some((d) => d.sentence === due.sentence && d.date.start === due.date.start))
        eventDates.push({ ...due, status: statusOf(due.date.start) });
    }
    for (const timex of timexes) {
      const related = relatedDay(text, timex, eventDates, timexes);
      if (related) eventDates.push({ ...related, status: statusOf(related.date.start) });
    }
    eventDates.sort((a, b) => a.sentence.start - b.sentence.start || (a.span?.start ?? 0) - (b.span?.start ?? 0));
    return { text, timexes, sentences, dateline, eventDates };
  });
  return contextDates(dated, article);
}

// A condition's clause: from its word to the date, with no comma or other clause break between; "if" after "clear",
// "said" and the like asks whether ("not clear if anyone was hurt in Monday's strike") and opens none.
const CONDITION = new RegExp(
  `\\b(?<!\\b(?:${IF_AS_WHETHER_AFTER.join("|")})\\s+)(?:${CONDITIONALS.join("|")})\\b[^,;:—–]*$`,
  "i",
);

/**
 * A date that only a question or a condition holds ("Will the truce hold until Sunday?", "if it happens on Monday, we
 * will respond"): it places nothing that happened or is planned.
 */
function isSupposed(text: string, sentence: SentenceSpan, timex: Timex): boolean {
  if (CONDITION.test(text.slice(sentence.start, timex.start))) return true;
  // The mark that ends the date's clause, maybe inside a quotation that the sentence goes on after; a question quoted
  // after the date ("said on Monday: “Who will pay?”") is not the date's.
  return /^[^.!?:;"“]*\?/.test(text.slice(timex.end, sentence.end));
}

const MEASURES = /\b(?:took|takes|take|taking|lasted|lasts|last|spent|spend|for)\s+(?:\w+\s+)?$/i;

/** A sentence with no words but its date ("(14 Sep 2013) <", the tail of a scraped media link) tells no news. */
function namesOnlyADate(text: string, sentence: SentenceSpan, timex: Timex): boolean {
  const rest = text.slice(sentence.start, timex.start) + text.slice(timex.end, sentence.end);
  return (rest.match(/\p{L}{2,}/gu) ?? []).length < 2;
}

/** The last single day a paragraph tells outside its dateline, or null when it tells none. */
function lastToldDay(timexes: readonly Timex[], dateline: number): string | null {
  const told = timexes.findLast(
    (t) =>
      t.start >= dateline && t.range?.precision === "day" && t.range.start === t.range.end && skipReason(t) === null,
  );
  return told?.range?.start ?? null;
}

/** Why a recognised expression is not an event date, or null when it is one. */
export type SkipReason = "set" | "no-range" | "reference" | "duration" | null;

/**
 * Decides whether a temporal expression dates something that happened or is planned. Skipped: repeating sets ("daily"),
 * expressions with no range (unresolved weekdays in an undated article, "recent"), PRESENT/PAST/FUTURE_REF, and durations
 * that are not anchored to a day told earlier ("two days later" places) or explicitly to the report ("21 months of war"
 * measures; "for the past 10 weeks" places), or that span less than a week ("over the past 24 hours" is a tally's window).
 */
export function skipReason(timex: Timex): SkipReason {
  if (timex.type === "SET") return "set";
  if (/_REF$/.test(timex.value)) return "reference";
  if (!timex.range) return "no-range";
  // A count from a day told earlier ("two days later", "a month after the siege began") places what happened then.
  if (timex.type === "DURATION" && timex.basis === "anchored") return null;
  if (timex.type === "DURATION" && !(/\b(?:past|last)\b/i.test(timex.text) && spansAWeekOrMore(timex.value)))
    return "duration";
  return null;
}

/** P10W, P3M, P2Y, P14D: at least a week. PT24H, P3D: shorter. */
function spansAWeekOrMore(value: string): boolean {
  const m = /^P(\d+(?:\.\d+)?)([DWMY])$/.exec(value);
  if (!m) return false;
  return m[2] !== "D" || Number(m[1]) >= 7;
}
