import { ascending } from "d3-array";
import type { BuildWarning } from "../../../schema/buildReport.ts";
import { foldTypography, normaliseHeadline } from "../../text/typography.ts";
import { warning } from "../warnings.ts";
import type { ArticleCopy } from "./readArticles.ts";

/** One article with every file it was found in. */
export interface UniqueArticle {
  /** The copy whose text is used: the fullest one. */
  copy: ArticleCopy;
  /** Every file holding a copy, sorted. */
  files: string[];
}

/**
 * Folds copies of one article found in several files (same headline up to case, quotes and spacing, and text in common)
 * into one. The copy with the most paragraphs wins, the first file on a tie; copies whose text differs beyond typography
 * are reported so nobody loses a correction. Two stories under one headline with no text in common stay two.
 */
export function dedupeArticles(copies: readonly ArticleCopy[]): {
  articles: UniqueArticle[];
  duplicates: number;
  warnings: BuildWarning[];
} {
  const groups = new Map<string, ArticleCopy[][]>();
  for (const copy of copies) {
    const key = normaliseHeadline(copy.raw.headline.text);
    const stories = groups.get(key) ?? [];
    const story = stories.find((s) => s.some((c) => shareText(c, copy)));
    if (story) story.push(copy);
    else stories.push([copy]);
    groups.set(key, stories);
  }
  const warnings: BuildWarning[] = [];
  const articles = [...groups.values()].flatMap((stories) =>
    stories.map((group, i) => {
      const sorted = [...group].sort((a, b) => ascending(a.file, b.file));
      const copy = sorted.reduce(
        (best, c) => (c.raw.paragraphs.length > best.raw.paragraphs.length ? c : best),
        sorted[0] as ArticleCopy,
      );
      for (const other of sorted) {
        if (other !== copy && body(other) !== body(copy)) {
          warnings.push(
            warning(
              other.file,
              `"${copy.raw.headline.text}" differs from its copy in ${copy.file}; used the fuller copy there`,
              other.raw.headline.line,
            ),
          );
        }
      }
      if (i > 0) {
        const first = (stories[0] as ArticleCopy[])[0] as ArticleCopy;
        warnings.push(
          warning(
            copy.file,
            `"${copy.raw.headline.text}" also heads a story with no text in common in ${first.file}; kept both`,
            copy.raw.headline.line,
          ),
        );
      }
      return { copy, files: [...new Set(sorted.map((c) => c.file))] };
    }),
  );
  return { articles, duplicates: copies.length - articles.length, warnings };
}

/** A copy's paragraphs with typography folded: curly or straight quotes and spacing are no correction. */
function body(copy: ArticleCopy): string {
  return copy.raw.paragraphs.map((p) => foldTypography(p.text)).join("\n");
}

/** Share of the shorter copy's words the other must hold for two copies without a paragraph in common to be one story. */
const SHARED_WORDS = 0.6;

/**
 * True when two copies under one headline are one story: a paragraph in common (typography folded), or most of the
 * shorter copy's words of four letters or more in the other (a re-scrape that reworded every paragraph a little).
 */
function shareText(a: ArticleCopy, b: ArticleCopy): boolean {
  const paragraphs = (c: ArticleCopy) => c.raw.paragraphs.map((p) => foldTypography(p.text).toLowerCase());
  const inA = new Set(paragraphs(a));
  if (paragraphs(b).some((p) => inA.has(p))) return true;
  const words = (c: ArticleCopy) =>
    new Set(
      paragraphs(c)
        .join(" ")
        .match(/\p{L}{4,}/gu) ?? [],
    );
  const [wa, wb] = [words(a), words(b)];
  const [small, large] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
  if (small.size === 0) return true;
  return [...small].filter((w) => large.has(w)).length / small.size >= SHARED_WORDS;
}
