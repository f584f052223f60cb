import { select } from "d3-selection";
import { describeCluster, describeItem } from "../lib/timeline/describeItem.ts";
import { LANE_ROWS, ROW_HEIGHT, rowTop } from "../lib/timeline/geometry.ts";
import * as marks from "../lib/timeline/markAttributes.ts";
import type { Cluster, PlacedItem, Tick, TimelineLayout } from "../lib/timeline/types.ts";

type Attrs = Record<string, string | number>;

/**
 * Redraws a server-rendered timeline SVG for a new layout. Elements are keyed by event id, so the
 * server's nodes are reused (and keep focus) rather than replaced. Text goes in with .text() only.
 */
export function renderTimeline(
  svg: SVGSVGElement,
  layout: TimelineLayout,
  rows: number,
  state: { selected: string | null; active: string | null; topicNames?: Record<string, string> },
): void {
  const { width } = layout;
  const root = select(svg).attr("data-width", width).attr("data-unit", layout.tickUnit).attr("height", layout.height);

  root
    .select<SVGGElement>("g.tl-axis")
    .selectAll<SVGGElement, Tick>("g.tl-tick")
    .data(
      layout.ticks,
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
      const a = marks.tickAttributes(d, width, layout.height);
      setAttrs(this.querySelector("line"), a.line);
      setAttrs(this.querySelector("text"), a.text);
      select(this).select("text").text(d.label);
    });

  // Topic lanes: a rule above each lane after the first, and the lane's name at the left of its cluster row.
  root
    .select<SVGGElement>("g.tl-lanes")
    .selectAll<SVGGElement, TimelineLayout["lanes"][number]>("g.tl-lane")
    .data(layout.lanes, (d) => d.topic)
    .join((enter) => {
      const g = enter.append("g").attr("class", "tl-lane");
      g.append("line");
      g.append("text");
      return g;
    })
    .each(function (d) {
      const top = rowTop(d.row);
      setAttrs(this.querySelector("line"), {
        x1: 0,
        x2: "100%",
        y1: top,
        y2: top,
        visibility: d.row === 0 ? "hidden" : "visible",
      });
      setAttrs(this.querySelector("text"), { x: 6, y: rowTop(d.row + LANE_ROWS) + ROW_HEIGHT / 2 + 4 });
      select(this)
        .select("text")
        .text(d.topic ? (state.topicNames?.[d.topic] ?? d.topic) : "Other");
    });

  root
    .select<SVGGElement>("g.tl-events")
    .selectAll<SVGAElement, PlacedItem>("a.tl-event")
    .data(
      layout.placed,
      keyBy((d: PlacedItem) => d.item.id, "id"),
    )
    .join((enter) => {
      const a = enter.append("a");
      a.append((d) => document.createElementNS("http://www.w3.org/2000/svg", d.shape === "point" ? "circle" : "rect"));
      a.append("text");
      return a;
    })
    .attr("href", (d) => `/events/${d.item.id}/`)
    .attr("class", (d) => marks.eventClass(d, d.item.id === state.selected))
    .attr("data-id", (d) => d.item.id)
    .attr("data-index", (d) => d.index)
    .attr("aria-label", (d) => describeItem(d.item))
    .attr("tabindex", (d) => (d.item.id === state.active ? 0 : -1))
    .each(function (d) {
      setAttrs(this.querySelector("circle, rect"), marks.markAttributes(d, width));
      setAttrs(this.querySelector("text"), marks.labelAttributes(d, width));
      select(this).select("text").text(d.label);
    });

  root
    .select<SVGGElement>("g.tl-clusters")
    .selectAll<SVGGElement, Cluster>("g.tl-cluster")
    .data(layout.clusters)
    .join((enter) => {
      const g = enter.append("g").attr("class", "tl-cluster").attr("role", "img");
      g.append("circle");
      g.append("text");
      return g;
    })
    .attr("data-from", (d) => d.from)
    .attr("data-to", (d) => d.to)
    .attr("data-count", (d) => d.count)
    .attr("aria-label", (d) => describeCluster(d.count, d.from, d.to))
    .each(function (d) {
      const a = marks.clusterAttributes(d, width, rows);
      setAttrs(this.querySelector("circle"), a.disc);
      setAttrs(this.querySelector("text"), a.text);
      select(this).select("text").text(String(d.count));
    });
}

function setAttrs(element: Element | null, attrs: Attrs): void {
  if (!element) return;
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, String(value));
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
