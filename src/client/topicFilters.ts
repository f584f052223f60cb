/**
 * Turns the topic links (which go to /topics/ID/ without JavaScript) into toggle buttons that filter
 * in place, several at a time. "All topics" clears the filter. On a topic page, whose list holds only its
 * topic, a change of filter goes to the home page with that filter instead (`leave`).
 */
export function bindTopicFilters(
  root: HTMLElement,
  initial: readonly string[],
  onChange: (topics: string[]) => void,
  leave: ((topics: string[]) => void) | null,
): void {
  const links = [...root.querySelectorAll<HTMLAnchorElement>(".tl-topics a[data-topic]")];
  let chosen = new Set(initial);
  const update = () => {
    for (const link of links) {
      const topic = link.dataset.topic ?? "";
      link.removeAttribute("aria-current");
      link.setAttribute("aria-pressed", String(topic === "" ? chosen.size === 0 : chosen.has(topic)));
    }
  };
  for (const link of links) {
    link.setAttribute("role", "button");
    link.addEventListener("click", (event) => {
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      const topic = link.dataset.topic ?? "";
      const next = new Set(chosen);
      if (topic === "") next.clear();
      else if (next.has(topic)) next.delete(topic);
      else next.add(topic);
      if (leave) {
        leave([...next].sort());
        return;
      }
      chosen = next;
      update();
      onChange([...chosen].sort());
    });
    // A link only answers Enter; as a button it must answer Space too.
    link.addEventListener("keydown", (event) => {
      if (event.key === " ") {
        event.preventDefault();
        link.click();
      }
    });
  }
  update();
}
