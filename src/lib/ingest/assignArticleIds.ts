import { normaliseHeadline } from "./normaliseHeadline.ts";
import { shortHash } from "./shortHash.ts";
import { slugify } from "./slugify.ts";

/**
 * Article ids: the headline's slug, cut at a word near 60 characters. Two different headlines with one slug (long headlines
 * that share their start) both take a hash of their headline, so neither id depends on which article arrived first.
 */
export function assignArticleIds(headlines: readonly string[]): string[] {
  const slugs = headlines.map((h) => slugify(h) || "article");
  const headlinesBySlug = new Map<string, Set<string>>();
  headlines.forEach((h, i) => {
    const slug = slugs[i] as string;
    headlinesBySlug.set(slug, (headlinesBySlug.get(slug) ?? new Set()).add(normaliseHeadline(h)));
  });
  return slugs.map((slug, i) =>
    (headlinesBySlug.get(slug)?.size ?? 0) > 1
      ? `${slug}-${shortHash(normaliseHeadline(headlines[i] as string))}`
      : slug,
  );
}
