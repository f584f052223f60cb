import { whenWords, windowWords } from "../lib/timeline/describeItem.ts";
import type { EdgeCounts } from "../lib/timeline/edgeCounts.ts";
import type { TimelineItem } from "../lib/timeline/types.ts";

/**
 * The ways out of an empty or edge-bound view: "← 6 earlier" and "21 later →" under the drawing, each naming its
 * nearest event's date and taking the view there, and, when the window holds no event, a message in the drawing
 * that says so and offers the nearest events on each side.
 */
export class EdgeNav {
  #before: HTMLAnchorElement | null;
  #after: HTMLAnchorElement | null;
  #empty: HTMLElement | null;
  #last = "";

  /** `go` shows an event (panning the view to it) as the reader chooses a way out. */
  constructor(root: HTMLElement, go: (item: TimelineItem, side: "before" | "after") => void) {
    // The server drew one row per screen class; the one kept is the one on screen.
    const rows = [...root.querySelectorAll<HTMLElement>(".tl-edges-row")];
    const kept = rows.find((row) => row.getBoundingClientRect().height > 0) ?? rows[0];
    for (const row of rows) if (row !== kept) row.remove();
    kept?.classList.remove("tl-for-narrow", "tl-for-medium", "tl-for-wide");
    this.#before = kept?.querySelector<HTMLAnchorElement>("[data-edge=before]") ?? null;
    this.#after = kept?.querySelector<HTMLAnchorElement>("[data-edge=after]") ?? null;
    this.#empty = root.querySelector<HTMLElement>(".tl-empty");
    const follow = (event: MouseEvent, side: "before" | "after") => {
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey || event.button !== 0) return;
      const item = this.#targets[side];
      if (!item) return;
      event.preventDefault();
      go(item, side);
    };
    this.#before?.addEventListener("click", (event) => follow(event, "before"));
    this.#after?.addEventListener("click", (event) => follow(event, "after"));
    this.#empty?.addEventListener("click", (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>("button[data-edge]");
      const side = button?.dataset.edge as "before" | "after" | undefined;
      const item = side ? this.#targets[side] : null;
      if (side && item) go(item, side);
    });
  }

  #targets: { before: TimelineItem | null; after: TimelineItem | null } = { before: null, after: null };

  /** Rewrites the links (and the empty message) for the view; cheap when nothing changed. */
  update(edges: EdgeCounts, window: readonly [number, number]): void {
    const key = `${edges.before},${edges.previous?.id},${edges.after},${edges.next?.id},${edges.inside === 0 ? window.join() : ""}`;
    if (key === this.#last) return;
    this.#last = key;
    this.#targets = { before: edges.previous, after: edges.next };
    fill(this.#before, edges.before, edges.previous, "earlier");
    fill(this.#after, edges.after, edges.next, "later");
    const empty = this.#empty;
    if (!empty) return;
    empty.hidden = edges.inside > 0;
    if (edges.inside > 0) return;
    const message = document.createElement("p");
    message.textContent = `No events from ${windowWords(window)}.`;
    const ways = document.createElement("p");
    ways.className = "tl-empty-ways";
    for (const [side, item] of [
      ["before", edges.previous],
      ["after", edges.next],
    ] as const) {
      if (!item) continue;
      const button = document.createElement("button");
      button.type = "button";
      button.dataset.edge = side;
      const arrow = document.createElement("span");
      arrow.setAttribute("aria-hidden", "true");
      arrow.textContent = side === "before" ? "← " : " →";
      const words = document.createElement("span");
      words.textContent = `${side === "before" ? "Nearest before" : "Nearest after"}: ${item.title}, ${whenWords(item)}`;
      if (side === "before") button.append(arrow, words);
      else button.append(words, arrow);
      ways.append(button);
    }
    empty.replaceChildren(message, ways);
  }
}

function fill(link: HTMLAnchorElement | null, count: number, item: TimelineItem | null, word: string): void {
  if (!link) return;
  link.hidden = count === 0 || !item;
  if (!item) return;
  link.href = `/events/${encodeURIComponent(item.id)}/`;
  const number = link.querySelector("[data-edge-count]");
  const date = link.querySelector(".tl-edge-date");
  if (number) number.textContent = `${count} ${word}`;
  if (date) date.textContent = whenWords(item);
}
