import { z } from "astro/zod";

/** One problem the build went past: named by file and, where it helps, line. */
export const buildWarningSchema = z.object({
  /** Input file relative to the input folder, or null for the run as a whole. */
  file: z.string().nullable(),
  /** 1-based line in that file. */
  line: z.number().int().positive().nullable(),
  message: z.string(),
});
export type BuildWarning = z.infer<typeof buildWarningSchema>;

/** OUT/report.json: what one ingest run did. Deterministic: no timestamps or durations. */
export const buildReportSchema = z.object({
  /** Source files read (articles and sidecars). */
  files: z.number().int().nonnegative(),
  /** Files skipped as unreadable (empty, binary, too large …). */
  skippedFiles: z.number().int().nonnegative(),
  articles: z.number().int().nonnegative(),
  /** Copies of an article found in more than one file and folded into one. */
  duplicatesMerged: z.number().int().nonnegative(),
  events: z.number().int().nonnegative(),
  /** Events reported by more than one article. */
  multiSourceEvents: z.number().int().nonnegative(),
  /** Ids of articles whose publication day the evidence does not settle. */
  undatedArticles: z.array(z.string()),
  warnings: z.array(buildWarningSchema),
});
export type BuildReport = z.infer<typeof buildReportSchema>;
