import { chooseTicks } from "../lib/timeline/chooseTicks.ts";
import type { Lane } from "../lib/timeline/layoutLanes.ts";
import { layoutTimeline } from "../lib/timeline/layoutTimeline.ts";
import { type Beside, layoutBeside, type Margins, withMargins } from "../lib/timeline/layoutWithMargins.ts";
import type { TimelineItem, TimelineLayout } from "../lib/timeline/types.ts";
import { moveDrawing, renderAxis } from "./renderTimeline.ts";

/** A view and everything its layout depends on. */
export interface ViewInput {
  items: readonly TimelineItem[];
  domain: [number, number];
  width: number;
  rows: number;
  trackRows: number;
  pinned: string | null;
  lanes: readonly Lane[] | null;
}

/** Draws a layout; `bounds` is the stretch its bands are cut to (renderTimeline). */
export type Paint = (layout: TimelineLayout, bounds: [number, number]) => void;

/** The drawn layout: the view it was laid out for, and the windows beside it added to the drawing. */
interface Drawn {
  input: ViewInput;
  layout: TimelineLayout;
  margins: Margins;
}

/** How long the view must rest before the windows beside it are laid out, ready for a pan, ms. */
const PREPARE_MS = 100;

/**
 * The layout behind the drawing, and what each frame does to it. A still view, a zoom or a new filter is laid out
 * exactly (layoutTimeline). A pan's frames lay nothing out: the window the pan heads into is added beside the drawn
 * view once (laid out ahead while the view rested, if it did), then the drawing moves with one transform until the pan
 * has travelled a view's width. When the pan stops, the owner lays the view out exactly again with {@link render}.
 */
export class PanFrames {
  #svg: SVGSVGElement;
  #paint: Paint;
  #drawn: Drawn | null = null;
  #beside: { for: TimelineLayout; before: Beside; after: Beside } | null = null;
  #timer = 0;

  constructor(svg: SVGSVGElement, paint: Paint) {
    this.#svg = svg;
    this.#paint = paint;
  }

  /** Lays the view out exactly and draws it. */
  render(input: ViewInput): void {
    const layout = layoutTimeline(input.items, input.domain, input.width, input);
    this.#drawn = { input, layout, margins: { before: false, after: false } };
    this.#paint(layout, [0, input.width]);
    this.#prepare();
  }

  /** A frame of a pan: moves the drawing, first adding the window the pan heads into if the drawing ends too soon. */
  pan(input: ViewInput): void {
    const drawn = this.#drawn;
    if (!drawn || !sameScale(drawn.input, input)) {
      this.render(input);
      return;
    }
    const [from, to] = input.domain;
    const span = to - from;
    const [d0, d1] = drawn.input.domain;
    // A millisecond of slack: the same shift taken from both ends of a window can round differently.
    const before = drawn.margins.before ? span : 0;
    const after = drawn.margins.after ? span : 0;
    const covered = from >= d0 - before - 1 && to <= d1 + after + 1;
    // A tile that lands mid-pan brings events: the view and the window ahead are laid out again with them.
    if (!covered || !sameEvents(drawn.input, input)) this.#extend(input);
    const now = this.#drawn ?? drawn;
    moveDrawing(this.#svg, ((now.input.domain[0] - from) / span) * input.width);
    const { unit, ticks } = chooseTicks(input.domain, input.width);
    renderAxis(this.#svg, { ticks, tickUnit: unit, width: input.width, height: now.layout.height });
  }

  /** Draws the window the pan heads into beside the drawn view, or, once it has gone past that, beside the view. */
  #extend(input: ViewInput): void {
    const drawn = this.#drawn as Drawn;
    const [from, to] = input.domain;
    const [d0, d1] = drawn.input.domain;
    const margins = { before: from < d0, after: to > d1 };
    const onDrawn =
      !drawn.margins.before &&
      !drawn.margins.after &&
      Math.abs(from - d0) <= to - from &&
      sameEvents(drawn.input, input);
    const base = onDrawn ? drawn : { input, layout: layoutTimeline(input.items, input.domain, input.width, input) };
    const ready = onDrawn && this.#beside?.for === drawn.layout ? this.#beside : null;
    const side = (which: "before" | "after") =>
      margins[which]
        ? (ready?.[which] ?? layoutBeside(base.input.items, base.input.domain, base.input.width, base.input, which))
        : null;
    const width = input.width;
    this.#drawn = { input: base.input, layout: base.layout, margins };
    this.#paint(withMargins(base.layout, side("before"), side("after")), [
      margins.before ? -width : 0,
      margins.after ? 2 * width : width,
    ]);
  }

  /** Once the view rests, lays out the windows on both sides of it, so a pan that starts there only draws them. */
  #prepare(): void {
    window.clearTimeout(this.#timer);
    const drawn = this.#drawn;
    this.#timer = window.setTimeout(
      () =>
        whenIdle(() => {
          if (!drawn || this.#drawn !== drawn) return;
          const { items, domain, width } = drawn.input;
          this.#beside = {
            for: drawn.layout,
            before: layoutBeside(items, domain, width, drawn.input, "before"),
            after: layoutBeside(items, domain, width, drawn.input, "after"),
          };
        }),
      PREPARE_MS,
    );
  }
}

/** Whether two views have the same scale: a pan moves a drawing only along time. */
function sameScale(a: ViewInput, b: ViewInput): boolean {
  return a.width === b.width && Math.abs(a.domain[1] - a.domain[0] - (b.domain[1] - b.domain[0])) < 1;
}

/**
 * Whether two views lay out the same events the same way. The pinned event is left out: a press that starts a drag
 * focuses the mark under it, pinning changes a layout only for an event that would otherwise sit in a cluster, and
 * the view is laid out exactly, pinned event and all, when the pan stops.
 */
function sameEvents(a: ViewInput, b: ViewInput): boolean {
  return a.items === b.items && a.rows === b.rows && a.trackRows === b.trackRows && a.lanes === b.lanes;
}

/** Runs `work` when the browser is idle (Safari has no requestIdleCallback: there, at once). */
function whenIdle(work: () => void): void {
  if ("requestIdleCallback" in window) window.requestIdleCallback(work);
  else work();
}
