import { ascending } from "d3-array";
import type { PublishedBasis } from "../../../schema/article.ts";
import type { BuildWarning } from "../../../schema/buildReport.ts";
import type { ArticleOverride } from "../../../schema/overrides.ts";
import { shortHash } from "../../text/shortHash.ts";
import { slugify } from "../../text/slugify.ts";
import { normaliseHeadline } from "../../text/typography.ts";
import { type Caption, type PageLine, parseCaption, type SourceLine, type UniqueArticle } from "../1-read/index.ts";
import type { GazetteerMatcher } from "../matchGazetteer.ts";
import { warning } from "../warnings.ts";
import { httpUrl, type MetadataIndex } from "./matchMetadata.ts";
import { choosePublished } from "./publishedDay.ts";

/** An article with its id, metadata, publication day and topics: everything but its dates and events. */
export interface PreparedArticle {
  id: string;
  headline: string;
  files: string[];
  /** The file whose copy is used, for warnings that point at a line. */
  file: string;
  url: string | null;
  publisher: string | null;
  language: string;
  published: string | null;
  publishedBasis: PublishedBasis;
  publishedConfidence: number;
  captions: Caption[];
  captionLines: SourceLine[];
  pageLines: PageLine[];
  paragraphs: SourceLine[];
  /** Index of the story's first paragraph; those before it are the standfirst. */
  lead: number;
  topics: string[];
}

/** What preparing needs besides the articles. */
export interface PrepareContext {
  metadata: MetadataIndex;
  match: GazetteerMatcher;
  overrides: readonly ArticleOverride[];
  overridesFile: string;
}

/** Gives each article its id, metadata (front matter, then sidecar), publication day and topics; sorted by id. */
export function prepareArticles(
  unique: readonly UniqueArticle[],
  context: PrepareContext,
): { articles: PreparedArticle[]; warnings: BuildWarning[] } {
  const warnings: BuildWarning[] = [];
  const ids = assignArticleIds(unique.map((u) => u.copy.raw.headline.text));
  const pins = new Map(context.overrides.map((o) => [o.id, o.published]));
  const articles = unique.map(({ copy, files }, i): PreparedArticle => {
    const id = ids[i] as string;
    const { raw, frontMatter } = copy;
    const meta = context.metadata.lookup(raw.headline.text, files);
    const authoredUrl = frontMatter?.url ?? null;
    if (authoredUrl && httpUrl(authoredUrl) === null)
      warnings.push(warning(copy.file, `url "${authoredUrl}" is not http(s); ignored`, 1));
    const captions = raw.captions.map((c) => parseCaption(c.text));
    const paragraphs = raw.paragraphs;
    const url = httpUrl(authoredUrl) ?? meta?.url ?? null;
    const guess = choosePublished({
      override: pins.get(id),
      frontMatter,
      meta,
      url,
      captions,
      pageLines: raw.pageLines,
      paragraphs: paragraphs.map((p) => p.text),
      lead: raw.lead,
    });
    return {
      id,
      headline: raw.headline.text,
      files,
      file: copy.file,
      url,
      publisher: frontMatter?.publisher ?? meta?.publisher ?? null,
      language: frontMatter?.language ?? meta?.language ?? "en",
      published: guess.published,
      publishedBasis: guess.basis,
      publishedConfidence: guess.confidence,
      captions,
      captionLines: raw.captions,
      pageLines: raw.pageLines,
      paragraphs,
      lead: raw.lead,
      topics: context.match([raw.headline.text, ...paragraphs.map((p) => p.text)].join("\n")).topics,
    };
  });
  const known = new Set(ids);
  for (const o of context.overrides) {
    if (!known.has(o.id))
      warnings.push(
        warning(
          context.overridesFile,
          `override for article "${o.id}" matches no article; it may have been renamed or removed`,
        ),
      );
  }
  return { articles: articles.sort((a, b) => ascending(a.id, b.id)), warnings };
}

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
