import { countWords, listHeading } from "../lib/site/listHeading.ts";

/**
 * The list of events under the timeline follows the topic filter: events without a chosen topic are hidden (and a
 * year left empty with them), and the heading and count say what is listed. Without the client the page lists what
 * it was built with, so topic pages list their topic and the home page everything.
 */
export function filterEventList(topics: readonly string[], names: ReadonlyMap<string, string>): void {
  const section = document.querySelector<HTMLElement>("[data-event-list]");
  if (!section) return;
  const wanted = new Set(topics);
  let count = 0;
  for (const year of section.querySelectorAll<HTMLElement>(".event-year")) {
    let shown = 0;
    for (const li of year.querySelectorAll<HTMLElement>("li[data-topics]")) {
      const keep = wanted.size === 0 || (li.dataset.topics ?? "").split(" ").some((topic) => wanted.has(topic));
      li.hidden = !keep;
      if (keep) shown += 1;
    }
    year.hidden = shown === 0;
    count += shown;
  }
  const heading = section.querySelector("[data-list-heading]");
  // A long archive's page lists only its newest events (the rest are on the year pages): the heading says so.
  if (heading) heading.textContent = listHeading(topics, names, section.dataset.complete !== "false");
  const counter = section.querySelector("[data-list-count]");
  if (counter) counter.textContent = countWords(count);
}
