import { type KnownIds, parseView, queryString, type ViewState, viewParams } from "../lib/view/viewState.ts";

/** How long the view must stay still before the URL follows it, ms: no history work per wheel step. */
const SETTLE_MS = 250;

/**
 * The view in the page's URL and history. While the view moves the URL is replaced, once it settles; opening an event
 * from a closed panel pushes one step so Back closes it, switching to another event while the panel is open rewrites
 * that step, and closing undoes it: Back and Close leave the same history, and Close never lands on an earlier event.
 * An embed asks for "replace" only: a frame's pushState lands in the host page's history, where Back should leave the
 * article.
 */
export class ViewHistory {
  #mode: "push" | "replace";
  #known: KnownIds;
  #timer = 0;
  /** Set while our own history.back() (from Close) is on its way: its popstate is not the reader travelling. */
  #back: Promise<void> | null = null;
  #backDone: (() => void) | null = null;

  constructor(mode: "push" | "replace", known: KnownIds = {}) {
    this.#mode = mode;
    this.#known = known;
  }

  /** The view the URL holds now (unknown topics and malformed values dropped). */
  read(): ViewState {
    return parseView(window.location.search, this.#known);
  }

  /** Rewrites the URL to the view as the page understood it: unknown topics and malformed values dropped. */
  tidy(view: ViewState): void {
    this.#write(view, "replace");
  }

  /** Replaces the URL with the view once it has stayed still for a moment. */
  follow(view: () => ViewState): void {
    window.clearTimeout(this.#timer);
    this.#timer = window.setTimeout(() => this.#write(view(), "replace"), SETTLE_MS);
  }

  /** An event opened: a new history step from a closed panel (or, in an embed, the same one rewritten). */
  async opened(view: ViewState, fromClosed: boolean): Promise<void> {
    // A Close just before must finish going back first, or this step would be undone in its place.
    await this.#back;
    const stepped = (window.history.state as { timelineEvent?: string } | null)?.timelineEvent;
    if (fromClosed || !stepped) this.#write(view, this.#mode);
    else window.history.replaceState({ timelineEvent: view.event }, "", urlOf(view));
  }

  /** The event closed by the reader: undoes the step its opening pushed, or rewrites the URL without it. */
  closed(view: ViewState): void {
    if ((window.history.state as { timelineEvent?: string } | null)?.timelineEvent && !this.#back) {
      this.#back = new Promise((done) => {
        this.#backDone = done;
      });
      window.history.back();
    } else this.#write(view, "replace");
  }

  /** Calls `listener` with the URL's view when the reader goes Back or Forward. */
  onTravel(listener: (view: ViewState) => void): void {
    window.addEventListener("popstate", () => {
      if (this.#backDone) {
        this.#backDone();
        this.#backDone = null;
        this.#back = null;
        return;
      }
      listener(this.read());
    });
  }

  #write(view: ViewState, mode: "push" | "replace"): void {
    const { pathname, search, hash } = window.location;
    const url = urlOf(view);
    if (url === `${pathname}${search}${hash}`) return;
    if (mode === "push") window.history.pushState({ timelineEvent: view.event }, "", url);
    else window.history.replaceState(window.history.state, "", url);
  }
}

/** Keys of the view in a URL: everything else there (an embed's theme, height, id …) is left as it is. */
const VIEW_KEYS = ["from", "to", "topics", "event", "q"];

/** The page's URL with the view's parameters in place of the ones it had, the others kept after them. */
function urlOf(view: ViewState): string {
  const { pathname, search, hash } = window.location;
  const params = viewParams(view);
  for (const [key, value] of new URLSearchParams(search)) if (!VIEW_KEYS.includes(key)) params.append(key, value);
  return `${pathname}${queryString(params)}${hash}`;
}
