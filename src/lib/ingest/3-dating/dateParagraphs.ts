import { type SentenceSpan, splitSentences } from "../../text/splitSentences.ts";
import { recogniseTimexes, type Timex } from "../../timex/index.ts";
import { datelineLength } from "../1-read/index.ts";

/** A date that places something that happened, and the sentence it stands in. */
export interface EventDate {
  timex: Timex;
  sentence: SentenceSpan;
}

/** One paragraph's recognised dates (all of them, for the article page) and those that date events. */
export interface DatedParagraph {
  text: string;
  timexes: Timex[];
  /** Every date of `timexes` that dates an event, in text order. */
  eventDates: EventDate[];
}

/**
 * Recognises the dates of every paragraph from the publication day (null for an undated article, so weekdays stay
 * unresolved) and picks those that date an event: a range, inside a sentence, not in a wire dateline (its date is when
 * the story was filed) and not a set, a bare duration, a vague reference or a plan after publication (see skipReason).
 */
export function dateParagraphs(paragraphs: readonly string[], published: string | null): DatedParagraph[] {
  return paragraphs.map((text) => {
    const timexes = recogniseTimexes(text, { reference: published });
    if (timexes.length === 0) return { text, timexes, eventDates: [] };
    const sentences = splitSentences(text);
    const dateline = datelineLength(text);
    const eventDates: EventDate[] = [];
    for (const timex of timexes) {
      const sentence = sentences.find((s) => timex.start >= s.start && timex.start < s.end);
      if (sentence && timex.start >= dateline && skipReason(timex, published) === null)
        eventDates.push({ timex, sentence });
    }
    return { text, timexes, eventDates };
  });
}

/** Why a recognised expression is not an event date, or null when it is one. */
export type SkipReason = "set" | "no-range" | "reference" | "duration" | "future" | null;

/**
 * Decides whether a temporal expression dates something that happened. Skipped: repeating sets ("daily"), expressions with no
 * range (unresolved weekdays in an undated article, "recent"), PRESENT/PAST/FUTURE_REF, durations that are not explicitly
 * anchored to the report ("21 months of war" measures; "for the past 10 weeks" places) or that span less than a week
 * ("over the past 24 hours" is the window of a tally, not an event), and dates after publication, which are plans or
 * forecasts ("aims to arrive by the end of the week").
 */
export function skipReason(timex: Timex, published: string | null): SkipReason {
  if (timex.type === "SET") return "set";
  if (/_REF$/.test(timex.value)) return "reference";
  if (!timex.range) return "no-range";
  if (timex.type === "DURATION" && !(/\b(?:past|last)\b/i.test(timex.text) && spansAWeekOrMore(timex.value)))
    return "duration";
  if (published !== null && timex.range.start > published) return "future";
  return null;
}

/** P10W, P3M, P2Y, P14D: at least a week. PT24H, P3D: shorter. */
function spansAWeekOrMore(value: string): boolean {
  const m = /^P(\d+(?:\.\d+)?)([DWMY])$/.exec(value);
  if (!m) return false;
  return m[2] !== "D" || Number(m[1]) >= 7;
}
