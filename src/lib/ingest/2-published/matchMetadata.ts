import type { BuildWarning } from "../../../schema/buildReport.ts";
import { normaliseHeadline } from "../../text/typography.ts";
import type { Sidecar } from "../1-read/index.ts";
import { warning } from "../warnings.ts";

/** Publisher metadata as it applies to one article. */
export interface ArticleMeta {
  url: string | null;
  /** undefined: the sidecar does not say; null: the publisher did not record it. */
  published: string | null | undefined;
  publisher: string | null;
  language: string | null;
}

interface Entry {
  sidecar: string;
  index: number;
  files: readonly string[] | null;
  meta: ArticleMeta;
}

/**
 * Finds the metadata for an article, by normalised headline and, when an entry lists files, by file; else, by a listed
 * file the article is the only one of (`soleIn`): a page whose headline line was scraped otherwise, or under a site's
 * label, is still that entry's article.
 */
export interface MetadataIndex {
  lookup(headline: string, files: readonly string[], soleIn?: readonly string[]): ArticleMeta | null;
  /** Warnings for bad URLs, ambiguous and unused entries; call after every lookup. */
  warnings(): BuildWarning[];
}

/** Indexes sidecars so each article finds its entry in one step. */
export function indexMetadata(sidecars: readonly Sidecar[]): MetadataIndex {
  const byHeadline = new Map<string, Entry[]>();
  const byFile = new Map<string, Entry[]>();
  const warnings: BuildWarning[] = [];
  for (const { file, meta } of sidecars) {
    meta.articles.forEach((article, index) => {
      const url = httpUrl(article.url ?? null);
      if (article.url && url === null)
        warnings.push(
          warning(file, `articles[${index}] ("${article.headline}"): url "${article.url}" is not http(s); ignored`),
        );
      const entry: Entry = {
        sidecar: file,
        index,
        files: article.files ?? null,
        meta: {
          url,
          published: article.published,
          publisher: article.publisher ?? meta.publisher ?? null,
          language: article.language ?? meta.language ?? null,
        },
      };
      const key = normaliseHeadline(article.headline);
      byHeadline.set(key, [...(byHeadline.get(key) ?? []), entry]);
      for (const listed of entry.files ?? []) byFile.set(listed, [...(byFile.get(listed) ?? []), entry]);
    });
  }
  const used = new Set<Entry>();
  return {
    lookup(headline, files, soleIn = []) {
      let matches = (byHeadline.get(normaliseHeadline(headline)) ?? []).filter(
        (e) => e.files === null || e.files.some((f) => files.includes(f)),
      );
      if (matches.length === 0) matches = [...new Set(soleIn.flatMap((file) => byFile.get(file) ?? []))];
      const first = matches[0];
      if (!first) return null;
      if (matches.length > 1)
        warnings.push(
          warning(first.sidecar, `several metadata entries match "${headline}"; used articles[${first.index}]`),
        );
      for (const m of matches) used.add(m);
      return first.meta;
    },
    warnings() {
      const unused = [...byHeadline.values()].flat().filter((e) => !used.has(e));
      return [
        ...warnings,
        ...unused.map((e) =>
          warning(
            e.sidecar,
            `articles[${e.index}] matches no article (check the headline${e.files ? " and files" : ""})`,
          ),
        ),
      ];
    },
  };
}

/** The URL if it is http or https, else null: other schemes (javascript:, file:) must never reach a link. */
export function httpUrl(url: string | null): string | null {
  if (url === null) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? url : null;
  } catch {
    return null;
  }
}
