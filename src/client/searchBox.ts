import type { TimelineItem } from "../lib/timeline/types.ts";
import type { SearchEngine } from "./searchResults.ts";

/** What the search box asks of the timeline. */
export interface SearchHost {
  /** The topics the filter shows (none: all): the search runs over their events. */
  topics(): readonly string[];
  /** Highlights the events found (null: no search). */
  showMatches(ids: ReadonlySet<string> | null): void;
  /** Opens an event from the results and shows it on the timeline. */
  openEvent(item: TimelineItem): void;
  /** The query changed: the URL follows. */
  queryChanged(query: string): void;
}

/** Pause after the last keystroke before searching, ms. */
const TYPING_MS = 120;

/**
 * The search field: shown once the client runs; the search itself (its code and the search index, a file per year of
 * events with their quotes) loads when the reader starts typing, or at once for a link with ?q=, so the page's first
 * load stays small.
 */
export class SearchBox {
  #input: HTMLInputElement | null;
  #results: HTMLElement | null;
  #host: SearchHost;
  #engine: Promise<SearchEngine> | null = null;
  #files: readonly string[] = [];
  #timer = 0;
  #query = "";

  constructor(root: HTMLElement, host: SearchHost) {
    this.#host = host;
    const form = root.querySelector<HTMLFormElement>("form.tl-search");
    this.#input = form?.querySelector<HTMLInputElement>("input[type=search]") ?? null;
    this.#results = root.querySelector<HTMLElement>(".tl-results");
    if (!form || !this.#input) return;
    form.hidden = false;
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      window.clearTimeout(this.#timer);
      void this.#run(this.#input?.value ?? "").then(() => this.#results?.querySelector<HTMLElement>("a")?.focus());
    });
    this.#input.addEventListener("input", () => {
      window.clearTimeout(this.#timer);
      this.#timer = window.setTimeout(() => void this.#run(this.#input?.value ?? ""), TYPING_MS);
    });
    this.#input.addEventListener("keydown", (event) => {
      if (event.key === "ArrowDown") {
        const first = this.#results?.querySelector<HTMLElement>("a");
        if (first) {
          event.preventDefault();
          first.focus();
        }
      }
    });
    this.#results?.addEventListener("click", (event) => {
      const link = (event.target as Element).closest<HTMLAnchorElement>("a[data-id]");
      if (link?.dataset.id) {
        if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey || event.button !== 0) return;
        event.preventDefault();
        void this.#engine?.then((engine) => {
          const item = engine.item(link.dataset.id ?? "");
          if (item) host.openEvent(item);
        });
        return;
      }
      if ((event.target as Element).closest("button[data-clear]")) this.clear(true);
    });
  }

  /** The query searched for, "" when none. */
  get query(): string {
    return this.#query;
  }

  /** Takes the search index's files (newest first), and searches for a query from the URL (the field shows it too). */
  start(query: string, files: readonly string[]): void {
    this.#files = files;
    if (!this.#input || !query) return;
    this.#input.value = query;
    void this.#run(query);
  }

  /** Runs the search again over a new set of events (the topic filter changed). */
  refresh(): void {
    if (this.#query) void this.#run(this.#query, true);
  }

  /** Empties the field and the results. */
  clear(focus: boolean): void {
    if (this.#input) this.#input.value = "";
    void this.#run("");
    if (focus) this.#input?.focus();
  }

  async #run(raw: string, force = false): Promise<void> {
    const query = raw.replace(/\s+/g, " ").trim();
    if (query === this.#query && !force) return;
    this.#query = query;
    this.#host.queryChanged(query);
    if (!query) {
      if (this.#results) {
        this.#results.hidden = true;
        this.#results.replaceChildren();
      }
      this.#host.showMatches(null);
      return;
    }
    // Each earlier year of the index draws the results again as it lands.
    this.#engine ??= import("./searchResults.ts").then(({ loadSearch }) =>
      loadSearch(this.#files, () => this.refresh()),
    );
    let engine: SearchEngine;
    try {
      engine = await this.#engine;
    } catch {
      this.#engine = null;
      if (this.#results) {
        this.#results.hidden = false;
        this.#results.textContent = "The search could not be loaded. Try again in a moment.";
      }
      return;
    }
    // A newer query may have started while the index loaded.
    if (query !== this.#query || !this.#results) return;
    const ids = engine.render(this.#results, query, this.#host.topics());
    this.#results.hidden = false;
    this.#host.showMatches(ids);
  }
}
