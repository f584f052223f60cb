/**
 * The timeline's detail panel: shows an event's page content with a permalink, moves focus to its
 * heading, and on close hands focus back to where it was. Previous and Next step through the events
 * the timeline shows. History is the timeline's business, not its.
 */
export class DetailPanel {
  #panel: HTMLElement;
  #body: HTMLElement;
  #permalink: HTMLAnchorElement | null;
  #steps: HTMLButtonElement[];
  #returnFocus: Element | null = null;
  #request = 0;

  /** `onCloseRequest` runs when the reader asks to close (the button or Escape); `onStep` for Previous (−1) and Next (1). */
  constructor(root: HTMLElement, onCloseRequest: () => void, onStep: (by: -1 | 1) => void) {
    const panel = root.querySelector<HTMLElement>(".tl-panel");
    const body = root.querySelector<HTMLElement>("[data-panel-body]");
    if (!panel || !body) throw new Error("news-timeline: .tl-panel with [data-panel-body] is missing");
    this.#panel = panel;
    this.#body = body;
    this.#permalink = root.querySelector<HTMLAnchorElement>("[data-permalink]");
    this.#steps = [...panel.querySelectorAll<HTMLButtonElement>("button[data-step]")];
    for (const button of this.#steps)
      button.addEventListener("click", () => onStep(button.dataset.step === "-1" ? -1 : 1));
    root.querySelector("[data-close]")?.addEventListener("click", onCloseRequest);
    panel.addEventListener("keydown", (event) => {
      if (event.key === "Escape") onCloseRequest();
    });
  }

  get isOpen(): boolean {
    return !this.#panel.hidden;
  }

  /** Fills and shows the panel for an event; returns its title, or null when the event page could not be read. */
  async open(id: string, takeFocus: boolean): Promise<string | null> {
    if (takeFocus && !this.#panel.contains(document.activeElement)) this.#returnFocus = document.activeElement;
    // Stepping quickly must not let a slow earlier page land after a later one.
    const request = ++this.#request;
    const article = await fetchArticle(id);
    if (request !== this.#request) return null;
    if (article) this.#body.replaceChildren(article);
    if (this.#permalink) this.#permalink.href = `/events/${encodeURIComponent(id)}/`;
    this.#panel.hidden = false;
    const title = this.#body.querySelector<HTMLElement>(".event-title");
    if (takeFocus) title?.focus();
    return article ? (title?.textContent ?? null) : null;
  }

  /** Names the neighbours Previous and Next go to, or disables them at either end. */
  setSteps(previous: string | null, next: string | null): void {
    for (const button of this.#steps) {
      const title = button.dataset.step === "-1" ? previous : next;
      button.disabled = title === null;
      button.title = title ?? "";
    }
  }

  /** Hides the panel and puts focus back where it was, or on `fallback` when that element is gone. */
  close(fallback: Element | null | undefined): void {
    this.#request += 1;
    this.#panel.hidden = true;
    const back = this.#returnFocus?.isConnected ? this.#returnFocus : fallback;
    (back as HTMLElement | SVGElement | null | undefined)?.focus();
    this.#returnFocus = null;
  }
}

/**
 * The event page's own article, fetched and imported, so the panel and the page never differ. Only our
 * same-origin, already-escaped page is parsed; its scripts never run (DOMParser).
 */
async function fetchArticle(id: string): Promise<HTMLElement | null> {
  const response = await fetch(`/events/${encodeURIComponent(id)}/`, { credentials: "same-origin" });
  if (!response.ok) return null;
  const page = new DOMParser().parseFromString(await response.text(), "text/html");
  const article = page.querySelector<HTMLElement>("article.event-detail");
  if (!article) return null;
  const imported = document.importNode(article, true);
  // The page's h1 becomes the panel's h2: the home page keeps a single top heading.
  const h1 = imported.querySelector("h1");
  if (h1) {
    const h2 = document.createElement("h2");
    for (const attribute of h1.attributes) h2.setAttribute(attribute.name, attribute.value);
    h2.append(...h1.childNodes);
    h1.replaceWith(h2);
  }
  for (const h2 of imported.querySelectorAll("h2:not(.event-title)")) {
    const h3 = document.createElement("h3");
    h3.append(...h2.childNodes);
    h2.replaceWith(h3);
  }
  return imported;
}
