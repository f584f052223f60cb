import type { PublishedBasis } from "../../../schema/article.ts";
import type { FrontMatter } from "../../../schema/frontMatter.ts";
import { addDays, weekdayOf } from "../../dates/index.ts";
import { recogniseTimexes } from "../../timex/index.ts";
import type { Caption } from "../1-read/parseCaption.ts";
import type { ArticleMeta } from "./matchMetadata.ts";

/** A publication day with the evidence it rests on. */
export interface PublishedGuess {
  published: string | null;
  basis: PublishedBasis;
  /** 0–1. */
  confidence: number;
}

const WEEKDAY_NAME = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;

/** Confidence for each rule, highest first; named so the report and tests speak the same numbers. */
export const CONFIDENCE = { agree: 0.9, captionOnly: 0.6, weekdayAfterCaption: 0.6, none: 0 } as const;

/**
 * Infers the publication day of an article without metadata from its own text.
 * A dated caption (not an archive photo) is a lower bound: photos are taken on or before the day of the report.
 * The body's first bare weekday ("launched on Monday", "said Friday") is the reporting day. When the caption's weekday
 * is that weekday, the caption's day is the publication day (basis caption-weekday, 0.9); when it differs, the photo is
 * older, and the day is the first such weekday after the caption (0.6: "Wednesday, July 9" + "said Friday" -> July 11).
 * A caption with no weekday in the body gives its own day (0.6). Without a dated caption nothing settles it: undated.
 */
export function inferPublished(captions: readonly Caption[], paragraphs: readonly string[]): PublishedGuess {
  const captionDay = latestCaptionDay(captions);
  if (!captionDay) return { published: null, basis: "none", confidence: CONFIDENCE.none };
  const weekday = firstBodyWeekday(paragraphs);
  if (weekday === null) return { published: captionDay, basis: "caption", confidence: CONFIDENCE.captionOnly };
  const offset = (weekday - weekdayOf(captionDay) + 7) % 7;
  if (offset === 0) return { published: captionDay, basis: "caption-weekday", confidence: CONFIDENCE.agree };
  return {
    published: addDays(captionDay, offset),
    basis: "caption-weekday",
    confidence: CONFIDENCE.weekdayAfterCaption,
  };
}

/** Latest full day named in a non-archive caption ("on June 9, 2025"); archive photos (FILED …) are dated to the photo, not the article. */
export function latestCaptionDay(captions: readonly Caption[]): string | null {
  let latest: string | null = null;
  for (const caption of captions) {
    // A full day needs a year: skip the recogniser for captions without four digits.
    if (caption.archive || !/\d{4}/.test(caption.text)) continue;
    for (const timex of recogniseTimexes(caption.text, { reference: null })) {
      if (timex.basis !== "absolute" || timex.range?.precision !== "day") continue;
      if (latest === null || timex.range.start > latest) latest = timex.range.start;
    }
  }
  return latest;
}

/** ISO weekday (1 = Monday) of the first bare weekday the body mentions; "last Friday" or "next Tuesday" name other weeks and do not count. */
export function firstBodyWeekday(paragraphs: readonly string[]): number | null {
  for (const paragraph of paragraphs) {
    // Most paragraphs name no weekday; a cheap look first spares the recogniser.
    if (!WEEKDAY_NAME.test(paragraph)) continue;
    for (const timex of recogniseTimexes(paragraph, { reference: null })) {
      const m = /^XXXX-WXX-([1-7])/.exec(timex.value);
      if (m && !/\b(?:last|next|this|coming|past)\b/i.test(timex.text)) return Number(m[1]);
    }
  }
  return null;
}

/** Everything that can date an article, strongest first. */
export interface PublishedEvidence {
  /** From content/overrides.json; undefined when the editor did not pin it. */
  override: string | null | undefined;
  frontMatter: FrontMatter | null;
  meta: ArticleMeta | null;
  captions: readonly Caption[];
  paragraphs: readonly string[];
}

/**
 * Picks the publication day: an editor's pin, then front matter, then publisher metadata, then the text's own evidence.
 * Metadata that records the day as unknown (null) defers to the text rather than forcing the article undated.
 */
export function choosePublished(evidence: PublishedEvidence): PublishedGuess {
  if (evidence.override !== undefined) {
    return {
      published: evidence.override,
      basis: evidence.override === null ? "none" : "override",
      confidence: evidence.override === null ? 0 : 1,
    };
  }
  const authored = evidence.frontMatter?.published;
  if (authored) return { published: authored, basis: "front-matter", confidence: 1 };
  if (evidence.meta?.published) return { published: evidence.meta.published, basis: "metadata", confidence: 1 };
  return inferPublished(evidence.captions, evidence.paragraphs);
}
