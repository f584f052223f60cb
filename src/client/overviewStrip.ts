import { select } from "d3-selection";
import { spanWords, windowWords } from "../lib/timeline/describeItem.ts";
import {
  BREAK_PATH,
  brushSpan,
  describeOverview,
  layoutOverview,
  type OverviewBar,
  type OverviewLayout,
  overviewTime,
  overviewX,
} from "../lib/timeline/layoutOverview.ts";
import { pct } from "../lib/timeline/markAttributes.ts";
import { type MonthCounts, setFilter, totalCount } from "../lib/timeline/monthCounts.ts";

/** What the strip asks of the timeline: show a window (animated for jumps, at once while dragging). */
export interface OverviewHost {
  showWindow(window: [number, number], animate: boolean): void;
  announce(message: string): void;
}

/** What the strip draws: the counts, the filter and lanes, the extent and where the scale breaks. */
export interface OverviewInput {
  counts: MonthCounts;
  topics: readonly string[];
  lanes: readonly string[] | null;
  extent: [number, number];
  breakAt: number | null;
}

/**
 * The overview strip over the server's drawing: redraws its bars when the filter, lanes or width change, moves the
 * brush as the view moves, and lets the reader move the view from it: drag or resize the brush, drag out a new one,
 * click a bar to show its month (or year); from the keyboard, arrows and + − on the brush, arrows and Enter on bars.
 */
export class OverviewStrip {
  #svg: SVGSVGElement;
  #host: OverviewHost;
  #layout: OverviewLayout | null = null;
  #window: [number, number] = [0, 1];
  #brush: SVGRectElement;
  #focusedBar = 0;

