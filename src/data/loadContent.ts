import { getCollection } from "astro:content";
import { sortItems } from "../lib/timeline/sortItems.ts";
import { toTimelineItem } from "../lib/timeline/toTimelineItem.ts";
import type { TimelineItem } from "../lib/timeline/types.ts";
import type { Article } from "../schema/article.ts";
import type { TimelineEvent } from "../schema/event.ts";

// Read once per build and shared by every page: each getCollection() call copies every entry, and tens of thousands
// of events copied once per page was most of the build's memory.
let events: Promise<{ event: TimelineEvent; item: TimelineItem }[]> | null = null;
let articles: Promise<Article[]> | null = null;
let itemsOnly: Promise<TimelineItem[]> | null = null;

/** Every event with its trimmed timeline item, in time order. The same array for every caller: never change it. */
export function loadEvents(): Promise<{ event: TimelineEvent; item: TimelineItem }[]> {
  // The dev server keeps modules while content changes under it: there, read afresh every time.
  if (import.meta.env?.DEV) events = null;
  events ??= getCollection("events").then((entries) => {
    const byId = new Map(entries.map((entry) => [entry.data.id, entry.data]));
    return sortItems(entries.map((entry) => toTimelineItem(entry.data))).map((item) => ({
      event: byId.get(item.id) as TimelineEvent,
      item,
    }));
  });
  return events;
}

/** The timeline items alone, in time order: one array shared by every page, so per-list caches hold across pages. */
export function loadItems(): Promise<TimelineItem[]> {
  if (import.meta.env?.DEV) itemsOnly = null;
  itemsOnly ??= loadEvents().then((all) => all.map(({ item }) => item));
  return itemsOnly;
}

/** Every article, sorted by id so pages and feeds come out in the same order each build. */
export function loadArticles(): Promise<Article[]> {
  if (import.meta.env?.DEV) articles = null;
  articles ??= getCollection("articles").then((entries) =>
    entries.map((entry) => entry.data).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  );
  return articles;
}
