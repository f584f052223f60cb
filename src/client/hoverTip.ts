/**
 * Full titles on hover and focus: labels are cut to fit their row (or left out), so the mark under the pointer or
 * the keyboard shows its whole title and date in a tip above it. The tip repeats the mark's accessible name, so it is
 * hidden from screen readers, which read the name already.
 */
export function bindHoverTip(root: HTMLElement, svg: SVGSVGElement): { hide(): void; refresh(): void } {
  const tip = root.querySelector<HTMLElement>(".tl-tip");
  if (!tip) return { hide() {}, refresh() {} };
  let shownFor: Element | null = null;
  const show = (target: Element | null) => {
    const mark = target?.closest("a.tl-event, g.tl-cluster") ?? null;
    if (mark === shownFor) return;
    shownFor = mark;
    if (!mark) {
      tip.hidden = true;
      return;
    }
    tip.textContent = mark.getAttribute("aria-label") ?? "";
    tip.hidden = false;
    const at = (mark.querySelector("circle, rect") ?? mark).getBoundingClientRect();
    const box = root.getBoundingClientRect();
    const width = tip.offsetWidth;
    const left = Math.min(Math.max(at.left + at.width / 2 - box.left - width / 2, 0), box.width - width);
    tip.style.left = `${left}px`;
    tip.style.top = `${at.top - box.top - tip.offsetHeight - 6}px`;
  };
  // Marks pass under a dragging pointer: a tip for each would cost a layout on every frame of the pan.
  svg.addEventListener("pointerover", (event) => {
    if (!svg.classList.contains("tl-dragging")) show(event.target as Element);
  });
  svg.addEventListener("pointerleave", () => show(null));
  svg.addEventListener("focusin", (event) => show(event.target as Element));
  svg.addEventListener("focusout", () => show(null));
  return {
    hide() {
      shownFor = null;
      tip.hidden = true;
    },
    /** Puts the tip back on the focused mark after a redraw moved it. */
    refresh() {
      shownFor = null;
      const focused = document.activeElement;
      show(focused && svg.contains(focused) ? focused : null);
    },
  };
}
