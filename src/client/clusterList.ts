import { whenWords } from "../lib/timeline/describeItem.ts";
import type { TimelineItem } from "../lib/timeline/types.ts";

/**
 * The small list a cluster opens when zooming cannot draw its events apart (they share a day): a popover by the
 * cluster with a button per event. Choosing one opens it; Escape, a click elsewhere or Tab away closes the list and
 * focus goes back to the cluster.
 */
export class ClusterList {
  #box: HTMLElement;
  #returnTo: SVGElement | null = null;

  constructor(root: HTMLElement, choose: (id: string) => void) {
    const box = document.createElement("div");
    box.className = "tl-cluster-list";
    box.setAttribute("role", "dialog");
    box.hidden = true;
    root.append(box);
    this.#box = box;
    box.addEventListener("click", (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>("button[data-id]");
      if (!button?.dataset.id) return;
      this.close(false);
      choose(button.dataset.id);
    });
    box.addEventListener("keydown", (event) => {
      if (event.key === "Escape") {
        event.stopPropagation();
        this.close(true);
      }
    });
    box.addEventListener("focusout", (event) => {
      if (!box.contains(event.relatedTarget as Node | null)) this.close(false);
    });
    document.addEventListener("pointerdown", (event) => {
      if (!box.hidden && !box.contains(event.target as Node)) this.close(false);
    });
  }

  get isOpen(): boolean {
    return !this.#box.hidden;
  }

  /** Opens the list of `items` by `cluster` and focuses its first entry. */
  open(cluster: SVGElement, items: readonly TimelineItem[]): void {
    this.#returnTo = cluster;
    const heading = document.createElement("p");
    heading.className = "tl-cluster-list-heading";
    heading.id = "tl-cluster-list-heading";
    heading.textContent = `${items.length} events, ${items[0] ? whenWords(items[0]) : ""}`;
    const list = document.createElement("ul");
    for (const item of items) {
      const li = document.createElement("li");
      const button = document.createElement("button");
      button.type = "button";
      button.dataset.id = item.id;
      button.textContent = item.title;
      li.append(button);
      list.append(li);
    }
    this.#box.setAttribute("aria-labelledby", heading.id);
    this.#box.replaceChildren(heading, list);
    this.#box.hidden = false;
    const root = this.#box.offsetParent?.getBoundingClientRect() ?? { left: 0, top: 0, width: 0 };
    const at = cluster.getBoundingClientRect();
    const width = this.#box.offsetWidth;
    const left = Math.min(Math.max(at.left + at.width / 2 - root.left - width / 2, 0), root.width - width);
    this.#box.style.left = `${left}px`;
    this.#box.style.top = `${at.bottom - root.top + 6}px`;
    this.#box.querySelector("button")?.focus();
  }

  /** Closes the list; with `refocus`, focus goes back to the cluster that opened it. */
  close(refocus: boolean): void {
    if (this.#box.hidden) return;
    this.#box.hidden = true;
    if (refocus && this.#returnTo?.isConnected) this.#returnTo.focus();
    this.#returnTo = null;
  }
}
