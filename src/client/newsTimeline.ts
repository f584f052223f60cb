import { select } from "d3-selection";
import "d3-transition";
import { type ZoomBehavior, type ZoomTransform, zoom, zoomIdentity } from "d3-zoom";
import { DAY_MS } from "../lib/dates/isoDay.ts";
import { fullExtent } from "../lib/timeline/defaultDomain.ts";
import { describeItem, describeView } from "../lib/timeline/describeItem.ts";
import { filterByTopics } from "../lib/timeline/filterByTopics.ts";
import { timelineHeight } from "../lib/timeline/geometry.ts";
import { keyAction } from "../lib/timeline/keyAction.ts";
import { type Lane, splitLanes } from "../lib/timeline/layoutLanes.ts";
import { layoutTimeline } from "../lib/timeline/layoutTimeline.ts";
import { itemTimes } from "../lib/timeline/prepareItems.ts";
import { sortItems } from "../lib/timeline/sortItems.ts";
import { stepIndex } from "../lib/timeline/stepIndex.ts";
import type { TimelineItem } from "../lib/timeline/types.ts";
import { MIN_WINDOW_MS, makeScale, maxZoom, transformFor } from "../lib/timeline/zoomLimits.ts";
import { daysOfWindow, type ViewState, windowOfDays } from "../lib/view/viewState.ts";
import { DetailPanel } from "./detailPanel.ts";
import { keepOneSvg } from "./keepOneSvg.ts";
import { loadItems } from "./loadItems.ts";
import { renderTimeline } from "./renderTimeline.ts";
import { bindTopicFilters } from "./topicFilters.ts";
import { ViewHistory } from "./viewHistory.ts";
import { allowGesture, prefersReducedMotion } from "./zoomDefaults.ts";

/**
 * <news-timeline>: wraps the server-rendered SVG and adds zoom, pan, keyboard, topic filters and the
 * detail panel. Without JavaScript (or if the data fails to load) the server's drawing stays as it is.
 */
export class NewsTimeline extends HTMLElement {
  #items: TimelineItem[] = [];
  #shown: TimelineItem[] = [];
  #topics: string[] = [];
  #extent: [number, number] = [0, 1];
  #home: [number, number] = [0, 1];
  #domain: [number, number] = [0, 1];
  #width = 1;
  #rows = 5;
  #svg: SVGSVGElement | null = null;
  #zoom: ZoomBehavior<SVGSVGElement, unknown> | null = null;
  #selected: string | null = null;
  #active: string | null = null;
  #panel: DetailPanel | null = null;
  #lanes: Lane[] | null = null;
  #topicNames: Record<string, string> = {};
  #frame = 0;
  #history: ViewHistory | null = null;
  #quiet = true;
  #started = false;

