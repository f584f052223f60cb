import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { loadItems } from "../data/loadContent.ts";
import { formatDateValue } from "../lib/dates/formatDateValue.ts";
import { latestEvents } from "../lib/site/latestEvents.ts";

/** The 50 latest events; an item's date is its event's first day, the only date every event has. */
export const GET: APIRoute = async (context) => {
  const items = latestEvents(await loadItems(), 50);
  return rss({
    title: "News timeline: latest events",
    description: "The most recent events dated from news articles about Syria, Gaza, Lebanon and their neighbours.",
    site: context.site ?? "http://localhost:4321",
    trailingSlash: true,
    items: items.map((item) => ({
      title: item.title,
      link: `/events/${item.id}/`,
      pubDate: new Date(`${item.start}T00:00:00Z`),
      description: `${formatDateValue(item)}: ${item.title}`,
      categories: item.topics,
    })),
  });
};
