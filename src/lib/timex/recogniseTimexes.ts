import { normaliseIsoDay } from "../dates/index.ts";
import { attachPeriodParts } from "./attachPeriodParts.ts";
import { clauseTense, type Tense } from "./clauseTense.ts";
import { type Cues, findCues } from "./cueWords.ts";
import { findAnchoredShifts } from "./findAnchoredShifts.ts";
import { findCalendarDates } from "./findCalendarDates.ts";
import { findCalendarNouns } from "./findCalendarNouns.ts";
import { findClockTimes } from "./findClockTimes.ts";
import { findDurations } from "./findDurations.ts";
import { findQuarters } from "./findQuarters.ts";
import { findRelativeDays } from "./findRelativeDays.ts";
import { findRelativePeriods } from "./findRelativePeriods.ts";
import { findSets } from "./findSets.ts";
import { findSpelledYears } from "./findSpelledYears.ts";
import { findWeekdays } from "./findWeekdays.ts";
import { findYears } from "./findYears.ts";
import type { Mention } from "./mention.ts";
import { selectMentions } from "./selectMentions.ts";
import { sentenceAt, sentenceStarts } from "./sentenceBounds.ts";
import type { RecogniseOptions, Timex } from "./types.ts";

// Each family proposes candidates from the text and the cue words found in it.
const FAMILIES: readonly ((text: string, cues: Cues) => Mention[])[] = [
  findCalendarDates,
  findYears,
  findWeekdays,
  findRelativeDays,
  findRelativePeriods,
  findQuarters,
  findDurations,
  findAnchoredShifts,
  findSets,
  findClockTimes,
  findCalendarNouns,
  findSpelledYears,
];

// Pipeline: each pattern family proposes candidate spans with a resolver; hedges ("mid-", "the end of") wrap
// the period after them; overlaps keep the longest; then candidates resolve in text order, so anchored ones
// ("a year earlier", "hours later") can lean on dates already resolved.
/** Finds the temporal expressions of a plain text and resolves them from the publication day; sorted by start, non-overlapping. */
export function recogniseTimexes(text: string, options: RecogniseOptions = {}): Timex[] {
  const reference = options.reference ? normaliseIsoDay(options.reference) : null;
  if (options.reference && !reference)
    throw new Error(`reference is not a date (YYYY-MM-DD): ${JSON.stringify(options.reference)}`);
  // One scan for the cue words of all families: each pattern is then tried only where a word it begins with stands.
  const cues = findCues(text);
  const candidates = attachPeriodParts(
    text,
    FAMILIES.flatMap((find) => find(text, cues)),
  );
  const chosen = selectMentions(candidates);
  const starts = sentenceStarts(text);
  const resolve = (mention: Mention, resolved: readonly Timex[]) =>
    resolveMention(text, mention, reference, resolved, sentenceAt(starts, text.length, mention.start));
  // Text order, so each expression sees the ones before it; anchored ones wait until every date they might lean on is known.
  const direct: Timex[] = [];
  for (const mention of chosen) {
    const timex = mention.deferred ? null : resolve(mention, direct);
    if (timex) direct.push(timex);
  }
  const anchored = chosen.filter((m) => m.deferred).map((m) => resolve(m, direct));
  return [...direct, ...anchored.filter((t): t is Timex => t !== null)].sort((a, b) => a.start - b.start);
}

function resolveMention(
  text: string,
  mention: Mention,
  reference: string | null,
  resolved: readonly Timex[],
  sentence: { start: number; end: number },
): Timex | null {
  // The tense is read only by resolvers that need it (a bare weekday or month, not "March 2011"), so it is worked out on first use.
  let tense: Tense | undefined;
  const r = mention.resolve({
    text,
    reference,
    resolved,
    sentence,
    get tense() {
      tense ??= clauseTense(text, sentence, mention.start, mention.end);
      return tense;
    },
  });
  if (!r) return null;
  return {
    start: mention.start,
    end: mention.end,
    text: text.slice(mention.start, mention.end),
    type: r.type ?? mention.type,
    value: r.value,
    range: r.range,
    basis: r.basis,
  };
}
