// Loaded only when a search starts (a separate chunk): the search code and its index stay off the first load.

import { type PreparedDoc, prepareDocs, type SearchShardFile, searchEvents } from "../lib/search/searchEvents.ts";
import { whenWords } from "../lib/timeline/describeItem.ts";
import { decodeItems } from "../lib/timeline/encodePayload.ts";
import type { TimelineItem } from "../lib/timeline/types.ts";

/** Results shown at most; the rest are counted. */
const MAX_SHOWN = 50;

/** The loaded search: runs a query over the events on the timeline and draws the results. */
export interface SearchEngine {
  /** Fills `box` with the results for `query` among the events of `topics` (none: all); returns the ids found. */
  render(box: HTMLElement, query: string, topics: readonly string[]): Set<string>;
  /** An event the search knows, by id (a result the reader chose). */
  item(id: string): TimelineItem | undefined;
}

/**
 * Fetches the search index (same origin only, by CSP), a file per year, newest first: the engine is returned as soon
 * as the newest year is in, and `more` runs as each earlier year lands, so the results can be drawn again with it.
 */
export async function loadSearch(files: readonly string[], more: () => void): Promise<SearchEngine> {
  const docs: PreparedDoc[] = [];
  const byId = new Map<string, TimelineItem>();
  let pending = files.length;
  const add = (file: SearchShardFile) => {
    const items = decodeItems(file);
    for (const item of items) byId.set(item.id, item);
    // Folded once per file as it lands, not once per keystroke.
    docs.push(...prepareDocs(items.map((item, i) => ({ ...item, quotes: file.quotes[i] ?? [] }))));
    pending -= 1;
  };
  const loads = files.map(fetchShard);
  const [first, ...rest] = loads;
  if (first) add(await first);
  void (async () => {
    for (const load of rest) {
      add(await load);
      more();
    }
  })().catch(() => {});
  return {
    item: (id) => byId.get(id),
    render(box, query, topics) {
      const wanted = new Set(topics);
      const shown =
        wanted.size === 0
          ? docs
          : docs.filter((doc) => byId.get(doc.id)?.topics.some((topic) => wanted.has(topic)) ?? false);
      const hits = searchEvents(query, shown, MAX_SHOWN);
      const searching = pending > 0 ? " Searching earlier years…" : "";
      const status = document.createElement("p");
      status.className = "tl-results-status";
      status.setAttribute("role", "status");
      status.textContent =
        hits.length === 0
          ? `No event matches “${query}”.`
          : `${hits.length} event${hits.length === 1 ? "" : "s"} match${hits.length === 1 ? "es" : ""} “${query}”${hits.length > MAX_SHOWN ? `; the first ${MAX_SHOWN} are listed` : ""}.`;
      status.textContent += searching;
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

async function fetchShard(src: string): Promise<SearchShardFile> {
  const response = await fetch(src, { credentials: "same-origin" });
  if (!response.ok) throw new Error(`search index ${src}: HTTP ${response.status}`);
  return (await response.json()) as SearchShardFile;
}
