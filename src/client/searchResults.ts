// Loaded only when a search starts (a separate chunk): the search code and its index stay off the first load.

import { type PreparedDoc, prepareDocs, type SearchIndexFile, searchEvents } from "../lib/search/searchEvents.ts";
import { whenWords } from "../lib/timeline/describeItem.ts";
import type { TimelineItem } from "../lib/timeline/types.ts";

/** Results shown at most; the rest are counted. */
const MAX_SHOWN = 50;

/** The loaded search: runs a query over the events on the timeline and draws the results. */
export interface SearchEngine {
  /** Fills `box` with the results for `query` among `items`; returns the ids found. */
  render(box: HTMLElement, query: string, items: readonly TimelineItem[]): Set<string>;
}

/** Fetches the quotes (same origin only, by CSP) and returns the engine. */
export async function loadSearch(src: string): Promise<SearchEngine> {
  const response = await fetch(src, { credentials: "same-origin" });
  if (!response.ok) throw new Error(`search index ${src}: HTTP ${response.status}`);
  const file = (await response.json()) as SearchIndexFile;
  const quotes = new Map(file.events);
  let prepared: { items: readonly TimelineItem[]; docs: PreparedDoc[] } | null = null;
  return {
    render(box, query, items) {
      // The docs are folded once per list of events, not once per keystroke.
      if (prepared?.items !== items) {
        const docs = items.map((item) => ({
          id: item.id,
          title: item.title,
          start: item.start,
          quotes: quotes.get(item.id) ?? [],
        }));
        prepared = { items, docs: prepareDocs(docs) };
      }
      const hits = searchEvents(query, prepared.docs);
      const byId = new Map(items.map((item) => [item.id, item]));
      const status = document.createElement("p");
      status.className = "tl-results-status";
      status.setAttribute("role", "status");
      status.textContent =
        hits.length === 0
          ? `No event matches “${query}”.`
          : `${hits.length} event${hits.length === 1 ? "" : "s"} match${hits.length === 1 ? "es" : ""} “${query}”${hits.length > MAX_SHOWN ? `; the first ${MAX_SHOWN} are listed` : ""}.`;
      const clear = document.createElement("button");
      clear.type = "button";
      clear.dataset.clear = "";
      clear.textContent = "Clear search";
      const list = document.createElement("ol");
      list.className = "tl-results-list";
      for (const hit of hits.slice(0, MAX_SHOWN)) {
        const item = byId.get(hit.id);
        if (!item) continue;
        const li = document.createElement("li");
        const link = document.createElement("a");
        link.href = `/events/${encodeURIComponent(item.id)}/`;
        link.dataset.id = item.id;
        link.textContent = item.title;
        const when = document.createElement("span");
        when.className = "when";
        when.textContent = whenWords(item);
        li.append(link, " ", when);
        if (hit.snippet && hit.inTitle < query.split(" ").length) {
          const snippet = document.createElement("p");
          snippet.className = "tl-snippet";
          for (const piece of hit.snippet) {
            if (piece.mark) {
              const mark = document.createElement("mark");
              mark.textContent = piece.text;
              snippet.append(mark);
            } else snippet.append(piece.text);
          }
          li.append(snippet);
        }
        list.append(li);
      }
      const bar = document.createElement("div");
      bar.className = "tl-results-bar";
      bar.append(status, clear);
      box.replaceChildren(bar, ...(hits.length > 0 ? [list] : []));
      return new Set(hits.map((hit) => hit.id));
    },
  };
}
