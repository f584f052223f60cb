import { formatView, type KnownIds, parseView, type ViewState } from "../lib/view/viewState.ts";

/** How long the view must stay still before the URL follows it, ms: no history work per wheel step. */
const SETTLE_MS = 250;

/**
 * The view in the page's URL and history. While the view moves the URL is replaced, once it settles; opening an event
 * pushes a step so Back closes it, and closing undoes that step, so Back and Close leave the same history. An embed
 * asks for "replace" only: a frame's pushState lands in the host page's history, where Back should leave the article.
 */
export class ViewHistory {
  #mode: "push" | "replace";
  #known: KnownIds;
  #timer = 0;

  constructor(mode: "push" | "replace", known: KnownIds = {}) {
    this.#mode = mode;
    this.#known = known;
  }

  /** The view the URL holds now (unknown topics and malformed values dropped). */
  read(): ViewState {
    return parseView(window.location.search, this.#known);
  }

  /** Replaces the URL with the view once it has stayed still for a moment. */
  follow(view: () => ViewState): void {
    window.clearTimeout(this.#timer);
    this.#timer = window.setTimeout(() => this.#write(view(), "replace"), SETTLE_MS);
  }

  /** An event opened: a new history step (or, in an embed, the same one rewritten). */
  opened(view: ViewState): void {
    this.#write(view, this.#mode);
  }

  /** The event closed by the reader: undoes the step its opening pushed, or rewrites the URL without it. */
  closed(view: ViewState): void {
    if ((window.history.state as { timelineEvent?: string } | null)?.timelineEvent) window.history.back();
    else this.#write(view, "replace");
  }

  /** Calls `listener` with the URL's view when the reader goes Back or Forward. */
  onTravel(listener: (view: ViewState) => void): void {
    window.addEventListener("popstate", () => listener(this.read()));
  }

  #write(view: ViewState, mode: "push" | "replace"): void {
    const { pathname, search, hash } = window.location;
    const url = `${pathname}${formatView(view)}${hash}`;
    if (url === `${pathname}${search}${hash}`) return;
    if (mode === "push") window.history.pushState({ timelineEvent: view.event }, "", url);
    else window.history.replaceState(window.history.state, "", url);
  }
}