  connectedCallback(): void {
    if (this.#started) return;
    this.#started = true;
    this.#start().catch(() => {
      // The server-rendered drawing and the list are still there: the page works, only without zoom.
      this.classList.add("tl-static");
    });
  }

  async #start(): Promise<void> {
    this.#items = sortItems(await loadItems(this.dataset.src ?? "/timeline-data.json"));
    this.#rows = Number(this.dataset.rows) || 5;
    const topics = [...this.querySelectorAll<HTMLElement>(".tl-topics a[data-topic]")].map(
      (a) => a.dataset.topic ?? "",
    );
    // Topics the filter offers are the ones the URL may name; an embed has no filter and checked its own already.
    const known = topics.some(Boolean) ? { topics: topics.filter(Boolean) } : {};
    const history = new ViewHistory(this.dataset.history === "replace" ? "replace" : "push", known);
    this.#history = history;
    const url = history.read();
    this.#topics = url.topics.length > 0 ? url.topics : (this.dataset.topics ?? "").split(",").filter(Boolean);
    this.#shown = filterByTopics(this.#items, this.#topics);
    // The server always writes the default window; the fallback only guards a page built without one.
    const [from, to] = [this.dataset.from, this.dataset.to];
    this.#home = from && to ? windowOfDays(from, to) : fullExtent(this.#items);
    this.#domain = url.from && url.to ? windowOfDays(url.from, url.to) : this.#home;
    const [e0, e1] = fullExtent(this.#items);
    this.#extent = [Math.min(e0, this.#domain[0], this.#home[0]), Math.max(e1, this.#domain[1], this.#home[1])];

    this.#svg = keepOneSvg(this);
    this.#width = this.#measure();
    this.#bindControls();
    this.#bindZoom();
    this.#applyDomain(this.#domain, false);
    const linked = url.event ? this.#items.find((item) => item.id === url.event) : undefined;
    if (linked) {
      this.#active = linked.id;
      // A shared event link without a window ("Show on the timeline") brings the event into view.
      if (!(url.from && url.to)) this.#reveal(linked);
      await this.#open(linked.id, "none");
    }
    this.#quiet = false;
    new ResizeObserver(() => this.#resize()).observe(this.querySelector(".tl-frame") ?? this);
    history.onTravel((view) => this.#onTravel(view));
  }

  #measure(): number {
    return Math.max(Math.round(this.#svg?.getBoundingClientRect().width ?? 0), 240);
  }

  #bindZoom(): void {
    const svg = this.#svg as SVGSVGElement;
    const height = timelineHeight(this.#rows);
    this.#zoom = zoom<SVGSVGElement, unknown>()
      .filter(allowGesture)
      .scaleExtent([1, maxZoom(this.#extent)])
      // Double-click zooms with a short glide, or at once for readers who prefer reduced motion.
      .duration(prefersReducedMotion() ? 0 : 250)
      .extent(() => [
        [0, 0],
        [this.#width, height],
      ])
      .translateExtent([
        [0, Number.NEGATIVE_INFINITY],
        [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY],
      ])
      .on("zoom", (event: { transform: ZoomTransform }) => this.#onZoom(event.transform));
    // The view may not pan before the earliest or after the latest event: clamp x against the width in use.
    this.#zoom.constrain((transform) => {
      const min = this.#width - this.#width * transform.k;
      const x = Math.min(0, Math.max(min, transform.x));
      return x === transform.x ? transform : zoomIdentity.translate(x, 0).scale(transform.k);
    });
    select(svg).call(this.#zoom);
    svg.addEventListener("click", (event) => this.#onClick(event));
    svg.addEventListener("keydown", (event) => this.#onKey(event));
    svg.addEventListener("focusin", (event) => {
      const id = (event.target as Element).closest<SVGAElement>("a.tl-event")?.dataset.id;
      if (id && id !== this.#active) {
        this.#active = id;
        this.#render();
      }
    });
  }

  #bindControls(): void {
    const zoomBox = this.querySelector<HTMLElement>(".tl-zoom");
    if (zoomBox) zoomBox.hidden = false;
    const hint = this.querySelector<HTMLElement>(".tl-hint");
    if (hint) hint.hidden = false;
    zoomBox?.addEventListener("click", (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>("button[data-zoom]");
      if (button) this.#zoomBy(button.dataset.zoom as "in" | "out" | "reset");
    });
    this.#panel = new DetailPanel(this, () => this.#close(false));
    for (const link of this.querySelectorAll<HTMLElement>(".tl-topics a[data-topic]")) {
      if (link.dataset.topic) this.#topicNames[link.dataset.topic] = link.textContent?.trim() ?? link.dataset.topic;
    }
    const lanesButton = this.querySelector<HTMLButtonElement>("button[data-lanes]");
    lanesButton?.addEventListener("click", () => {
      this.#lanes = this.#lanes ? null : splitLanes(this.#shown, this.#topics);
      lanesButton.setAttribute("aria-pressed", String(this.#lanes !== null));
      this.#render();
      this.#announce(this.#lanes ? `Events in ${this.#lanes.length} lanes by topic.` : "Lanes off.");
    });
    bindTopicFilters(this, this.#topics, (topics) => {
      this.#topics = topics;
      this.#shown = filterByTopics(this.#items, topics);
      if (this.#lanes) this.#lanes = splitLanes(this.#shown, topics);
      this.#render();
      this.#announce(`${this.#shown.length} events shown.`);
      this.#history?.follow(() => this.#state());
    });
  }

  #onZoom(transform: ZoomTransform): void {
    const scale = transform.rescaleX(makeScale(this.#extent, this.#width));
    const [from, to] = scale.domain();
    this.#domain = [Number(from), Number(to)];
    cancelAnimationFrame(this.#frame);
    this.#frame = requestAnimationFrame(() => this.#render());
    if (!this.#quiet) this.#history?.follow(() => this.#state());
  }

  #render(): void {
    const svg = this.#svg;
    if (!svg) return;
    const layout = layoutTimeline(this.#shown, this.#domain, this.#width, {
      rows: this.#rows,
      pinned: this.#active ?? this.#selected,
      lanes: this.#lanes,
    });
    // Lanes make the drawing taller; without them the stylesheet's fixed height holds, so nothing shifts on load.
    const frame = this.querySelector<HTMLElement>(".tl-frame");
    if (frame) frame.style.height = this.#lanes ? `${layout.height}px` : "";
    const tabTarget = layout.placed.some((p) => p.item.id === this.#active)
      ? this.#active
      : (layout.placed[0]?.item.id ?? null);
    renderTimeline(svg, layout, this.#rows, {
      selected: this.#selected,
      active: tabTarget,
      topicNames: this.#topicNames,
    });
    // With no event in view the drawing itself takes the tab stop, so the keyboard can still zoom out.
    svg.setAttribute("tabindex", tabTarget ? "-1" : "0");
    svg.setAttribute("aria-label", describeView(this.#shown.length, this.#domain));
  }

  /** Moves the view to a window, animated unless the reader prefers reduced motion. */
  #applyDomain(domain: readonly [number, number], animate: boolean): void {
    const svg = this.#svg;
    if (!svg || !this.#zoom) return;
    const span = Math.max(domain[1] - domain[0], MIN_WINDOW_MS);
    const { k, x } = transformFor(this.#extent, [domain[0], domain[0] + span], this.#width);
    const transform = zoomIdentity.translate(x, 0).scale(k);
    if (animate && !prefersReducedMotion())
      select(svg).transition().duration(250).call(this.#zoom.transform, transform);
    else select(svg).call(this.#zoom.transform, transform);
  }

  #zoomBy(how: "in" | "out" | "reset"): void {
    if (how === "reset") {
      this.#applyDomain(this.#home, true);
      return;
    }
    const [from, to] = this.#domain;
    const centre = (from + to) / 2;
    const half = ((to - from) / 2) * (how === "in" ? 0.5 : 2);
    this.#applyDomain([centre - half, centre + half], true);
  }

  #resize(): void {
    const width = this.#measure();
    if (width === this.#width) return;
    this.#width = width;
    const quiet = this.#quiet;
    this.#quiet = true;
    this.#applyDomain(this.#domain, false);
    this.#quiet = quiet;
  }

  #onClick(event: MouseEvent): void {
    const target = event.target as Element;
    const link = target.closest<SVGAElement>("a.tl-event");
    if (link?.dataset.id) {
      // Let modified clicks open the event page in a new tab as a normal link would.
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey || event.button !== 0) return;
      event.preventDefault();
      this.#active = link.dataset.id;
      void this.#open(link.dataset.id, "push");
      return;
    }
    const cluster = target.closest<SVGGElement>("g.tl-cluster");
    if (cluster) {
      const from = Number(cluster.dataset.from);
      const to = Number(cluster.dataset.to);
      const pad = Math.max((to - from) * 0.15, 2 * DAY_MS);
      this.#applyDomain([from - pad, to + pad], true);
    }
  }

  #onKey(event: KeyboardEvent): void {
    const action = keyAction(event);
    if (!action) return;
    event.preventDefault();
    if (action.kind === "zoom") {
      this.#zoomBy(action.by);
      return;
    }
    if (action.kind === "close") {
      this.#close(false);
      return;
    }
    if (action.kind === "open") {
      if (this.#active) void this.#open(this.#active, "push");
      return;
    }
    const index = stepIndex(this.#shown, this.#active, action, this.#domain[0]);
    const item = this.#shown[index];
    if (item) this.#focusItem(item, this.#shown.length, index);
  }

  /** Makes an event the keyboard's current one: pans it into view, draws it even in a crowd, focuses it. */
  #focusItem(item: TimelineItem, count: number, index: number): void {
    this.#active = item.id;
    this.#reveal(item);
    cancelAnimationFrame(this.#frame);
    this.#render();
    this.#svg?.querySelector<SVGAElement>(`a.tl-event[data-id="${CSS.escape(item.id)}"]`)?.focus();
    this.#announce(`${describeItem(item)}. Event ${index + 1} of ${count}.`);
  }

  /** Pans (never zooms) just far enough that an event's start sits inside the view, away from the edges. */
  #reveal(item: TimelineItem): void {
    const [t0] = itemTimes(item);
    const [from, to] = this.#domain;
    const margin = (to - from) * 0.1;
    const shift = t0 < from + margin ? t0 - margin - from : t0 > to - margin ? t0 + margin - to : 0;
    if (shift !== 0) this.#applyDomain([from + shift, to + shift], false);
  }

  async #open(id: string, history: "push" | "none"): Promise<void> {
    if (!this.#panel) return;
    this.#selected = id;
    this.#render();
    if (history === "push") this.#history?.opened(this.#state());
    const title = await this.#panel.open(id, history === "push");
    this.#announce(`Opened: ${title ?? id}.`);
  }

  #close(fromHistory: boolean): void {
    if (!this.#panel?.isOpen) return;
    const id = this.#selected ?? "";
    this.#selected = null;
    this.#render();
    if (!fromHistory) {
      this.#history?.closed(this.#state());
    }
    this.#panel.close(this.#svg?.querySelector(`a.tl-event[data-id="${CSS.escape(id)}"]`));
  }

  #onTravel(url: ViewState): void {
    if (url.event && url.event !== this.#selected) void this.#open(url.event, "none");
    else if (!url.event) this.#close(true);
  }

  #state(): ViewState {
    return { ...daysOfWindow(this.#domain), topics: this.#topics, event: this.#selected };
  }

  #announce(message: string): void {
    const live = this.querySelector<HTMLElement>("[data-live]");
    if (live) live.textContent = message;
  }
}

if (!customElements.get("news-timeline")) customElements.define("news-timeline", NewsTimeline);
