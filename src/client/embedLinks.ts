/**
 * Makes every link leave the frame in a new tab, without a handle back to this page
 * (`target="_blank" rel="noopener"`), including links drawn later (zoom redraws, the
 * event panel). Same-page links (#…) stay in the frame: the page's <base target="_blank">
 * would otherwise open them in a new tab too.
 */
export function sendLinksOutside(root: Element): void {
  const fixAll = (node: ParentNode) => {
    if (node instanceof Element && node.matches("a[href]")) fixLink(node);
    for (const link of node.querySelectorAll("a[href]")) fixLink(link);
  };
  fixAll(root);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) fixAll(node);
    }
  }).observe(root, { childList: true, subtree: true });
  // A link whose href changed since (a redraw reusing an element) is fixed just before it is followed.
  root.addEventListener(
    "click",
    (event) => {
      const link = (event.target as Element | null)?.closest?.("a[href]");
      if (link) fixLink(link);
    },
    { capture: true },
  );
}

function fixLink(link: Element): void {
  if ((link.getAttribute("href") ?? "").startsWith("#")) {
    link.setAttribute("target", "_self");
    return;
  }
  link.setAttribute("target", "_blank");
  const rel = new Set((link.getAttribute("rel") ?? "").split(/\s+/).filter(Boolean));
  rel.add("noopener");
  link.setAttribute("rel", [...rel].join(" "));
}
