/**
 * The server drew one SVG per screen class (narrow, medium, wide), CSS showing one. The client keeps the one
 * on screen, drops the rest and lets it follow the real width from then on.
 */
export function keepOneSvg(root: HTMLElement): SVGSVGElement {
  const svgs = [...root.querySelectorAll<SVGSVGElement>("svg.tl-svg")];
  const shown = svgs.find((svg) => svg.getBoundingClientRect().width > 0) ?? svgs[0];
  if (!shown) throw new Error("news-timeline: no server-rendered svg.tl-svg inside");
  for (const svg of svgs) if (svg !== shown) svg.remove();
  shown.classList.remove("tl-for-narrow", "tl-for-medium", "tl-for-wide");
  shown.setAttribute("aria-describedby", root.querySelector(".tl-hint")?.id ?? "");
  return shown;
}
