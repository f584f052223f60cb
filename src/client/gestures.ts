/** What the gestures ask of the timeline, in screen pixels of the drawing. */
export interface GestureHost {
  /** Moves the view by `dx` px (positive: the drawing follows the pointer to the right, showing earlier dates). */
  panBy(dx: number): void;
  /** Zooms by `factor` (above 1: in) around `x` px from the drawing's left edge; `animate` glides there. */
  zoomAt(x: number, factor: number, animate: boolean): void;
}

/** How long the "Ctrl + scroll to zoom" hint stays, ms. */
const HINT_MS = 1600;
/** A press that moves less than this is a click, not a drag, px. */
const DRAG_THRESHOLD = 4;

/**
 * Zoom and pan, with the page's scrolling left alone. The wheel scrolls the page; with Ctrl or ⌘ (and a trackpad
 * pinch, which browsers send as Ctrl + wheel) it zooms, and without them it shows a short hint, as map embeds do; a
 * sideways wheel or trackpad swipe pans. A mouse drags the view sideways; a double-click zooms in (Shift: out). On a
 * touch screen one finger scrolls the page vertically (touch-action: pan-y leaves that to the browser, which cancels
 * our pointer when it scrolls) and pans the timeline sideways; two fingers pinch to zoom.
 */
export function bindGestures(svg: SVGSVGElement, hint: HTMLElement | null, host: GestureHost): void {
  let hintTimer = 0;
  const mac = /Mac|iPhone|iPad/.test(navigator.platform);
  const left = () => svg.getBoundingClientRect().left;
  // Trackpad pinches send small steps, a mouse wheel big notches: both should zoom at a steady, modest rate.
  const wheelFactor = (event: WheelEvent) => {
    const px = event.deltaY * (event.deltaMode === 1 ? 20 : event.deltaMode ? 400 : 1);
    return 2 ** (-Math.max(Math.min(px, 100), -100) * (Math.abs(px) < 50 ? 0.02 : 0.005));
  };
  svg.addEventListener(
    "wheel",
    (event) => {
      if (event.ctrlKey || event.metaKey) {
        event.preventDefault();
        host.zoomAt(event.clientX - left(), wheelFactor(event), false);
        return;
      }
      if (Math.abs(event.deltaX) > Math.abs(event.deltaY)) {
        event.preventDefault();
        host.panBy(-event.deltaX * (event.deltaMode === 1 ? 20 : 1));
        return;
      }
      if (!hint) return;
      hint.textContent = `Hold ${mac ? "⌘" : "Ctrl"} and scroll to zoom the timeline`;
      hint.hidden = false;
      window.clearTimeout(hintTimer);
      hintTimer = window.setTimeout(() => {
        hint.hidden = true;
      }, HINT_MS);
    },
    { passive: false },
  );

  svg.addEventListener("dblclick", (event) => {
    if ((event.target as Element).closest("a, [role=button]")) return;
    event.preventDefault();
    host.zoomAt(event.clientX - left(), event.shiftKey ? 0.5 : 2, true);
  });

  const pointers = new Map<number, { x: number; y: number; startX: number }>();
  let dragged = false;
  svg.addEventListener("pointerdown", (event) => {
    // The main button without Ctrl: a right-click or Ctrl-click opens the context menu.
    if (event.pointerType === "mouse" && (event.button !== 0 || event.ctrlKey)) return;
    if (pointers.size === 0) dragged = false;
    pointers.set(event.pointerId, { x: event.clientX, y: event.clientY, startX: event.clientX });
  });
  svg.addEventListener("pointermove", (event) => {
    const last = pointers.get(event.pointerId);
    if (!last) return;
    if (!dragged && Math.abs(event.clientX - last.startX) < DRAG_THRESHOLD) return;
    if (!dragged) {
      dragged = true;
      svg.setPointerCapture(event.pointerId);
      svg.classList.add("tl-dragging");
    }
    if (pointers.size === 1) host.panBy(event.clientX - last.x);
    else if (pointers.size === 2) {
      const other = [...pointers].find(([id]) => id !== event.pointerId)?.[1];
      if (other) {
        const before = Math.abs(last.x - other.x);
        const after = Math.abs(event.clientX - other.x);
        host.panBy((event.clientX - last.x) / 2);
        // Fingers one above the other say nothing about a zoom.
        if (before > 8 && after > 8) host.zoomAt((event.clientX + other.x) / 2 - left(), after / before, false);
      }
    }
    pointers.set(event.pointerId, { ...last, x: event.clientX, y: event.clientY });
  });
  const lift = (event: PointerEvent) => {
    pointers.delete(event.pointerId);
    if (pointers.size === 0) svg.classList.remove("tl-dragging");
  };
  svg.addEventListener("pointerup", lift);
  // The browser took the gesture over (a vertical swipe is a page scroll): the timeline lets go.
  svg.addEventListener("pointercancel", lift);
  // A drag that ends on an event is not a click on it.
  svg.addEventListener(
    "click",
    (event) => {
      if (!dragged) return;
      dragged = false;
      event.preventDefault();
      event.stopImmediatePropagation();
    },
    { capture: true },
  );
}
