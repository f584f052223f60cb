import { weekdayOf } from "../dates/index.ts";
import type { ResolveContext } from "./mention.ts";
import { findFollowing, findPreceding } from "./precedingTimexes.ts";
import { rangeOfValue } from "./rangeOfValue.ts";
import type { Timex, TimexBasis, TimexRange } from "./types.ts";

/** The date an anchored expression counts from, and where it came from. */
export interface Anchor {
  value: string;
  range: TimexRange;
  /** "anchored" when it came from the text or the story day, "relative" when it fell back to the publication. */
  basis: TimexBasis;
  /** True when the anchor is the date the expression stands beside ("on Monday, two days after the vote"), not one to count from. */
  apposed: boolean;
  /** Where it was found: later in the sentence, in the text before, or (neither) the story day or the publication. */
  from: "ahead" | "before" | "story" | "reference";
}

/** Where an anchor may be looked for besides the dates before the expression. */
export interface AnchorOptions {
  /** Look first for a date later in the sentence ("a day after the attack on Oct. 7"). */
  ahead?: boolean;
  /** Accept a date beside the expression as its own ("on Monday, two days after the vote" is Monday); "sentence" accepts
   * any date before it in its sentence ("broke out on Friday in three cities, two days after …" is Friday). */
  apposition?: boolean | "sentence";
  /** Values an anchor may have (by default any calendar date). */
  shape?: RegExp;
  /** How far before the expression a date told in the text may end, in characters (by default anywhere). */
  within?: number;
}

/** How far back a date told in the text still sets the day of "that evening" or "at 10 p.m.", in characters: about a paragraph. */
export const STORY_REACH = 400;

const DAY = /^\d{4}-\d{2}-\d{2}/;

/** The day the story told last within about a paragraph before `offset` ("Friday … overnight losses"), with its expression. */
export function toldDayBefore(ctx: ResolveContext, offset: number): Timex | null {
  return findPreceding(ctx.resolved, offset, DAY, STORY_REACH);
}

/** The day told within about a paragraph before `offset` that falls on `weekday` ("on Saturday … Saturday's march"). */
export function toldWeekdayBefore(ctx: ResolveContext, offset: number, weekday: number): string | null {
  const told = findPreceding(
    ctx.resolved,
    offset,
    DAY,
    STORY_REACH,
    (t) => weekdayOf(t.value.slice(0, 10)) !== weekday,
  );
  return told ? told.value.slice(0, 10) : null;
}

/** The day told nearest before `offset` in its own sentence ("on Sunday, … over the previous two days"), if any. */
export function dayBeforeInSentence(ctx: ResolveContext, offset: number): string | null {
  const told = findPreceding(ctx.resolved, offset, DAY, offset - ctx.sentence.start, shifted);
  return told ? told.value.slice(0, 10) : null;
}

const DATED = /^\d{4}(-\d{2}(-\d{2}(T.*)?)?|-Q\d|-H\d|-W\d{2}(-WE)?|-SP|-SU|-FA|-WI)?$/;

// Another shifted expression ("a year ago", "two days later") is no anchor: counting from it would count twice.
const shifted = (t: Timex) => t.basis === "anchored" || /\b(ago|earlier|later)\b|year-(ago|earlier)/i.test(t.text);

/**
 * The date an expression counts from, as TimeML's anchorTimeID: a date later in the sentence for "after the attack on
 * DATE", else the nearest date told before it, else the story day (the date the narrative is at before this text),
 * else the publication day.
 */
export function findAnchor(ctx: ResolveContext, offset: number, options: AnchorOptions = {}): Anchor | null {
  const shape = options.shape ?? DATED;
  const ahead = options.ahead ? findFollowing(ctx.resolved, offset, ctx.sentence.end, shape, shifted) : null;
  const before = ahead ? null : findPreceding(ctx.resolved, offset, shape, options.within, shifted);
  const found = ahead ?? before;
  if (found?.range) {
    const apposed =
      Boolean(options.apposition) &&
      found === before &&
      found.start >= ctx.sentence.start &&
      (options.apposition === "sentence" || /^[\s,—–-]*(?:the\s+)?$/i.test(ctx.text.slice(found.end, offset)));
    return { value: found.value, range: found.range, basis: "anchored", apposed, from: ahead ? "ahead" : "before" };
  }
  if (ctx.storyDay) return dayAnchor(ctx.storyDay, "anchored", "story");
  return ctx.reference ? dayAnchor(ctx.reference, "relative", "reference") : null;
}

function dayAnchor(day: string, basis: TimexBasis, from: "story" | "reference"): Anchor {
  return { value: day, range: rangeOfValue(day) as TimexRange, basis, apposed: false, from };
}

/** The day an anchor points at: its own day, or the first day of its period. */
export function anchorDay(anchor: Anchor): string {
  return /^\d{4}-\d{2}-\d{2}/.test(anchor.value) ? anchor.value.slice(0, 10) : anchor.range.start;
}
