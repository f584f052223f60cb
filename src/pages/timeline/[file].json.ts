import type { APIRoute } from "astro";
import { loadItems } from "../../data/loadContent.ts";
import { timelineDataFiles, timelineOverview } from "../../data/timelineFiles.ts";
import { topicsOf } from "../../lib/timeline/encodePayload.ts";
import { COMPACT_ROWS, ROWS } from "../../lib/timeline/geometry.ts";

/**
 * The timeline's data, each file named by a hash of its content: the overviews pages load first (one per page kind and
 * topic), a tile per year of events fetched as the reader moves into it, and the search index, a file per year.
 */
export async function getStaticPaths() {
  const { tiles, search } = await timelineDataFiles();
  const topics = topicsOf(await loadItems());
  const overviews = await Promise.all([
    timelineOverview(COMPACT_ROWS, ""),
    ...["", ...topics].map((topic) => timelineOverview(ROWS, topic)),
  ]);
  return [...overviews, ...tiles, ...search].map((file) => ({
    params: { file: file.src.slice("/timeline/".length, -".json".length) },
    props: { body: file.body },
  }));
}

export const GET: APIRoute = ({ props }) =>
  new Response((props as { body: string }).body, { headers: { "Content-Type": "application/json; charset=utf-8" } });
