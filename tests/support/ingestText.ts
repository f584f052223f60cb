import { readFileSync } from "node:fs";
import { join } from "node:path";
import { indexMetadata, planArticles } from "../../src/lib/ingest/2-published/index.ts";
import { processArticle, readArticles } from "../../src/lib/ingest/index.ts";
import { compileGazetteer } from "../../src/lib/ingest/matchGazetteer.ts";
import { gazetteerSchema } from "../../src/schema/gazetteer.ts";

const match = compileGazetteer(
  gazetteerSchema.parse(JSON.parse(readFileSync(join(import.meta.dirname, "../../content/gazetteer.json"), "utf8"))),
);

/** One text-only article (no sidecar, no front matter) through the per-article stages, as the ingest runs it. */
export function ingestText(text: string) {
  const [copy] = readArticles({ file: "page.txt", size: text.length, bytes: new TextEncoder().encode(text) }).copies;
  if (!copy) throw new Error("no article read");
  const { jobs } = planArticles([{ copy, files: [copy.file] }], {
    metadata: indexMetadata([]),
    overrides: [],
    overridesFile: "overrides.json",
  });
  return processArticle(jobs[0] as (typeof jobs)[number], match);
}

/** A scraped page: its lines, each block separated from the next by a blank line. */
export const page = (...blocks: readonly string[]) => blocks.join("\n\n");

/** A short story the furniture tables put their lines around: a headline, a date line and two body paragraphs. */
export const STORY = {
  headline: "Strikes Hit Targets Across the Strip",
  dateLine: "Published October 10, 2023",
  lede: "Israeli officials said on Monday that air strikes had hit dozens of militant targets.",
  closing: "Officials gave no figures for the dead or wounded in the strikes.",
} as const;

/** STORY's body paragraphs. */
export const STORY_BODY: readonly string[] = [STORY.lede, STORY.closing];

/** What the read stage made of a page: caption lines, paragraphs, page lines, the day and the events' quotes. */
export function readPage(...blocks: string[]) {
  const { article, candidates } = ingestText(page(...blocks));
  return {
    captions: article.captionLines.map((c) => c.text),
    paragraphs: article.paragraphs.map((p) => p.text),
    pageLines: article.pageLines.map((l) => l.text),
    published: article.published,
    quotes: candidates.map((c) => c.quote),
  };
}
