import { dayToTime } from "../lib/dates/isoDay.ts";
import { MAIN_PERIOD_START } from "../lib/dates/mainPeriod.ts";
import { clusterAction } from "../lib/timeline/clusterAction.ts";
import { extentOfSpan, storyOfSpan } from "../lib/timeline/defaultWindow.ts";
import { describeItem, describeView, spanWords } from "../lib/timeline/describeItem.ts";
import { edgeCounts } from "../lib/timeline/edgeCounts.ts";
import { filterByTopics } from "../lib/timeline/filterByTopics.ts";
import { COMPACT_TRACK_ROWS, LANE_ROWS, type ScreenName } from "../lib/timeline/geometry.ts";
import { keyAction } from "../lib/timeline/keyAction.ts";
import { type Lane, splitLanes } from "../lib/timeline/layoutLanes.ts";
import { type MonthCounts, setFilter, totalCount } from "../lib/timeline/monthCounts.ts";
import { itemTimes } from "../lib/timeline/prepareItems.ts";
import { stepIndex } from "../lib/timeline/stepIndex.ts";
import { combineEdges, spanOfTopics, type TopicSpan, unloadedEdges } from "../lib/timeline/tiles.ts";
import type { TimelineItem, TimelineLayout } from "../lib/timeline/types.ts";
import { clampWindow, zoomWindow } from "../lib/timeline/zoomLimits.ts";
import { daysOfWindow, formatView, parseView, type ViewState, windowOfDays } from "../lib/view/viewState.ts";
import { ClusterList } from "./clusterList.ts";
import { DetailPanel } from "./detailPanel.ts";
import { EdgeNav } from "./edgeNav.ts";
import { filterEventList } from "./eventList.ts";
import { bindGestures } from "./gestures.ts";
import { glide, prefersReducedMotion } from "./glide.ts";
import { bindHoverTip } from "./hoverTip.ts";
import { keepOneSvg } from "./keepOneSvg.ts";
import { OverviewStrip } from "./overviewStrip.ts";
import { PanFrames, type ViewInput } from "./panFrames.ts";
import { clusterOf, moveTabStop, renderTimeline } from "./renderTimeline.ts";
import { SearchBox } from "./searchBox.ts";
import { loadOverview, TileStore } from "./tileStore.ts";
import { bindTopicFilters } from "./topicFilters.ts";
import { ViewHistory } from "./viewHistory.ts";

type Windows = Record<string, Record<ScreenName, [string, string]>>;

/** How long the view must stay still before the tip follows the focused mark again, ms. */
const TIP_SETTLE_MS = 100;
/**
 * How long after its last step a pan counts as over and the view is laid out again, ms: as long as the URL waits
 * (viewHistory.ts). A drag's release is not the end: readers drag again and again, and a sideways wheel never ends.
 */
const PAN_SETTLE_MS = 250;

/**
 * <news-timeline>: wraps the server-rendered drawing and overview and adds zoom, pan, keyboard, topic filters, search
 * and the detail panel. Without JavaScript (or if the data fails to load) the server's drawing stays as it is.
 * It carries the window on screen as data-view-from and data-view-to (YYYY-MM-DD, `to` the last day shown).
 */
export class NewsTimeline extends HTMLElement {
  /** The events loaded so far (the default view's, then each tile as the view reaches it), in time order. */
  #items: TimelineItem[] = [];
  #shown: TimelineItem[] = [];
  /** Of the events shown, those of loaded tiles only: counted exactly, the rest from the month counts. */
  #countable: TimelineItem[] = [];
  #store: TileStore | null = null;
  #spans: Record<string, TopicSpan> = {};
  #keep: boolean[] = [];
  /** How many events the filter shows in the whole archive, loaded or not. */
  #total = 0;
  #counts: MonthCounts = { sets: [], cells: [] };
  #topics: string[] = [];
  #pageTopics: string[] | null = null;
  #names = new Map<string, string>();
  #windows: Windows = {};
  #screen: ScreenName = "narrow";
  #extent: [number, number] = [0, 1];
  /** Everything from the first main-period event of the events shown: worked out once per filter, not per frame. */
  #story: [number, number] = [0, 1];
  #home: [number, number] = [0, 1];
  #domain: [number, number] = [0, 1];
  #width = 1;
  #rows = 5;
  #trackRows = 2;
  #svg: SVGSVGElement | null = null;
  #stopGlide: (() => void) | null = null;
  /** The window a glide is on its way to, until it arrives. */
  #heading: [number, number] | null = null;
  #selected: string | null = null;
  #active: string | null = null;
  #activeCluster: string | null = null;
  #matches: ReadonlySet<string> | null = null;
  #lanes: Lane[] | null = null;
  #panel: DetailPanel | null = null;
  #overview: OverviewStrip | null = null;
  #edges: EdgeNav | null = null;
  #tip: { hide(): void; refresh(): void } | null = null;
  #clusterList: ClusterList | null = null;
  #search: SearchBox | null = null;
  #frame = 0;
  #tipTimer = 0;
  /** Set while a pan is under way: its frames move the drawing, and it is laid out again once the pan stops. */
  #panning = false;
  #panTimer = 0;
  #frames: PanFrames | null = null;
  /** Set from a press on the drawing until its release: a mark it focuses is drawn as current when it ends. */
  #pressed = false;
  #drawOnRelease = false;
  #history: ViewHistory | null = null;
  #quiet = true;
  #started = false;

