import { select } from "d3-selection";
import { describeCluster, describeItem } from "../lib/timeline/describeItem.ts";
import { CLUSTER_ROW_HEIGHT, LANE_ROWS, ROW_HEIGHT, TRACK_ROW_HEIGHT } from "../lib/timeline/geometry.ts";
import * as marks from "../lib/timeline/markAttributes.ts";
import type { Cluster, LaneBox, PlacedItem, Tick, TimelineLayout } from "../lib/timeline/types.ts";

type Attrs = Record<string, string | number>;

/** Clusters up to this size name their events in data-ids. */
const MAX_LISTED_IDS = 24;

/** The cluster a drawn cluster mark stands for (d3 keeps it on the element). */
export function clusterOf(mark: SVGGElement): Cluster | undefined {
  return (mark as SVGGElement & { __data__?: Cluster }).__data__;
}

/** What the drawing shows besides the layout: the open event, the tab stops, search matches, topic names. */
export interface RenderState {
  selected: string | null;
  /** The event that takes the tab stop (the keyboard's current one). */
  active: string | null;
  /** The cluster that takes the clusters' tab stop. */
  activeCluster: string | null;
  /** Ids of the events the search found, or null with no search. */
  matches: ReadonlySet<string> | null;
  topicNames: ReadonlyMap<string, string>;
}

/**
 * Redraws a server-rendered timeline SVG for a new layout. Elements are keyed (by event id, or lane and id), so the
 * server's nodes are reused (and keep focus) rather than replaced. Text goes in with .text() only. `bounds` is the
 * stretch bands are cut to: the view, or wider for a layout with the windows beside the view (layoutWithMargins).
 */
export function renderTimeline(
  svg: SVGSVGElement,
  layout: TimelineLayout,
  state: RenderState,
  bounds: readonly [number, number] = [0, layout.width],
): void {
  const { width } = layout;
  const root = select(svg).attr("data-width", width).attr("height", layout.height);
  svg.classList.toggle("tl-searching", state.matches !== null);
  // A new layout is for the view as it is now: nothing is moved any more.
  moveDrawing(svg, 0);
  renderAxis(svg, layout);

  // Topic lanes: a rule above each lane after the first, and the lane's name at the left of its overflow row.
  root
    .select<SVGGElement>("g.tl-lanes")
    .selectAll<SVGGElement, LaneBox>("g.tl-lane")
    .data(layout.lanes, (d) => d.topic)
    .join((enter) => {
      const g = enter.append("g");
      g.append("line");
      g.append("text");
      return g;
    })
    .attr("class", (_, i) => `tl-lane tl-lane-${i}`)
    .each(function (d, i) {
      setAttrs(this.querySelector("line"), {
        x1: 0,
        x2: "100%",
        y1: d.y,
        y2: d.y,
        visibility: i === 0 ? "hidden" : "visible",
      });
      const nameY = d.y + TRACK_ROW_HEIGHT + LANE_ROWS * ROW_HEIGHT + CLUSTER_ROW_HEIGHT / 2 + 4;
      setAttrs(this.querySelector("text"), { x: 6, y: nameY });
      select(this)
        .select("text")
        .text(d.topic ? (state.topicNames.get(d.topic) ?? d.topic) : "Other");
    });

  // Only the first copy of an event (in lanes it can appear in several) takes the tab stop.
  let tabbed = false;
  root
    .select<SVGGElement>("g.tl-events")
    .selectAll<SVGAElement, PlacedItem>("a.tl-event")
    .data(
      layout.placed,
      keyBy((d: PlacedItem) => d.key, "key"),
    )
    .join((enter) => {
      const a = enter.append("a");
      a.append((d) => document.createElementNS("http://www.w3.org/2000/svg", d.shape === "point" ? "circle" : "rect"));
      a.append("text");
      return a;
    })
    .each(function (d) {
      const match = state.matches?.has(d.item.id) ? " tl-match" : "";
      const lane = d.lane === undefined ? "" : ` tl-in-lane-${d.lane}`;
      const tab = d.item.id === state.active && !tabbed;
      if (tab) tabbed = true;
      setAttrs(this, {
        href: `/events/${d.item.id}/`,
        class: `${marks.eventClass(d, d.item.id === state.selected)}${match}${lane}`,
        "data-id": d.item.id,
        "data-key": d.key,
        "data-index": d.index,
        "aria-label": describeItem(d.item),
        tabindex: tab ? 0 : -1,
      });
      // A server node or an old one may hold the other shape: a day that became a band at a new zoom is redrawn.
      const shape = d.shape === "point" ? "circle" : "rect";
      let mark = this.querySelector("circle, rect");
      if (mark?.tagName !== shape) {
        const next = document.createElementNS("http://www.w3.org/2000/svg", shape);
        mark?.replaceWith(next);
        mark = next;
      }
      setAttrs(mark, marks.markAttributes(d, width, bounds));
      setText(this.querySelector("text"), marks.labelAttributes(d, width), d.label);
    });

  const firstCluster = layout.clusters.some((c) => c.key === state.activeCluster)
    ? state.activeCluster
    : layout.clusters[0]?.key;
  root
    .select<SVGGElement>("g.tl-clusters")
    .selectAll<SVGGElement, Cluster>("g.tl-cluster")
    .data(
      layout.clusters,
      keyBy((d: Cluster) => d.key, "key"),
    )
    .join((enter) => {
      const g = enter.append("g");
      g.append("circle");
      g.append("text");
      return g;
    })
    // The ids of a small cluster, for readers of the page; a big one (zoomed far out over a large archive) keeps
    // them on its bound datum only, so a frame never writes thousands of ids into the DOM.
    .attr("data-ids", (d) => (d.ids.length <= MAX_LISTED_IDS ? d.ids.join(" ") : null))
    .each(function (d) {
      const match = state.matches && d.ids.some((id) => state.matches?.has(id)) ? " tl-has-match" : "";
      setAttrs(this, {
        class: `tl-cluster${match}${d.lane === undefined ? "" : ` tl-in-lane-${d.lane}`}`,
        role: "button",
        tabindex: d.key === firstCluster ? 0 : -1,
        "data-key": d.key,
        "data-from": d.from,
        "data-to": d.to,
        "data-count": d.count,
        "aria-label": describeCluster(d.count, d.from, d.to),
      });
      const a = marks.clusterAttributes(d, width);
      // A count of long bands is a band on the track; a cluster a disc. A node may have held the other one.
      let shape = this.querySelector("circle, rect");
      if (shape?.tagName !== a.shape) {
        const next = document.createElementNS("http://www.w3.org/2000/svg", a.shape);
        if (shape) shape.replaceWith(next);
        else this.prepend(next);
        shape = next;
      }
      this.classList.toggle("tl-cluster-band", Boolean(d.band));
      setAttrs(shape, a.disc);
      setText(this.querySelector("text"), a.text, a.label);
    });
}

