import { z } from "astro/zod";
import { isoDaySchema } from "./dateValue.ts";

/** Why an article's publication date is what it is. */
export const publishedBasisSchema = z.enum([
  "metadata", // publisher metadata sidecar
  "override", // pinned by an editor in content/overrides.json
  "front-matter", // authored Markdown source
  "date-line", // the page's own printed date ("Published May 4, 2022")
  "dateline", // a wire dateline ("BEIRUT, Jan 5 (Reuters) -")
  "url", // a date in the article's address (/2023/05/02/)
  "caption-weekday", // a dated caption agrees with a weekday the body uses
  "caption", // a dated (non-archive) caption alone
  "body", // an explicit full date in the body
  "none", // no evidence: the article is undated
]);
export type PublishedBasis = z.infer<typeof publishedBasisSchema>;

/** A temporal expression recognised in an article paragraph, linked to its event when it made one. */
export const articleDateSchema = z.object({
  /** Offset of the first character in the paragraph (JavaScript string index). */
  start: z.number().int().nonnegative(),
  /** Offset one past the last character. */
  end: z.number().int().nonnegative(),
  /** Normalised value in TIMEX3 form (2025-06-09, 2025-06, P10W …). */
  value: z.string(),
  /** First day of the calendar range, when the expression has one. */
  day: isoDaySchema.nullable(),
  /** Id of the event this expression dates, if any. */
  event: z.string().nullable(),
});

/** A photo caption with its credit, kept apart from the body. */
export const captionSchema = z.object({
  text: z.string(),
  /** Agency or photographer credit, e.g. "AFP", "Photo by Omar AL-QATTAA / AFP". */
  credit: z.string().nullable(),
  /** Archive photo (FILED …): its date is not the article's. */
  archive: z.boolean(),
});

/** A line the page printed around the story, kept with the article and never made an event. */
export const pageLineSchema = z.object({
  text: z.string(),
  /** date-line: the page's own date ("Updated 3 June 2023"); byline; embed: a quoted post's signature; chrome: a widget or
   * navigation label; label: a section label above the story. */
  kind: z.enum(["date-line", "byline", "embed", "chrome", "label"]),
});

/** A clean article: one per story, however many scraped files it was found in. */
export const articleSchema = z.object({
  /** Stable slug of the headline. */
  id: z.string(),
  headline: z.string(),
  /** Source files the article was found in, relative to the input folder, sorted. */
  files: z.array(z.string()).min(1),
  /** Original URL. The ingest keeps only http(s) ones; the site checks again before linking (defence in depth). */
  url: z.url().nullable(),
  publisher: z.string().nullable(),
  /** BCP 47 language tag. */
  language: z.string(),
  /** Publication day, or null when the evidence does not settle it. */
  published: isoDaySchema.nullable(),
  publishedBasis: publishedBasisSchema,
  /** 0–1: how sure the publication date is. */
  publishedConfidence: z.number().min(0).max(1),
  captions: z.array(captionSchema),
  /** The page's furniture (date lines, bylines, widgets), in page order; absent in articles written before it was kept. */
  pageLines: z.array(pageLineSchema).default([]),
  /** Index of the story's first paragraph: the paragraphs before it are the page's standfirst. */
  lead: z.number().int().nonnegative().default(0),
  /** Body paragraphs in order, each with the dates recognised in it. */
  paragraphs: z.array(z.object({ text: z.string(), dates: z.array(articleDateSchema) })),
  /** Topics named in the article (gazetteer ids). */
  topics: z.array(z.string()),
});
export type Article = z.infer<typeof articleSchema>;
