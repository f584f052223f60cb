import { addDays } from "../../dates/index.ts";
import { toldDayBefore, toldWeekdayBefore } from "../anchor.ts";
import {
  AGE_NOUNS,
  COUNT_PHRASES,
  DAY_WORDS,
  DIRECTION_MODIFIERS,
  MODALS,
  NOT_SOON_AFTER,
  NUMBER_WORDS,
  PRESENT_DAY_LEADS,
  REFERENCE_PERIOD_NOUNS,
  REFERENCE_WORDS,
  TENS_WORDS,
  THE_REFERENCES,
  TIME_OF_WORDS,
  UNITS,
  WEEKDAY_NAME_PREFIXES,
} from "../lexicon.ts";
import type { Resolution, ResolveContext } from "../mention.ts";
import { alt, behind, cap, group, look, opt, raw, seq, tight, words } from "../pattern.ts";
import { fromValue, wordAfter, wordBefore, wordsBefore } from "../resolveHelpers.ts";
import { resolveWeekday } from "../resolveWeekday.ts";
import type { Rule } from "../rule.ts";
import { DAY_PART, ORDINAL, WEEKDAY } from "../slots.ts";
import { dayPartCode, weekdayNumber } from "../values.ts";

// Days named from the publication: weekdays ("on Sunday", "last Friday", "Monday morning"), "today", "yesterday",
// "tonight", "this morning", "last night", "overnight", and the vague present, past and future ("now", "recently").

const POSSESSIVE = raw("(?:['’]s)?", null);
const HEDGE = opt(cap("hedge", words(["early", "late", "earlier", "later"])));
// Words after "current", "recent" or "the past" that make a period of their own ("the current quarter", "recent
// weeks", "the past two years"), found by other rules.
const PERIOD_AFTER = new Set(REFERENCE_PERIOD_NOUNS);
const SOON_NOT_AFTER = new Set(NOT_SOON_AFTER);
const AGE_AFTER = new Set(AGE_NOUNS);
const TIME_OF = new Set(TIME_OF_WORDS);
const PRESENT_DAY_LEAD = new RegExp(`\\b(?:${PRESENT_DAY_LEADS.join("|")})(?:\\s+the)?\\s+$`, "i");
const COUNTED_AFTER = new Set([
  ...UNITS.flatMap((u) => [u.word, u.plural]),
  ...Object.keys(NUMBER_WORDS),
  ...Object.keys(TENS_WORDS),
  ...Object.keys(COUNT_PHRASES).filter((w) => !w.includes(" ")),
  "few",
  "couple",
  "weekend",
]);

