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
