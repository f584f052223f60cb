import type { ScreenName } from "../lib/timeline/geometry.ts";

/**
 * The server drew each part once per screen class (narrow, medium, wide), CSS showing one. The client keeps the
 * class on screen, drops the other copies of the drawing and the overview, and lets what it kept follow the real
 * width from then on. Returns the drawing, the overview strip and the class kept.
 */
export function keepOneSvg(root: HTMLElement): {
  svg: SVGSVGElement;
  overview: SVGSVGElement | null;
  screen: ScreenName;
} {
  const svgs = [...root.querySelectorAll<SVGSVGElement>("svg.tl-svg")];
  const shown = svgs.find((svg) => svg.getBoundingClientRect().width > 0) ?? svgs[0];
  if (!shown) throw new Error("news-timeline: no server-rendered svg.tl-svg inside");
  const screen = screenOf(shown);
  for (const svg of svgs) if (svg !== shown) svg.remove();
  shown.classList.remove(`tl-for-${screen}`);
  shown.setAttribute("aria-describedby", root.querySelector(".tl-hint")?.id ?? "");
  const strips = [...root.querySelectorAll<SVGSVGElement>("svg.ov-svg")];
  const overview = strips.find((svg) => svg.classList.contains(`tl-for-${screen}`)) ?? strips[0] ?? null;
  for (const strip of strips) if (strip !== overview) strip.remove();
  return { svg: shown, overview, screen };
}

/** The screen class a server-drawn copy is for. */
export function screenOf(element: Element): ScreenName {
  if (element.classList.contains("tl-for-wide")) return "wide";
  return element.classList.contains("tl-for-medium") ? "medium" : "narrow";
}
