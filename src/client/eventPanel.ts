/**
 * The detail panel: the event page's own article, fetched and imported, so the panel and the page
 * never differ. Only our same-origin, already-escaped page is parsed; its scripts never run (DOMParser).
 */
export async function fillPanel(body: HTMLElement, id: string): Promise<HTMLElement | null> {
  const response = await fetch(`/events/${encodeURIComponent(id)}/`, { credentials: "same-origin" });
  if (!response.ok) return null;
  const page = new DOMParser().parseFromString(await response.text(), "text/html");
  const article = page.querySelector<HTMLElement>("article.event-detail");
  if (!article) return null;
  const imported = document.importNode(article, true);
  // The page's h1 becomes the panel's h2: the home page keeps a single top heading.
  const h1 = imported.querySelector("h1");
  if (h1) {
    const h2 = document.createElement("h2");
    for (const attribute of h1.attributes) h2.setAttribute(attribute.name, attribute.value);
    h2.append(...h1.childNodes);
    h1.replaceWith(h2);
  }
  for (const h2 of imported.querySelectorAll("h2:not(.event-title)")) {
    const h3 = document.createElement("h3");
    h3.append(...h2.childNodes);
    h2.replaceWith(h3);
  }
  body.replaceChildren(imported);
  return imported.querySelector<HTMLElement>(".event-title");
}