/** Days named from the publication, in the order the recogniser tries them. */
export const DAY_RULES: readonly Rule[] = [
  {
    name: "weekday",
    pattern: seq(
      opt(cap("which", words(Object.keys(DIRECTION_MODIFIERS)))),
      tight(cap("weekday", WEEKDAY), POSSESSIVE),
      opt(cap("part", DAY_PART)),
    ),
    type: "DATE",
    examples: [
      ["Officials said [Friday] the talks failed.", "2025-07-11", "2025-07-11"],
      ["Officials said [Wednesday] the talks failed.", "2025-07-11", "2025-07-09"],
      ["The ministers will meet on [Tuesday].", "2025-07-11", "2025-07-15", { tense: "future" }],
      ["The strike happened [last Friday].", "2025-07-11", "2025-07-04"],
      ["They meet [next Friday].", "2025-07-11", "2025-07-18"],
      ["[Wednesday morning] the shelling resumed.", "2025-06-12", "2025-06-11TMO"],
      ["Tunisia said it was sending a delegation [Sunday].", "2012-11-15", "2012-11-18", { tense: "future" }],
      ["The envoy needs to present the terms before [Thursday].", "2015-07-05", "2015-07-09", { tense: "future" }],
      ["Crowds marched on Saturday. [Saturday]'s march comes ahead of a strike.", "2023-04-23", "2023-04-22"],
      ["The results are announced no later than [Thursday].", "2015-03-18", "2015-03-19", { tense: "future" }],
      ["Israel announced that a truce would take effect on [Sunday].", "2022-08-08", "2022-08-07"],
      [
        "The violence broke out as soon as the referee blew the whistle in [Wednesday]'s match.",
        "2012-02-02",
        "2012-02-01",
      ],
      ["Talks will resume as soon as the envoy arrives on [Wednesday].", "2012-02-02", "2012-02-08"],
      ["The ministry said that talks would resume on [Monday].", "2025-07-12", "2025-07-14"],
      ["The ministry said that talks will resume on [Monday].", "2025-07-15", "2025-07-21", { tense: "future" }],
    ],
    // "Good Friday" and "Black Monday" are names, not the coming weekday; "Friday's" ends at the day.
    accept: (m, text) => {
      const before = /([A-Za-z]+)\s+$/.exec(text.slice(Math.max(0, m.index - 8), m.index))?.[1] ?? "";
      if (!group(m, "which") && WEEKDAY_NAME_PREFIXES.includes(before)) return false;
      return { start: m.index, end: m.index + m[0].length - (/['’]s$/.test(m[0]) ? 2 : 0) };
    },
    normalise: (m, ctx) => {
      const weekday = weekdayNumber(group(m, "weekday"));
      const part = group(m, "part") ? dayPartCode(group(m, "part")) : undefined;
      if (!ctx.reference)
        return { value: `XXXX-WXX-${weekday}${part ?? ""}`, range: null, basis: "relative", type: timeIf(part) };
      const modifier = DIRECTION_MODIFIERS[group(m, "which").toLowerCase().replace(/\s+/g, " ")];
      // "Saturday's demonstration" names a day already told: the same weekday told just before, whatever the tense.
      const told = /['’]s$/.test(m[0]) && modifier === undefined ? toldWeekdayBefore(ctx, m.index, weekday) : null;
      const day = told ?? resolveWeekday(weekday, ctx.reference, ctx.tense, modifier);
      return withPart(fromValue(day, "relative"), day, part);
    },
  },
  {
    name: "day-beside-day",
    pattern: seq(
      behind("the", true),
      "day",
      cap("side", words(["before", "after"])),
      alt(
        cap("word", words(Object.keys(DAY_WORDS))),
        seq(opt(cap("which", words(Object.keys(DIRECTION_MODIFIERS)))), cap("weekday", WEEKDAY)),
      ),
    ),
    type: "DATE",
    priority: 1,
    examples: [
      ["They could land [the day after tomorrow].", "2025-07-13", "2025-07-15"],
      ["[The day before last Tuesday]'s hearing, he went to the house.", "2000-02-24", "2000-02-21"],
    ],
    // One day named from another is one expression, as TimeML marks "the day before yesterday".
    normalise: (m, ctx) => {
      if (!ctx.reference) return { value: "XXXX-XX-XX", range: null, basis: "relative" };
      const shift = group(m, "side").toLowerCase() === "after" ? 1 : -1;
      const word = group(m, "word").toLowerCase();
      const modifier = DIRECTION_MODIFIERS[group(m, "which").toLowerCase().replace(/\s+/g, " ")];
      const day = word
        ? addDays(ctx.reference, DAY_WORDS[word] ?? 0)
        : resolveWeekday(weekdayNumber(group(m, "weekday")), ctx.reference, ctx.tense, modifier);
      return fromValue(addDays(day, shift), "relative");
    },
  },
  {
    name: "day-word",
    pattern: seq(HEDGE, tight(cap("word", words(Object.keys(DAY_WORDS))), POSSESSIVE), opt(cap("part", DAY_PART))),
    type: "DATE",
    priority: 1,
    examples: [
      ["The minister resigned [yesterday].", "2025-07-13", "2025-07-12"],
      ["The court rules [today].", "2025-07-13", "2025-07-13"],
      ["The vote is [tonight].", "2025-07-13", "2025-07-13TNI"],
      ["Talks resume [tomorrow morning].", "2025-07-13", "2025-07-14TMO"],
      ["Police came [yesterday afternoon].", "2025-07-13", "2025-07-12TAF"],
      ["[Today]'s vote has international implications.", "1998-03-04", "1998-03-04"],
      ["He resigned on Tuesday. “[Today], I have reached a dead end,” he said.", "2019-10-30", "2019-10-29"],
      ["He spoke on Tuesday. Officials said [today] that talks resume.", "2019-10-30", "2019-10-30"],
    ],
    // "in today's world", "the leaders of tomorrow": the present or coming age, not a day.
    accept: (m, text) => {
      const end = m.index + m[0].length;
      const possessive = /['’]s$/.test(m[0]);
      if (possessive && AGE_AFTER.has(wordAfter(text, end).toLowerCase())) return false;
      const [before, further] = wordsBefore(text, m.index, 2);
      if (!group(m, "part") && before === "of" && further !== "as") return false;
      return { start: m.index, end: end - (!group(m, "part") && possessive ? 2 : 0) };
    },
    normalise: (m, ctx) => {
      const word = group(m, "word").toLowerCase();
      const part = group(m, "part") ? dayPartCode(group(m, "part")) : word === "tonight" ? "TNI" : undefined;
      // In a quotation, "today" is the day the speaker spoke: the day the story told before it, if that is before the
      // report ("resigned on Tuesday … “Today, I have reached a dead end.”" published on Wednesday).
      const spoken = inQuotation(ctx.text, m.index)
        ? (toldDayBefore(ctx, m.index)?.value.slice(0, 10) ?? ctx.storyDay)
        : null;
      if (spoken && ctx.reference && spoken < ctx.reference) {
        const day = addDays(spoken, DAY_WORDS[word] ?? 0);
        return withPart(fromValue(day, "anchored"), day, part);
      }
      return dayFromReference(ctx, DAY_WORDS[word] ?? 0, part);
    },
  },
  {
    name: "this-part-of-day",
    pattern: seq(cap("which", words(["this", "last"])), cap("part", DAY_PART)),
    type: "TIME",
    priority: 1,
    examples: [
      ["Rockets fell [this morning].", "2025-07-13", "2025-07-13TMO"],
      ["Shelling went on [last night].", "2025-07-13", "2025-07-12TNI"],
    ],
    normalise: (m, ctx) => {
      const which = group(m, "which").toLowerCase();
      const shift = which === "last" ? -1 : 0;
      return dayFromReference(ctx, shift, dayPartCode(group(m, "part")));
    },
  },
  {
    name: "one-day",
    pattern: seq(cap("modal", words(MODALS)), "one day"),
    type: "DATE",
    examples: [["Islam will [one day] be the second largest religion.", "1998-03-03", "FUTURE_REF"]],
    // "will one day be": some day to come, as "someday"; the modal stays outside.
    accept: (m) => ({ start: m.index + group(m, "modal").length + 1, end: m.index + m[0].length }),
    normalise: () => ({ value: "FUTURE_REF", range: null, basis: "relative" }),
  },
  {
    name: "overnight",
    pattern: words(["overnight"]),
    type: "TIME",
    deferred: true,
    examples: [
      ["Israeli jets struck Gaza [overnight], officials said.", "2025-07-13", "2025-07-12TNI"],
      ["Prices fell [overnight] in Asian trading.", "1989-10-27", "1989-10-26TNI"],
      ["Shares closed lower Friday. They were hit by [overnight] losses in New York.", "1989-10-30", "1989-10-26TNI"],
    ],
    // A report's "overnight" is the night before it; "an overnight stay" is no date.
    accept: (m, text) => !/\b(an?|the|their|its|his|her)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index)),
    // After a day just told ("closed lower Friday … overnight losses"), it is the night before that day.
    normalise: (m, ctx) => {
      const told = toldDayBefore(ctx, m.index);
      const day = told ? told.value.slice(0, 10) : ctx.storyDay;
      if (!day) return dayFromReference(ctx, -1, "TNI");
      const night = addDays(day, -1);
      return withPart(fromValue(night, "anchored"), night, "TNI");
    },
  },
  {
    name: "day-of-count",
    pattern: seq(opt("the"), ORDINAL, "day", look("(?=\\s+(?:of|since|in)\\b)")),
    type: "DATE",
    examples: [
      ["It's [the second day] of an offensive by the security forces.", "1998-03-06", "1998-03-06"],
      ["In Saudi Arabia, today is [the eighth day] of the operation.", "1990-08-15", "1990-08-15"],
      ["The announcement comes on [the third day] of talks in Geneva.", "2013-09-14", "2013-09-14"],
    ],
    // Only the day of writing told as the count of a stretch ("It's the second day of the strike", "The move comes on
    // the third day of talks"); "the first day of
    // the trial" elsewhere is a day of its own, which needs the stretch's start.
    accept: (_, text, start) => PRESENT_DAY_LEAD.test(text.slice(Math.max(0, start - 12), start)),
    normalise: (_, ctx) => dayFromReference(ctx, 0, undefined),
  },
  {
    name: "at-the-time",
    pattern: tight(look("(?<=\\bat\\s+)"), words(["the time"])),
    type: "DATE",
    examples: [["He spoke six weeks ago, saying at [the time] he was willing to withdraw.", "1998-03-01", "PAST_REF"]],
    // "at the time" alone is "then", a past told before; "at the time of its founding" leans on what follows.
    accept: (m, text) => !TIME_OF.has(wordAfter(text, m.index + m[0].length).toLowerCase()),
    normalise: () => ({ value: "PAST_REF", range: null, basis: "relative" }),
  },
  {
    name: "moments",
    pattern: alt(seq(opt("just"), "moments ago"), "in a few moments"),
    type: "DATE",
    examples: [
      ["The verdict came [moments ago].", "2025-07-13", "2025-07-13"],
      ["The minister will speak [in a few moments].", "2025-07-13", "2025-07-13"],
    ],
    normalise: (_, ctx) => dayFromReference(ctx, 0, undefined),
  },
  {
    name: "the-reference",
    pattern: seq(behind("the", true), cap("word", words(THE_REFERENCES))),
    type: "DATE",
    examples: [
      ["It happened in [the past].", "2025-07-13", "PAST_REF"],
      ["Talks may resume in [the near future].", "2025-07-13", "FUTURE_REF"],
    ],
    // "the past two years" is a stretch of its own; "in the past" marks only "the past", as TimeBank does.
    accept: (m, text) => {
      const word = group(m, "word").toLowerCase();
      const next = wordAfter(text, m.index + m[0].length).toLowerCase();
      return word !== "past" || (!COUNTED_AFTER.has(next) && !/^\d/.test(text.slice(m.index + m[0].length).trim()));
    },
    normalise: (m) => reference(group(m, "word")),
  },
  {
    name: "reference-word",
    pattern: cap("word", words(Object.keys(REFERENCE_WORDS).filter((w) => !THE_REFERENCES.includes(w)))),
    type: "DATE",
    examples: [
      ["Officials [now] agree.", "2025-07-13", "PRESENT_REF"],
      ["Officials [recently] agreed.", "2025-07-13", "PAST_REF"],
      ["There were sell programs in [past years], too.", "1989-10-30", "PAST_REF"],
      ["The deal was struck at the [then current] price.", "2025-07-13", "PAST_REF"],
      ["For [now], the embassy works out of a hotel.", "2025-07-13", "PRESENT_REF"],
      ["Prosecutors may [soon] seek an indictment.", "2025-07-13", "FUTURE_REF"],
    ],
    // "the past two years" and "current quarter" are periods of their own; "in the past" marks only "the past", as TimeBank does.
    accept: (m, text) => {
      const word = group(m, "word").toLowerCase().replace(/\s+/g, " ");
      const next = wordAfter(text, m.index + m[0].length).toLowerCase();
      if (word === "current" || word === "recent") return !PERIOD_AFTER.has(next);
      if (word === "in future") return { start: m.index + 3, end: m.index + m[0].length };
      // "as soon as", "soon after the vote": a conjunction or a shift from another time, not the future itself.
      if (word === "soon") return wordBefore(text, m.index) !== "as" && !SOON_NOT_AFTER.has(next);
      // "Now, he says, …" opening a sentence turns to the next point: a discourse marker, not a time.
      if (word === "now" && text[m.index + m[0].length] === ",") return !opensSentence(text, m.index);
      return true;
    },
    // "soon" told in the past ("was soon released") is shortly after the story's time, not the future.
    normalise: (m, ctx) =>
      group(m, "word").toLowerCase() === "soon" && ctx.tense === "past" ? null : reference(group(m, "word")),
  },
];

function opensSentence(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 8), index).trimEnd();
  return (index < 8 && before === "") || /[.!?"'`“”]$/.test(before);
}

function reference(words: string) {
  return {
    value: REFERENCE_WORDS[words.toLowerCase().replace(/\s+/g, " ")] ?? "PRESENT_REF",
    range: null,
    basis: "relative" as const,
  };
}

/** The day `shift` days from the publication, with a part of the day as a TIME. */
export function dayFromReference(ctx: ResolveContext, shift: number, part: string | undefined): Resolution {
  if (!ctx.reference)
    return {
      value: shift === 0 && !part ? "PRESENT_REF" : `XXXX-XX-XX${part ?? ""}`,
      range: null,
      basis: "relative",
      type: timeIf(part),
    };
  const day = addDays(ctx.reference, shift);
  return withPart(fromValue(day, "relative"), day, part);
}

/** A day's resolution as a TIME of a part of that day ("2025-06-09TMO"), or unchanged without a part. */
export function withPart(resolution: Resolution, day: string, part: string | undefined): Resolution {
  return part ? { ...resolution, value: `${day}${part}`, type: "TIME" } : { ...resolution, type: "DATE" };
}

function timeIf(part: string | undefined) {
  return part ? ("TIME" as const) : ("DATE" as const);
}

/** Whether `offset` stands inside a quotation of `text`: after an opening curly quote not yet closed, or an odd number of straight ones. */
function inQuotation(text: string, offset: number): boolean {
  const before = text.slice(0, offset);
  const curly = (before.match(/“/g)?.length ?? 0) - (before.match(/”/g)?.length ?? 0);
  if (curly > 0) return true;
  return (before.match(/"/g)?.length ?? 0) % 2 === 1;
}