/** Redraws the axis's ticks only: a pan that moves the marks without laying them out still redraws the axis. */
export function renderAxis(
  svg: SVGSVGElement,
  axis: Pick<TimelineLayout, "ticks" | "tickUnit" | "width" | "height">,
): void {
  const { width, height } = axis;
  if (svg.dataset.unit !== axis.tickUnit) svg.dataset.unit = axis.tickUnit;
  select(svg)
    .select<SVGGElement>("g.tl-axis")
    .selectAll<SVGGElement, Tick>("g.tl-tick")
    .data(
      axis.ticks,
      keyBy((d: Tick) => String(d.time), "time"),
    )
    .join((enter) => {
      const g = enter.append("g").attr("class", "tl-tick");
      g.append("line");
      g.append("text");
      return g;
    })
    .attr("data-time", (d) => d.time)
    .each(function (d) {
      const a = marks.tickAttributes(d, width, height);
      setAttrs(this.querySelector("line"), a.line);
      setText(this.querySelector("text"), a.text, d.label);
    });
}

/**
 * Moves the drawn events and clusters `dx` px sideways with one transform on their groups: a pan's frame, where
 * rewriting every mark's position would cost a style, layout and paint of the whole drawing.
 */
export function moveDrawing(svg: SVGSVGElement, dx: number): void {
  const transform = dx === 0 ? "" : `translateX(${dx}px)`;
  for (const group of svg.querySelectorAll<SVGGElement>("g.tl-events, g.tl-clusters"))
    if (group.style.transform !== transform) group.style.transform = transform;
}

/** Makes the first drawn copy of an event the drawing's tab stop, as a redraw would, without laying anything out. */
export function moveTabStop(svg: SVGSVGElement, id: string): void {
  const next = svg.querySelector(`a.tl-event[data-id="${CSS.escape(id)}"]`);
  if (!next) return;
  for (const mark of svg.querySelectorAll("a.tl-event[tabindex='0']")) mark.setAttribute("tabindex", "-1");
  next.setAttribute("tabindex", "0");
}

/**
 * Writes only the attributes that changed: most marks keep their class, label and row from one zoom frame to the
 * next, and every write, even of the same value, costs the browser style work on the next frame.
 */
function setAttrs(element: Element | null, attrs: Attrs): void {
  if (!element) return;
  for (const [name, value] of Object.entries(attrs)) {
    const text = String(value);
    if (element.getAttribute(name) !== text) element.setAttribute(name, text);
  }
}

/** A text element's attributes and its words, each written only when it changed. */
function setText(element: Element | null, attrs: Attrs, text: string): void {
  if (!element) return;
  setAttrs(element, attrs);
  if (element.textContent !== text) element.textContent = text;
}

/**
 * A join key that also works for the server's nodes, which have no bound datum yet: those are
 * matched by their data-* attribute, so the first client render reuses them instead of redrawing.
 */
function keyBy<D>(key: (d: D) => string, attribute: string) {
  return function (this: Element | SVGElement, d: D): string {
    return (d as D | undefined) === undefined ? ((this as SVGElement).dataset?.[attribute] ?? "") : key(d);
  };
}
