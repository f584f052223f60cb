import type { DateValue } from "../../../schema/dateValue.ts";
import { addDays, addMonths, addYears, endOfMonth, startOfMonth } from "../../dates/index.ts";
import type { SentenceSpan } from "../../text/splitSentences.ts";
import { clauseFollows, type Timex } from "../../timex/index.ts";
import type { EventDate } from "./dateParagraphs.ts";

// Dates a sentence's words give beside the ones they name: the other event of "two days after …", and the deadline
// of a plan counted from the report. Each is dated in the sentence's own words.

// "two days after", "a week before", "three months after": a count that relates the sentence's day to another event.
const OFFSET = /^P(\d+)([DWMY])$/;
const RELATION = /^\s+(before|after)\b/i;

/**
 * The other event of a sentence that relates it to its day ("protests broke out on Friday, two days after Assad
 * called them a conspiracy": the call was on Wednesday; "the crossing reopened on Saturday, two days before talks
 * begin": the talks are on Monday), or null. Dated in its own words: the count and its "before" or "after"; `others`,
 * the paragraph's other dates, end the clause that tells the other event.
 */
export function relatedDay(
  text: string,
  timex: Timex,
  dates: readonly EventDate[],
  others: readonly Timex[],
): Omit<EventDate, "status"> | null {
  const offset = OFFSET.exec(timex.value);
  const relation = RELATION.exec(text.slice(timex.end));
  if (!offset || !relation) return null;
  const oneDay = (d: EventDate) => d.date.precision === "day" && d.date.start === d.date.end;
  // The sentence's day: one it names before the count, else the one the count itself lands on when a clause tells the
  // other event ("his death came two days after the president offered talks"; "a day after the attack" names the
  // event the story told, which is no new one).
  const day =
    dates.findLast((d) => oneDay(d) && d.span !== null && !d.about && d.span.end <= timex.start) ??
    (clauseFollows(text, timex.end + relation[0].length)
      ? dates.find((d) => oneDay(d) && d.span?.start === timex.start)
      : undefined);
  if (!day || !(day.sentence.start <= timex.start && timex.start < day.sentence.end)) return null;
  // The sentence's day is before the other event by the count, or after it; a count of months or years gives the
  // month or year it lands in, approximate ("reopened yesterday, three months after it became a prison").
  const sign = relation[1]?.toLowerCase() === "before" ? 1 : -1;
  const count = Number(offset[1]);
  const unit = offset[2] as "D" | "W" | "M" | "Y";
  let date: DateValue;
  if (unit === "D" || unit === "W") {
    const start = addDays(day.date.start, sign * count * (unit === "W" ? 7 : 1));
    date = { start, end: start, precision: "day", approximate: false, text: "" };
  } else if (unit === "M") {
    const start = startOfMonth(addMonths(day.date.start, sign * count));
    date = { start, end: endOfMonth(start), precision: "month", approximate: true, text: "" };
  } else {
    const year = addYears(day.date.start, sign * count).slice(0, 4);
    date = { start: `${year}-01-01`, end: `${year}-12-31`, precision: "year", approximate: true, text: "" };
  }
  const end = timex.end + relation[0].length;
  // The other event is told by the clause after "before" or "after", up to the next comma, the next date ("… and two
  // days after …") or the sentence's end.
  const nextDate = Math.min(day.sentence.end, ...others.flatMap((t) => (t.start >= end ? [t.start] : [])));
  const told = text.slice(end, nextDate).replace(/(?:\s+(?:and|or|but))?\s*$/i, "");
  const clauseEnd = told.search(/[,;:.!?]|$/);
  return {
    sentence: day.sentence,
    date: { ...date, text: text.slice(timex.start, end) },
    span: { start: timex.start, end },
    about: { start: end, end: end + clauseEnd },
    dating: "own-words",
  };
}

// "agreed to reopen their embassies within two months", "will meet again in two weeks": a plan with a deadline
// counted from the report.
const WITHIN = /\b(?:within|in)\s+(?:the\s+next\s+)?$/i;
// A bare "to" is no plan ("the second leader to be overthrown in a month", "hew closely to … in the 36 years since");
// "is to", "agreed to" and the like are.
const PLANNED =
  /\b(?:(?:is|are|was|were)\s+to|will|would|shall|must|should|plans?|agreed|expected|set|stipulates?|requires?|calls? for)\b/i;
const COUNT = /^P(\d+)([DWMY])$/;

/**
 * The deadline of a plan counted from the report ("agreed to reopen embassies within two months" from 11 March 2023:
 * May 2023), as the period the count ends in, approximate; null for any other expression, or "within two months"
 * told of the past ("within two months, the city fell").
 */
export function deadline(
  text: string,
  sentence: SentenceSpan,
  timex: Timex,
  published: string,
): Omit<EventDate, "status"> | null {
  const count = COUNT.exec(timex.value);
  if (!count || timex.type !== "DURATION") return null;
  if (!WITHIN.test(text.slice(Math.max(sentence.start, timex.start - 20), timex.start))) return null;
  if (!PLANNED.test(text.slice(sentence.start, timex.start))) return null;
  const n = Number(count[1]);
  let date: Pick<DateValue, "start" | "end" | "precision">;
  if (count[2] === "D" || count[2] === "W") {
    const day = addDays(published, n * (count[2] === "W" ? 7 : 1));
    date = { start: day, end: day, precision: "day" };
  } else if (count[2] === "Y") {
    const year = addYears(published, n).slice(0, 4);
    date = { start: `${year}-01-01`, end: `${year}-12-31`, precision: "year" };
  } else {
    const start = startOfMonth(addMonths(published, n));
    date = { start, end: endOfMonth(start), precision: "month" };
  }
  return {
    sentence,
    date: { ...date, approximate: true, text: timex.text },
    span: { start: timex.start, end: timex.end },
    dating: "own-words",
  };
}