  connectedCallback(): void {
    if (this.#started) return;
    this.#started = true;
    this.#markInitialWindow();
    this.#start().catch(() => {
      // The server-rendered drawing and the list are still there: the page works, only without zoom.
      this.classList.add("tl-static");
    });
  }

  /** Names the window on screen at once, before the data arrives: the copy CSS shows, or the URL's window. */
  #markInitialWindow(): void {
    const shown = [...this.querySelectorAll<SVGSVGElement>("svg.tl-svg")].find((s) => s.getBoundingClientRect().width);
    const url = parseView(window.location.search);
    const from = url.from && url.to ? url.from : (this.dataset.homeFrom ?? shown?.dataset.from);
    const to = url.from && url.to ? url.to : (this.dataset.homeTo ?? shown?.dataset.to);
    if (from && to) Object.assign(this.dataset, { viewFrom: from, viewTo: to });
  }

  async #start(): Promise<void> {
    const data = await loadOverview(this.dataset.src ?? "");
    this.#store = new TileStore(data, () => this.#dataChanged());
    this.#items = this.#store.items;
    this.#counts = data.counts;
    this.#spans = data.spans;
    this.#rows = Number(this.dataset.rows) || 5;
    this.#trackRows = Number(this.dataset.trackRows) || 0;
    this.#names = new Map(Object.entries(JSON.parse(this.dataset.topicNames ?? "{}") as Record<string, string>));
    this.#windows = JSON.parse(this.dataset.windows ?? "{}") as Windows;
    this.#pageTopics = this.dataset.pageTopics ? this.dataset.pageTopics.split(",") : null;
    // Only topics the data has may come from the URL: anything else (a typo, "toString") is an unknown word.
    const history = new ViewHistory(this.dataset.history === "replace" ? "replace" : "push", {
      topics: [...this.#names.keys()],
    });
    this.#history = history;
    const url = history.read();
    const initial = url.topics.length > 0 ? url.topics : (this.dataset.topics ?? "").split(",").filter(Boolean);
    this.#setTopics(this.#pageTopics ?? initial);
    // A topic page is its own filter, so its URL never names topics; and what the page did not understand goes.
    history.tidy({ ...url, topics: this.#pageTopics ? [] : url.topics });

    const { svg, overview, screen } = keepOneSvg(this);
    this.#svg = svg;
    this.#frames = new PanFrames(svg, (layout, bounds) => this.#paint(layout, bounds));
    this.#screen = screen;
    this.#width = this.#measure();
    this.#home = this.#homeWindow();
    this.#edges = new EdgeNav(this, (item, side) => this.#goTo(item, side));
    if (overview)
      this.#overview = new OverviewStrip(overview, {
        showWindow: (window, animate) => this.#applyDomain(window, animate),
        announce: (message) => this.#announce(message),
      });
    this.#bindControls();
    this.#bindGestures();
    this.#tip = bindHoverTip(this, svg);
    this.#clusterList = new ClusterList(this, (id) => this.#openFromList(id));
    this.#updateOverview();
    this.#applyDomain(url.from && url.to ? windowOfDays(url.from, url.to) : this.#home, false, "cut");
    filterEventList(this.#topics, this.#names);
    const linked = url.event ? await this.#store.find(url.event).catch(() => undefined) : undefined;
    if (linked) {
      this.#active = linked.id;
      // A shared event link without a window ("Show on the timeline") brings the event into view.
      if (!(url.from && url.to)) this.#reveal(linked);
      await this.#open(linked.id, "none");
    }
    this.#search?.start(url.q, data.search);
    this.#quiet = false;
    new ResizeObserver(() => this.#resize()).observe(this.querySelector(".tl-frame") ?? this);
    history.onTravel((view) => this.#onTravel(view));
    // After the first frame the client draws: the page answers input from here on (tests and benchmarks wait for it).
    requestAnimationFrame(() => {
      this.dataset.ready = "";
    });
  }

  #measure(): number {
    return Math.max(Math.round(this.#svg?.getBoundingClientRect().width ?? 0), 240);
  }

  /** The window Reset goes back to: the publisher's (an embed's from/to), else the one chosen for this filter and screen. */
  #homeWindow(): [number, number] {
    const { homeFrom, homeTo } = this.dataset;
    if (homeFrom && homeTo) return windowOfDays(homeFrom, homeTo);
    const key = this.#topics.length === 1 ? (this.#topics[0] ?? "") : "";
    const windows = Object.hasOwn(this.#windows, key) ? this.#windows[key] : this.#windows[""];
    const days = windows?.[this.#screen];
    return days ? windowOfDays(days[0], days[1]) : this.#story;
  }

  #setTopics(topics: string[]): void {
    this.#topics = topics;
    this.#keep = setFilter(this.#counts, topics);
    this.#total = totalCount(this.#counts, this.#keep);
    const span = spanOfTopics(this.#spans, topics) ?? spanOfTopics(this.#spans, []);
    this.#extent = extentOfSpan(span?.all ?? null);
    this.#story = storyOfSpan(span);
    this.#filterItems();
  }

  /** The loaded events the filter shows, and the lanes made of them. */
  #filterItems(): void {
    this.#shown = filterByTopics(this.#items, this.#topics);
    this.#countable = filterByTopics(this.#store?.countable ?? [], this.#topics);
    if (this.#lanes) this.#lanes = splitLanes(this.#shown, this.#topics);
  }

  /** A tile landed: the view is drawn again with its events, and the counts at the edges follow. */
  #dataChanged(): void {
    if (!this.#store) return;
    this.#items = this.#store.items;
    this.#filterItems();
    this.#updateEdges();
    cancelAnimationFrame(this.#frame);
    this.#frame = requestAnimationFrame(() => this.#draw());
  }

  #updateEdges(): void {
    const store = this.#store;
    if (!store) return;
    const edges = combineEdges(
      edgeCounts(this.#shown, this.#domain),
      edgeCounts(this.#countable, this.#domain),
      unloadedEdges(store.tiles, store.loaded, this.#counts, this.#keep, this.#domain),
    );
    this.#edges?.update(edges, this.#domain);
  }

  #updateOverview(): void {
    this.#overview?.update(
      {
        counts: this.#counts,
        topics: this.#topics,
        lanes: this.#lanes?.map((lane) => lane.topic) ?? null,
        extent: this.#extent,
        breakAt: this.#hasBackground() ? dayToTime(MAIN_PERIOD_START) : null,
      },
      this.#width,
    );
  }

  /** Whether the events shown include background before the main period (the strip breaks its scale there). */
  #hasBackground(): boolean {
    const span = spanOfTopics(this.#spans, this.#topics);
    return Boolean(span?.main && span.all[0] < span.main[0]);
  }

  #bindGestures(): void {
    const svg = this.#svg as SVGSVGElement;
    bindGestures(svg, this.querySelector<HTMLElement>(".tl-gesture"), {
      panBy: (dx) => {
        const shift = (dx / this.#width) * (this.#domain[1] - this.#domain[0]);
        this.#startPan();
        this.#applyDomain([this.#domain[0] - shift, this.#domain[1] - shift], false);
      },
      zoomAt: (x, factor, animate) => this.#applyDomain(zoomWindow(this.#domain, 1 / factor, this.#timeAt(x)), animate),
    });
    // Links would start a native drag of their URL where the reader means to pan.
    svg.addEventListener("dragstart", (event) => event.preventDefault());
    svg.addEventListener("click", (event) => this.#onClick(event));
    svg.addEventListener("keydown", (event) => this.#onKey(event));
    svg.addEventListener("focusin", (event) => {
      const target = event.target as Element;
      const id = target.closest<SVGAElement>("a.tl-event")?.dataset.id;
      const cluster = target.closest<SVGGElement>("g.tl-cluster")?.dataset.key;
      if (cluster) this.#activeCluster = cluster;
      if (id && id !== this.#active) {
        this.#active = id;
        // A press ends in a click, which opens the event, or a drag, which lays the view out when it stops: the press
        // itself only moves the tab stop, so a drag's first frame is not spent laying out the view as it was.
        if (this.#pressed) {
          moveTabStop(svg, id);
          this.#drawOnRelease = true;
        } else this.#render();
      }
    });
    svg.addEventListener("pointerdown", () => {
      this.#pressed = true;
    });
    const release = () => {
      this.#pressed = false;
      if (!this.#drawOnRelease) return;
      this.#drawOnRelease = false;
      cancelAnimationFrame(this.#frame);
      this.#frame = requestAnimationFrame(() => this.#draw());
    };
    svg.addEventListener("pointerup", release);
    svg.addEventListener("pointercancel", release);
  }

  #bindControls(): void {
    const zoomBox = this.querySelector<HTMLElement>(".tl-zoom");
    if (zoomBox) zoomBox.hidden = false;
    const hint = this.querySelector<HTMLElement>(".tl-hint");
    if (hint) hint.hidden = false;
    zoomBox?.addEventListener("click", (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>("button[data-zoom]");
      if (button) this.#zoomBy(button.dataset.zoom as "in" | "out" | "reset" | "story", null, true);
    });
    this.#panel = new DetailPanel(
      this,
      () => this.#close(false),
      (by) => this.#step(by),
    );
    const lanesButton = this.querySelector<HTMLButtonElement>("button[data-lanes]");
    lanesButton?.addEventListener("click", () => {
      this.#lanes = this.#lanes ? null : splitLanes(this.#shown, this.#topics);
      lanesButton.setAttribute("aria-pressed", String(this.#lanes !== null));
      this.#updateOverview();
      this.#render();
      this.#announce(this.#lanes ? `Events in ${this.#lanes.length} lanes by topic.` : "Lanes off.");
    });
    const leave = this.#pageTopics
      ? (topics: string[]) => window.location.assign(`/${formatView({ ...this.#state(), topics })}`)
      : null;
    bindTopicFilters(this, this.#topics, (topics) => this.#filter(topics), leave);
    this.#search = new SearchBox(this, {
      topics: () => this.#topics,
      showMatches: (ids) => {
        this.#matches = ids;
        this.#render();
      },
      openEvent: (item) => this.#openFromList(item.id, item),
      queryChanged: () => {
        if (!this.#quiet) this.#history?.follow(() => this.#state());
      },
    });
  }

  #filter(topics: string[]): void {
    this.#setTopics(topics);
    // Reset now goes to the window chosen for this filter (a topic's own), where there is one.
    this.#home = this.#homeWindow();
    this.#updateOverview();
    this.#applyDomain(this.#domain, false);
    this.#render();
    this.#search?.refresh();
    filterEventList(topics, this.#names);
    this.#announce(`${this.#total} events shown.`);
    this.#history?.follow(() => this.#state());
  }

  /** Shows a window (already made showable): everything that follows the view follows it here. */
  #setView(window: [number, number]): void {
    this.#domain = window;
    const { from, to } = daysOfWindow(this.#domain);
    if (this.dataset.viewFrom !== from) this.dataset.viewFrom = from;
    if (this.dataset.viewTo !== to) this.dataset.viewTo = to;
    this.#overview?.setWindow(this.#domain);
    this.#store?.want(this.#domain);
    this.#updateEdges();
    const story = this.#story;
    const whole = Math.abs(story[0] - this.#domain[0]) + Math.abs(story[1] - this.#domain[1]) < 86_400_000;
    this.querySelector("button[data-zoom=story]")?.setAttribute("aria-pressed", String(whole));
    this.#tip?.hide();
    cancelAnimationFrame(this.#frame);
    this.#frame = requestAnimationFrame(() => this.#draw());
    if (!this.#quiet) this.#history?.follow(() => this.#state());
  }

  /** A pan step: the pan's frames only move the drawing until it rests for {@link PAN_SETTLE_MS}. */
  #startPan(): void {
    this.#panning = true;
    this.#svg?.classList.add("tl-moving");
    window.clearTimeout(this.#panTimer);
    this.#panTimer = window.setTimeout(() => this.#endPan(), PAN_SETTLE_MS);
  }

  /** The pan stopped: the view is laid out again, exactly as any view is. */
  #endPan(): void {
    window.clearTimeout(this.#panTimer);
    if (!this.#panning) return;
    this.#panning = false;
    this.#svg?.classList.remove("tl-moving");
    cancelAnimationFrame(this.#frame);
    this.#frame = requestAnimationFrame(() => this.#draw());
  }

  /** A frame of the view: a pan's frames move the drawing (PanFrames); anything else lays the view out again. */
  #draw(): void {
    if (!this.#panning) {
      this.#render();
      return;
    }
    this.#frames?.pan(this.#viewInput());
    const label = describeView(this.#total, this.#domain);
    if (this.#svg && this.#svg.getAttribute("aria-label") !== label) this.#svg.setAttribute("aria-label", label);
  }

  /** Lays the view out and draws it. */
  #render(): void {
    this.#frames?.render(this.#viewInput());
  }

  #viewInput(): ViewInput {
    return {
      items: this.#shown,
      domain: this.#domain,
      width: this.#width,
      rows: this.#rows,
      trackRows: this.#trackRows,
      pinned: this.#active ?? this.#selected,
      lanes: this.#lanes,
    };
  }

  /** Draws a layout with what the drawing shows besides it: the open event, the tab stops, search matches. */
  #paint(layout: TimelineLayout, bounds: [number, number]): void {
    const svg = this.#svg;
    if (!svg) return;
    const focused = document.activeElement;
    const hadFocus = focused !== null && svg.contains(focused);
    // Lanes make the drawing taller; without them the stylesheet's fixed height holds, so nothing shifts on load.
    const frame = this.querySelector<HTMLElement>(".tl-frame");
    if (frame) frame.style.height = this.#lanes ? `${layout.height}px` : "";
    const tabTarget = layout.placed.some((p) => p.item.id === this.#active)
      ? this.#active
      : (layout.placed[0]?.item.id ?? null);
    renderTimeline(
      svg,
      layout,
      {
        selected: this.#selected,
        active: tabTarget,
        activeCluster: this.#activeCluster,
        matches: this.#matches,
        topicNames: this.#names,
      },
      bounds,
    );
    // With no event in view the drawing itself takes the tab stop, so the keyboard can still zoom out.
    svg.setAttribute("tabindex", tabTarget || layout.clusters.length > 0 ? "-1" : "0");
    svg.setAttribute("aria-label", describeView(this.#total, this.#domain));
    // A redraw must never drop keyboard focus to the page: back to the current event, or the drawing itself.
    if (hadFocus && !focused.isConnected) this.#focusCurrent();
    if (hadFocus) this.#refreshTip();
  }

  /** Puts the tip back on the focused mark once the view stops moving: measuring it every zoom frame costs a layout. */
  #refreshTip(): void {
    window.clearTimeout(this.#tipTimer);
    this.#tipTimer = window.setTimeout(() => this.#tip?.refresh(), TIP_SETTLE_MS);
  }

  #focusCurrent(): void {
    const svg = this.#svg;
    const id = this.#active;
    const mark = id ? svg?.querySelector<SVGAElement>(`a.tl-event[data-id="${CSS.escape(id)}"]`) : null;
    (mark ?? svg)?.focus();
  }

  /** Moves the view to a window (made showable first), gliding unless the reader prefers reduced motion. */
  #applyDomain(domain: readonly [number, number], animate: boolean, how: "move" | "cut" = "move"): void {
    if (!this.#svg) return;
    const window = clampWindow(domain, this.#extent, how);
    this.#stopGlide?.();
    this.#stopGlide = null;
    this.#heading = null;
    if (animate && !prefersReducedMotion()) {
      this.#heading = window;
      this.#stopGlide = glide(this.#domain, window, (w) => {
        if (w[0] === window[0] && w[1] === window[1]) this.#heading = null;
        this.#setView(w);
      });
    } else this.#setView(window);
  }

  /** The time at `x` px from the drawing's left edge. */
  #timeAt(x: number): number {
    const [from, to] = this.#domain;
    return from + (x / this.#width) * (to - from);
  }

  /**
   * Zooms in or out around `at` (the focused event's time, so it stays where it is and keeps focus), or the centre;
   * or shows the default window, or the whole story. Buttons glide; keys jump, so focus never leaves a moving mark.
   */
  #zoomBy(how: "in" | "out" | "reset" | "story", at: number | null, animate: boolean): void {
    if (how === "reset" || how === "story") {
      this.#applyDomain(how === "reset" ? this.#home : this.#story, animate);
      return;
    }
    // A second press during a glide zooms on from where the first was going, so quick presses add up.
    const base = this.#heading ?? this.#domain;
    const [from, to] = base;
    const active = this.#active ? this.#shown.find((item) => item.id === this.#active) : undefined;
    const activeAt = active ? itemTimes(active)[0] : null;
    const around = at ?? (activeAt !== null && activeAt >= from && activeAt < to ? activeAt : (from + to) / 2);
    this.#applyDomain(zoomWindow(base, how === "in" ? 0.5 : 2, around), animate);
  }

  #resize(): void {
    const width = this.#measure();
    if (width === this.#width) return;
    this.#width = width;
    const quiet = this.#quiet;
    this.#quiet = true;
    this.#updateOverview();
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
    if (cluster) this.#chooseCluster(cluster, false);
  }

  /** Zooms to fit a cluster's events, or lists them where zooming cannot draw them apart. */
  #chooseCluster(cluster: SVGGElement, fromKeyboard: boolean): void {
    const ids = clusterOf(cluster)?.ids ?? [];
    const lane = [...cluster.classList].find((c) => c.startsWith("tl-in-lane-"));
    const laneItems = lane ? this.#lanes?.[Number(lane.slice("tl-in-lane-".length))]?.items : undefined;
    const rows = laneItems
      ? { rows: LANE_ROWS, trackRows: COMPACT_TRACK_ROWS }
      : { rows: this.#rows, trackRows: this.#trackRows };
    const action = clusterAction(
      laneItems ?? this.#shown,
      { from: Number(cluster.dataset.from), to: Number(cluster.dataset.to), ids },
      this.#extent,
      this.#width,
      rows,
    );
    if (action.kind === "list") {
      const byId = new Map(this.#shown.map((item) => [item.id, item]));
      this.#clusterList?.open(
        cluster,
        ids.flatMap((id) => byId.get(id) ?? []),
      );
      return;
    }
    if (fromKeyboard) this.#active = ids[0] ?? this.#active;
    this.#applyDomain(action.window, !fromKeyboard);
    this.#announce(`Showing ${spanWords(action.window[0], action.window[1])}.`);
    if (fromKeyboard) {
      cancelAnimationFrame(this.#frame);
      this.#render();
      this.#focusCurrent();
    }
  }

  #onKey(event: KeyboardEvent): void {
    const target = event.target as Element;
    const cluster = target.closest<SVGGElement>("g.tl-cluster");
    if (cluster && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      this.#chooseCluster(cluster, true);
      return;
    }
    if (cluster && (event.key === "ArrowLeft" || event.key === "ArrowRight")) {
      event.preventDefault();
      const all = [...(this.#svg?.querySelectorAll<SVGGElement>("g.tl-cluster") ?? [])];
      const next = all[all.indexOf(cluster) + (event.key === "ArrowLeft" ? -1 : 1)];
      if (next) {
        cluster.setAttribute("tabindex", "-1");
        next.setAttribute("tabindex", "0");
        next.focus();
      }
      return;
    }
    const action = keyAction(event);
    if (!action) return;
    event.preventDefault();
    if (action.kind === "zoom") {
      const at = cluster ? (Number(cluster.dataset.from) + Number(cluster.dataset.to)) / 2 : null;
      this.#zoomBy(action.by, at, false);
      cancelAnimationFrame(this.#frame);
      this.#render();
      if (!this.#svg?.contains(document.activeElement)) this.#focusCurrent();
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
    const step = () => {
      const index = stepIndex(this.#shown, this.#active, action, this.#domain[0]);
      const item = this.#shown[index];
      if (item) this.#focusItem(item, index);
    };
    // Home and End go to the ends of the archive, whose tiles may not be loaded yet.
    if (action.kind === "jump") void this.#store?.ensureEnd(action.to).then(step, step);
    else step();
  }

  /** Makes an event the keyboard's current one: pans it into view, draws it even in a crowd, focuses it. */
  #focusItem(item: TimelineItem, index: number): void {
    this.#active = item.id;
    this.#reveal(item);
    cancelAnimationFrame(this.#frame);
    this.#render();
    this.#focusCurrent();
    // Its place in the whole archive: the loaded events before it, and those of tiles not loaded that end before it.
    const store = this.#store;
    const [t0] = itemTimes(item);
    const earlier = store ? unloadedEdges(store.tiles, store.loaded, this.#counts, this.#keep, [t0, t0 + 1]).before : 0;
    this.#announce(`${describeItem(item)}. Event ${earlier + index + 1} of ${this.#total}.`);
  }

  /** Pans (never zooms) just far enough that an event's start sits inside the view, away from the edges. */
  #reveal(item: TimelineItem): void {
    const [t0] = itemTimes(item);
    const [from, to] = this.#domain;
    const margin = (to - from) * 0.1;
    const shift = t0 < from + margin ? t0 - margin - from : t0 > to - margin ? t0 + margin - to : 0;
    if (shift !== 0) this.#applyDomain([from + shift, to + shift], false);
  }

  /** Takes the view to the nearest event on one side, placed towards the side it came from, and makes it current. */
  #goTo(item: TimelineItem, side: "before" | "after"): void {
    const [t0] = itemTimes(item);
    const span = this.#domain[1] - this.#domain[0];
    const from = t0 - span * (side === "before" ? 0.75 : 0.25);
    this.#active = item.id;
    this.#applyDomain([from, from + span], true);
    this.#announce(`Showing ${describeItem(item)}.`);
  }

  /** Opens an event chosen from a list (a cluster's, the search results) and shows it on the timeline. */
  #openFromList(id: string, known?: TimelineItem): void {
    const item = this.#shown.find((i) => i.id === id) ?? this.#items.find((i) => i.id === id) ?? known;
    if (!item) return;
    // A search result may lie in a tile not loaded yet: load it so the event is drawn where the view goes.
    const [t0, t1] = itemTimes(item);
    void this.#store?.ensure([t0, t1]).catch(() => {});
    this.#active = id;
    this.#reveal(item);
    void this.#open(id, "push");
  }

  /** Previous or Next in the panel: the neighbour in date order among the events shown, revealed on the timeline. */
  #step(by: -1 | 1): void {
    const index = this.#shown.findIndex((item) => item.id === this.#selected);
    const item = this.#shown[index + by];
    if (!item) return;
    this.#active = item.id;
    this.#reveal(item);
    void this.#open(item.id, "push", false);
  }

  async #open(id: string, history: "push" | "none", takeFocus = history === "push"): Promise<void> {
    if (!this.#panel) return;
    // An event is open, or still opening (its page on the way): a second choice rewrites its history step.
    const wasOpen = this.#panel.isOpen || this.#selected !== null;
    this.#selected = id;
    this.#render();
    if (history === "push") void this.#history?.opened(this.#state(), !wasOpen);
    const index = this.#shown.findIndex((item) => item.id === id);
    this.#panel.setSteps(this.#shown[index - 1]?.title ?? null, this.#shown[index + 1]?.title ?? null);
    const title = await this.#panel.open(id, takeFocus);
    if (title) this.#announce(`Opened: ${title}.`);
  }

  #close(fromHistory: boolean): void {
    if (this.#clusterList?.isOpen) {
      this.#clusterList.close(true);
      return;
    }
    if (!this.#panel?.isOpen) return;
    const id = this.#selected ?? "";
    this.#selected = null;
    this.#render();
    if (!fromHistory) this.#history?.closed(this.#state());
    this.#panel.close(this.#svg?.querySelector(`a.tl-event[data-id="${CSS.escape(id)}"]`));
  }

  #onTravel(url: ViewState): void {
    if (url.event && url.event !== this.#selected) void this.#open(url.event, "none");
    else if (!url.event) this.#close(true);
  }

  #state(): ViewState {
    return {
      ...daysOfWindow(this.#domain),
      // A topic page is its own filter: its URL never repeats it.
      topics: this.#pageTopics ? [] : this.#topics,
      event: this.#selected,
      q: this.#search?.query ?? "",
    };
  }

  #announce(message: string): void {
    const live = this.querySelector<HTMLElement>("[data-live]");
    if (live) live.textContent = message;
  }
}

if (!customElements.get("news-timeline")) customElements.define("news-timeline", NewsTimeline);