  constructor(svg: SVGSVGElement, host: OverviewHost) {
    this.#svg = svg;
    this.#host = host;
    svg.classList.remove("tl-for-narrow", "tl-for-medium", "tl-for-wide");
    this.#brush = svg.querySelector<SVGRectElement>("rect.ov-window") as SVGRectElement;
    // Two grips, so the brush's ends can be taken with a mouse or a finger; the slider's keys do the same.
    for (const side of ["start", "end"]) {
      const grip = document.createElementNS("http://www.w3.org/2000/svg", "rect");
      grip.setAttribute("class", `ov-grip ov-grip-${side}`);
      grip.dataset.grip = side;
      this.#brush.after(grip);
    }
    Object.assign(this.#brush.dataset, { grip: "move" });
    this.#brush.setAttribute("role", "slider");
    this.#brush.setAttribute("tabindex", "0");
    this.#brush.setAttribute("aria-label", "Window shown in the timeline");
    this.#brush.setAttribute("aria-orientation", "horizontal");
    svg.addEventListener("pointerdown", (event) => this.#onPointerDown(event));
    svg.addEventListener("keydown", (event) => this.#onKey(event));
    svg.addEventListener("focusin", (event) => {
      const bar = (event.target as Element).closest<SVGRectElement>("rect.ov-bar");
      if (bar) this.#focusedBar = this.#bars().indexOf(bar);
    });
  }

  /** Draws the bars and labels for new counts, filter, lanes or width. */
  update(input: OverviewInput, width: number): void {
    const keep = setFilter(input.counts, input.topics);
    const layout = layoutOverview(input.counts, input.extent, width, {
      keep,
      lanes: input.lanes,
      breakAt: input.breakAt,
    });
    this.#layout = layout;
    const root = select(this.#svg).attr("height", layout.height).attr("data-width", width);
    this.#svg.setAttribute("aria-label", describeOverview(layout, totalCount(input.counts, keep)));
    const axis = root.select<SVGGElement>("g.ov-axis");
    axis.select("line.ov-base").attr("y1", layout.base).attr("y2", layout.base);
    axis
      .selectAll<SVGTextElement, OverviewLayout["ticks"][number]>("text")
      .data(layout.ticks)
      .join("text")
      .attr("x", (d) => pct(d.x, width))
      .attr("y", layout.height - 3)
      .attr("dx", 3)
      .text((d) => d.label);
    axis
      .selectAll<SVGSVGElement, number>("svg.ov-break")
      .data(layout.breakX === null ? [] : [layout.breakX])
      .join((enter) => {
        const s = enter.append("svg").attr("class", "ov-break").attr("overflow", "visible");
        s.append("path").attr("d", BREAK_PATH);
        return s;
      })
      .attr("x", (d) => pct(d, width))
      .attr("y", layout.base);
    root
      .select<SVGGElement>("g.ov-bars")
      .attr("role", "group")
      .attr("aria-label", "Events by period: choose one to show it")
      .selectAll<SVGRectElement, OverviewBar>("rect.ov-bar")
      .data(layout.bars, function (d) {
        return d ? d.key : ((this as SVGRectElement).dataset.key ?? "");
      })
      .join((enter) => enter.append("rect").attr("class", "ov-bar"))
      .attr("class", (d) => `ov-bar${d.lane === null ? "" : ` ov-lane-${input.lanes?.indexOf(d.lane) ?? 0}`}`)
      .attr("x", (d) => pct(d.x, width))
      .attr("y", (d) => d.y)
      .attr("width", (d) => pct(d.width, width))
      .attr("height", (d) => d.height)
      .attr("data-key", (d) => d.key)
      .attr("data-count", (d) => d.count)
      .attr("data-start", (d) => d.start)
      .attr("data-end", (d) => d.end)
      .attr("role", "button")
      .attr("aria-label", (d) => barWords(d))
      .each(function () {
        this.querySelector("title")?.remove();
      });
    this.#focusedBar = Math.min(this.#focusedBar, layout.bars.length - 1);
    this.#bars().forEach((bar, i) => {
      bar.setAttribute("tabindex", i === Math.max(this.#focusedBar, 0) ? "0" : "-1");
    });
    this.#brush.setAttribute("height", String(layout.base - 1));
    this.setWindow(this.#window);
  }

  /** Moves the brush to the window the timeline shows. */
  setWindow(window: [number, number]): void {
    this.#window = window;
    const layout = this.#layout;
    if (!layout) return;
    const { x, width } = brushSpan(layout.segments, window);
    const w = layout.width;
    this.#brush.setAttribute("x", pct(x, w));
    this.#brush.setAttribute("width", pct(width, w));
    for (const grip of this.#svg.querySelectorAll<SVGRectElement>("rect.ov-grip")) {
      const at = grip.dataset.grip === "start" ? x : x + width;
      grip.setAttribute("x", pct(at - 3, w));
      grip.setAttribute("y", String(layout.base / 2 - 8));
      grip.setAttribute("width", "6");
      grip.setAttribute("height", "16");
    }
    const [t0, t1] = [layout.segments[0]?.t0 ?? 0, layout.segments.at(-1)?.t1 ?? 1];
    this.#brush.setAttribute("aria-valuemin", String(Math.round(t0 / 86_400_000)));
    this.#brush.setAttribute("aria-valuemax", String(Math.round(t1 / 86_400_000)));
    this.#brush.setAttribute("aria-valuenow", String(Math.round(window[0] / 86_400_000)));
    this.#brush.setAttribute("aria-valuetext", windowWords(window));
  }

  #bars(): SVGRectElement[] {
    return [...this.#svg.querySelectorAll<SVGRectElement>("rect.ov-bar")];
  }

  /** Pointer x on the strip in layout pixels. */
  #x(event: PointerEvent): number {
    const box = this.#svg.getBoundingClientRect();
    return ((event.clientX - box.left) / Math.max(box.width, 1)) * (this.#layout?.width ?? box.width);
  }

  #onPointerDown(event: PointerEvent): void {
    const layout = this.#layout;
    if (!layout || event.button !== 0) return;
    const grip = ((event.target as Element).closest("[data-grip]") as SVGElement | null)?.dataset.grip;
    const startX = this.#x(event);
    const startWindow = this.#window;
    const span = startWindow[1] - startWindow[0];
    let moved = false;
    event.preventDefault();
    this.#svg.setPointerCapture(event.pointerId);
    const move = (e: PointerEvent) => {
      const x = this.#x(e);
      if (!moved && Math.abs(x - startX) < 3) return;
      moved = true;
      const at = overviewTime(layout.segments, x);
      if (grip === "move") {
        const from = overviewTime(layout.segments, overviewX(layout.segments, startWindow[0]) + x - startX);
        this.#host.showWindow([from, from + span], false);
      } else if (grip === "start") this.#host.showWindow([Math.min(at, startWindow[1]), startWindow[1]], false);
      else if (grip === "end") this.#host.showWindow([startWindow[0], Math.max(at, startWindow[0])], false);
      else {
        // Dragging on the strip outside the brush draws a new one.
        const anchor = overviewTime(layout.segments, startX);
        this.#host.showWindow([Math.min(anchor, at), Math.max(anchor, at)], false);
      }
    };
    const end = (e: PointerEvent) => {
      this.#svg.removeEventListener("pointermove", move);
      this.#svg.removeEventListener("pointerup", end);
      this.#svg.removeEventListener("pointercancel", end);
      if (moved || e.type === "pointercancel") return;
      // A click (on a bar, near one, or inside the brush over one) shows that bar's period: bars can be a few
      // pixels wide, so the nearest within reach counts.
      const bar = nearestBar(layout.bars, startX);
      if (bar) this.#jumpTo(bar.start, bar.end);
      else {
        // A click on empty strip centres the view there, at its zoom.
        const at = overviewTime(layout.segments, startX);
        this.#host.showWindow([at - span / 2, at + span / 2], true);
      }
    };
    this.#svg.addEventListener("pointermove", move);
    this.#svg.addEventListener("pointerup", end);
    this.#svg.addEventListener("pointercancel", end);
  }

  /** Shows a bar's period, with a little air around it. */
  #jumpTo(start: number, end: number): void {
    const pad = (end - start) * 0.05;
    this.#host.showWindow([start - pad, end + pad], true);
    this.#host.announce(`Showing ${spanWords(start, end)}.`);
  }

  #onKey(event: KeyboardEvent): void {
    const target = event.target as Element;
    if (event.ctrlKey || event.altKey || event.metaKey) return;
    const [from, to] = this.#window;
    const span = to - from;
    if (target === this.#brush) {
      const step = event.shiftKey || event.key.startsWith("Page") ? span : span / 10;
      const moves: Record<string, [number, number] | undefined> = {
        ArrowLeft: [from - step, to - step],
        ArrowRight: [from + step, to + step],
        PageUp: [from - step, to - step],
        PageDown: [from + step, to + step],
        Home: this.#layout
          ? [this.#layout.segments[0]?.t0 ?? from, (this.#layout.segments[0]?.t0 ?? from) + span]
          : undefined,
        End: this.#layout
          ? [(this.#layout.segments.at(-1)?.t1 ?? to) - span, this.#layout.segments.at(-1)?.t1 ?? to]
          : undefined,
        "+": [from + span / 4, to - span / 4],
        "=": [from + span / 4, to - span / 4],
        "-": [from - span / 2, to + span / 2],
        "−": [from - span / 2, to + span / 2],
        ArrowUp: [from + span / 4, to - span / 4],
        ArrowDown: [from - span / 2, to + span / 2],
      };
      const next = moves[event.key];
      if (!next) return;
      event.preventDefault();
      this.#host.showWindow(next, false);
      return;
    }
    const bar = target.closest<SVGRectElement>("rect.ov-bar");
    if (!bar) return;
    const bars = this.#bars();
    const i = bars.indexOf(bar);
    const by: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, Home: -i, End: bars.length - 1 - i };
    if (event.key in by) {
      event.preventDefault();
      const next = bars[Math.min(Math.max(i + (by[event.key] ?? 0), 0), bars.length - 1)];
      if (!next) return;
      bar.setAttribute("tabindex", "-1");
      next.setAttribute("tabindex", "0");
      next.focus();
    } else if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      this.#jumpTo(Number(bar.dataset.start), Number(bar.dataset.end));
    }
  }
}

/** How far from a bar a click still means it, px. */
const BAR_REACH = 10;

/** The bar under x, or the nearest within {@link BAR_REACH} px. */
function nearestBar(bars: readonly OverviewBar[], x: number): OverviewBar | null {
  let best: OverviewBar | null = null;
  let distance = BAR_REACH;
  for (const bar of bars) {
    const d = x < bar.x ? bar.x - x : x > bar.x + bar.width ? x - bar.x - bar.width : 0;
    if (d < distance || (d === 0 && distance === 0 && best && bar.count > best.count)) {
      best = bar;
      distance = d;
    }
  }
  return best;
}

function barWords(bar: OverviewBar): string {
  return `${spanWords(bar.start, bar.end)}: ${bar.count} event${bar.count === 1 ? "" : "s"}`;
}
