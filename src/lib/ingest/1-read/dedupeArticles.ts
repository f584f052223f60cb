import { ascending } from "d3-array";
import type { BuildWarning } from "../../../schema/buildReport.ts";
import { normaliseHeadline } from "../../text/typography.ts";
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
 * Folds copies of one article found in several files (same headline up to case, quotes and spacing) into one. The copy with
 * the most paragraphs wins, the first file on a tie; copies whose text differs are reported so nobody loses a correction.
 */
export function dedupeArticles(copies: readonly ArticleCopy[]): {
  articles: UniqueArticle[];
  duplicates: number;
  warnings: BuildWarning[];
} {
  const groups = new Map<string, ArticleCopy[]>();
  for (const copy of copies) {
    const key = normaliseHeadline(copy.raw.headline.text);
    groups.set(key, [...(groups.get(key) ?? []), copy]);
  }
  const warnings: BuildWarning[] = [];
  const articles = [...groups.values()].map((group) => {
    const sorted = [...group].sort((a, b) => ascending(a.file, b.file));
    const copy = sorted.reduce(
      (best, c) => (c.raw.paragraphs.length > best.raw.paragraphs.length ? c : best),
      sorted[0] as ArticleCopy,
    );
    const body = (c: ArticleCopy) => c.raw.paragraphs.map((p) => p.text).join("\n");
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
    return { copy, files: [...new Set(sorted.map((c) => c.file))] };
  });
  return { articles, duplicates: copies.length - groups.size, warnings };
}
