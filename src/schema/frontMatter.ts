import { z } from "astro/zod";
import { isoDaySchema } from "./dateValue.ts";

/** Front matter of an article written by hand as Markdown (`content/sources/*.md`). */
export const frontMatterSchema = z.strictObject({
  headline: z.string().min(1),
  /** Publication day; YAML may read an unquoted date as a date, so both forms are accepted. */
  published: z
    .union([isoDaySchema, z.date().transform((d) => d.toISOString().slice(0, 10))])
    .nullable()
    .optional(),
  /** Original URL, http(s) only. */
  url: z.string().nullable().optional(),
  publisher: z.string().nullable().optional(),
  /** BCP 47 language tag; English when absent. */
  language: z.string().optional(),
  /** Photo captions, each with its credit as in a scrape ("… (AFP)"). */
  captions: z.array(z.string()).optional(),
});
export type FrontMatter = z.infer<typeof frontMatterSchema>;
