import { slugify } from "./slugify.ts";
import { normaliseHeadline } from "./typography.ts";

/**
 * A headline, its key (normaliseHeadline: copies of one story share it) and its slug: what an article's id is made
 * from. A copy's outline keeps them, so planning does not make them again on every run.
 */
export interface HeadlineNames {
  headline: string;
  key: string;
  slug: string;
}

export function headlineNames(headline: string): HeadlineNames {
  return { headline, key: normaliseHeadline(headline), slug: slugify(headline) || "article" };
}
