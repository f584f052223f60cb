import { ascending } from "d3-array";
import type { BuildWarning } from "../../../schema/buildReport.ts";
import { foldTypography } from "../../text/typography.ts";
import { warning } from "../warnings.ts";
import { type CopyOutline, outlineCopy } from "./copyOutline.ts";
import type { ArticleCopy } from "./readArticles.ts";

/** One article with every file it was found in. */
export interface UniqueArticle<C = ArticleCopy> {
  /** The copy whose text is used: the fullest one. */
  copy: C;
  /** Every file holding a copy, sorted. */
  files: string[];
}

/** How dedupeCopies sees a copy: its outline, and its text, read only to compare it with another under its headline. */
export interface CopyView<C> {
  outline: (copy: C) => CopyOutline;
  full: (copy: C) => ArticleCopy;
}

/** Whole copies seen as dedupeCopies sees them: each outlined once. */
export function wholeCopyView(): CopyView<ArticleCopy> {
  const outlines = new Map<ArticleCopy, CopyOutline>();
  return {
    outline: (copy) => {
      let outline = outlines.get(copy);
      if (!outline) {
        outline = outlineCopy(copy);
        outlines.set(copy, outline);
      }
      return outline;
    },
    full: (copy) => copy,
  };
}

/** dedupeCopies over whole copies. */
export function dedupeArticles(copies: readonly ArticleCopy[]) {
  return dedupeCopies(copies, wholeCopyView());
}

/**
 * Folds copies of one article found in several files (same headline up to case, quotes and spacing, and text in common)
 * into one. The copy with the most paragraphs wins, the first file on a tie; copies whose text differs beyond typography
 * are reported so nobody loses a correction. Two stories under one headline with no text in common stay two. Copies
 * are compared by their outlines; their text is read only for two copies under one headline whose bodies differ.
 */
export function dedupeCopies<C>(
  copies: readonly C[],
  view: CopyView<C>,
): {
  articles: UniqueArticle<C>[];
  duplicates: number;
  warnings: BuildWarning[];
} {
  const groups = new Map<string, C[][]>();
  for (const copy of copies) {
    const key = view.outline(copy).names.key;
    const stories = groups.get(key) ?? [];
    const story = stories.find((s) => s.some((c) => oneStory(c, copy, view)));
    if (story) story.push(copy);
    else stories.push([copy]);
    groups.set(key, stories);
  }
  const warnings: BuildWarning[] = [];
  const articles = [...groups.values()].flatMap((stories) =>
    stories.map((group, i) => {
      const sorted = [...group].sort((a, b) => ascending(view.outline(a).file, view.outline(b).file));
      const copy = sorted.reduce(
        (best, c) => (view.outline(c).paragraphs > view.outline(best).paragraphs ? c : best),
        sorted[0] as C,
      );
      const used = view.outline(copy);
      for (const other of sorted) {
        const outline = view.outline(other);
        if (other !== copy && outline.body !== used.body) {
          warnings.push(
            warning(
              outline.file,
              `"${used.headline.text}" differs from its copy in ${used.file}; used the fuller copy there`,
              outline.headline.line,
            ),
          );
        }
      }
      if (i > 0) {
        const first = view.outline((stories[0] as C[])[0] as C);
        warnings.push(
          warning(
            used.file,
            `"${used.headline.text}" also heads a story with no text in common in ${first.file}; kept both`,
            used.headline.line,
          ),
        );
      }
      return { copy, files: [...new Set(sorted.map((c) => view.outline(c).file))] };
    }),
  );
  return { articles, duplicates: copies.length - articles.length, warnings };
}

/** Whether two copies under one headline are one story: the same body, or text in common (shareText). */
function oneStory<C>(a: C, b: C, view: CopyView<C>): boolean {
  return view.outline(a).body === view.outline(b).body || shareText(view.full(a), view.full(b));
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
