import { z } from "astro/zod";
import { isoDaySchema } from "./dateValue.ts";

/** Publisher metadata for one article, matched to it by normalised headline. */
export const sourceMetaArticleSchema = z.strictObject({
  /** Headline as published; matched ignoring case, curly quotes and runs of whitespace. */
  headline: z.string().min(1),
  /** Restricts the entry to these source files (relative to the input folder), when two articles share a headline. */
  files: z.array(z.string()).optional(),
  /** Original URL; only http(s) is kept, anything else is warned about and dropped. */
  url: z.string().nullable().optional(),
  /** Publication day; null means the publisher did not record it and the text must settle it. */
  published: isoDaySchema.nullable().optional(),
  /** Overrides the sidecar-wide publisher. */
  publisher: z.string().optional(),
  /** Overrides the sidecar-wide language (BCP 47). */
  language: z.string().optional(),
});
export type SourceMetaArticle = z.infer<typeof sourceMetaArticleSchema>;

/** A `*.meta.json` sidecar in the input folder: publisher metadata for some of its articles. */
export const sourceMetaSchema = z.strictObject({
  version: z.literal(1),
  /** Free text for people; ignored by the ingest. */
  about: z.string().optional(),
  /** Publisher of every article listed, unless an entry says otherwise. */
  publisher: z.string().optional(),
  /** Language of every article listed (BCP 47), unless an entry says otherwise. */
  language: z.string().optional(),
  articles: z.array(sourceMetaArticleSchema),
});
export type SourceMeta = z.infer<typeof sourceMetaSchema>;
