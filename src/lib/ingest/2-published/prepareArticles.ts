import { ascending } from "d3-array";
import type { PublishedBasis } from "../../../schema/article.ts";
import type { BuildWarning } from "../../../schema/buildReport.ts";
import type { ArticleOverride } from "../../../schema/overrides.ts";
import { type HeadlineNames, headlineNames } from "../../text/headlineNames.ts";
import { shortHash } from "../../text/shortHash.ts";
import {
  type ArticleCopy,
  type Caption,
  type PageLine,
  parseCaption,
  type SourceLine,
  type UniqueArticle,
} from "../1-read/index.ts";
import type { GazetteerMatcher } from "../matchGazetteer.ts";
import { warning } from "../warnings.ts";
import { type ArticleMeta, httpUrl, type MetadataIndex } from "./matchMetadata.ts";
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

/** What planning needs besides the articles: sidecar metadata and the editors' article overrides. */
export interface PlanContext {
  metadata: MetadataIndex;
  overrides: readonly ArticleOverride[];
  overridesFile: string;
}

/**
 * One article as the per-article stages take it: everything its result depends on besides the gazetteer and the code.
 * Plain data, so it can go to a worker thread and into a cache key.
 */
export interface ArticleJob<C = ArticleCopy> {
  id: string;
  /** The copy whose text is used (the fullest of the article's copies); a script may plan with a stand-in for it. */
  copy: C;
  /** Every file holding a copy, sorted. */
  files: string[];
  /** The sidecar entry that applies, or null. */
  meta: ArticleMeta | null;
  /** The editors' pin of the publication day: a day, null (undated), or absent when there is none. */
  pin?: string | null;
}

/**
 * The cross-article half of preparing: each article's id (ids depend on the other headlines), its sidecar entry (an entry
 * may match several articles) and its override; warns about overrides that match no article. Jobs are sorted by id.
 */
export function planArticles<C = ArticleCopy>(
  unique: readonly UniqueArticle<C>[],
  context: PlanContext,
  namesOf: (copy: C) => HeadlineNames = (copy) => headlineNames((copy as ArticleCopy).raw.headline.text),
): { jobs: ArticleJob<C>[]; warnings: BuildWarning[] } {
  const names = unique.map((u) => namesOf(u.copy));
  const ids = assignArticleIds(
    names,
    unique.map((u) => u.files[0] as string),
  );
  const headlineOf = (i: number) => (names[i] as HeadlineNames).headline;
  const pins = new Map(context.overrides.map((o) => [o.id, o.published]));
  // How many articles each file holds: a sidecar entry that lists a file holding one article describes that article.
  const perFile = new Map<string, number>();
  for (const u of unique) for (const file of u.files) perFile.set(file, (perFile.get(file) ?? 0) + 1);
  const jobs = unique.map(({ copy, files }, i): ArticleJob<C> => {
    const id = ids[i] as string;
    const soleIn = files.filter((file) => perFile.get(file) === 1);
    const job: ArticleJob<C> = { id, copy, files, meta: context.metadata.lookup(headlineOf(i), files, soleIn) };
    // Absent rather than undefined, so a job means the same after a trip through JSON (to a worker, into a cache key).
    const pin = pins.get(id);
    if (pin !== undefined) job.pin = pin;
    return job;
  });
  const known = new Set(ids);
  const warnings = context.overrides
    .filter((o) => !known.has(o.id))
    .map((o) =>
      warning(
        context.overridesFile,
        `override for article "${o.id}" matches no article; it may have been renamed or removed`,
      ),
    );
  return { jobs: jobs.sort((a, b) => ascending(a.id, b.id)), warnings };
}

/** The per-article half: metadata (front matter, then sidecar), publication day and topics of one planned article. */
export function prepareArticle(
  job: ArticleJob,
  match: GazetteerMatcher,
): { article: PreparedArticle; warnings: BuildWarning[] } {
  const warnings: BuildWarning[] = [];
  const { id, copy, files, meta } = job;
  const { raw, frontMatter } = copy;
  const authoredUrl = frontMatter?.url ?? null;
  if (authoredUrl && httpUrl(authoredUrl) === null)
    warnings.push(warning(copy.file, `url "${authoredUrl}" is not http(s); ignored`, 1));
  const captions = raw.captions.map((c) => parseCaption(c.text));
  const paragraphs = raw.paragraphs;
  const url = httpUrl(authoredUrl) ?? meta?.url ?? null;
  const guess = choosePublished({
    override: job.pin,
    frontMatter,
    meta,
    url,
    captions,
    pageLines: raw.pageLines,
    paragraphs: paragraphs.map((p) => p.text),
    lead: raw.lead,
    headlineLine: raw.headline.line,
  });
  const article: PreparedArticle = {
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
    topics: match([raw.headline.text, ...paragraphs.map((p) => p.text)].join("\n")).topics,
  };
  return { article, warnings };
}

/**
 * Article ids: the headline's slug, cut at a word near 60 characters. Two different headlines with one slug (long headlines
 * that share their start) both take a hash of their headline, so neither id depends on which article arrived first. Two
 * stories under one headline (dedupeArticles keeps them apart) take a hash of the headline and their first file.
 * Headlines come as text or with their names already made (a copy's outline keeps them).
 */
export function assignArticleIds(
  headlines: readonly (string | HeadlineNames)[],
  files: readonly string[] = [],
): string[] {
  const names = headlines.map((h) => (typeof h === "string" ? headlineNames(h) : h));
  const slugs = names.map((n) => n.slug);
  const keys = names.map((n) => n.key);
  const keysBySlug = new Map<string, string[]>();
  keys.forEach((key, i) => {
    const slug = slugs[i] as string;
    const shared = keysBySlug.get(slug);
    if (shared) shared.push(key);
    else keysBySlug.set(slug, [key]);
  });
  return slugs.map((slug, i) => {
    const key = keys[i] as string;
    const shared = keysBySlug.get(slug) ?? [];
    if (shared.length < 2) return slug;
    const twins = shared.filter((k) => k === key).length > 1;
    return `${slug}-${shortHash(twins ? `${key}\n${files[i] ?? i}` : key)}`;
  });
}
