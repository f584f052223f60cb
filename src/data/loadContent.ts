import { getCollection } from "astro:content";
import { sortItems } from "../lib/timeline/sortItems.ts";
import { toTimelineItem } from "../lib/timeline/toTimelineItem.ts";
import type { TimelineItem } from "../lib/timeline/types.ts";
import type { Article } from "../schema/article.ts";
import type { TimelineEvent } from "../schema/event.ts";

/** Every event with its trimmed timeline item, in time order. Pages call this once per build step. */
export async function loadEvents(): Promise<{ event: TimelineEvent; item: TimelineItem }[]> {
  const entries = await getCollection("events");
  const byId = new Map(entries.map((entry) => [entry.data.id, entry.data]));
  return sortItems(entries.map((entry) => toTimelineItem(entry.data))).map((item) => ({
    event: byId.get(item.id) as TimelineEvent,
    item,
  }));
}

/** Every article, sorted by id so pages and feeds come out in the same order each build. */
export async function loadArticles(): Promise<Article[]> {
  const entries = await getCollection("articles");
  return entries.map((entry) => entry.data).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
