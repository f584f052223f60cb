/**
 * Turns the topic links (which go to /topics/ID/ without JavaScript) into toggle buttons that filter
 * in place, several at a time. "All topics" clears the filter.
 */
export function bindTopicFilters(
  root: HTMLElement,
  initial: readonly string[],
  onChange: (topics: string[]) => void,
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
      event.preventDefault();
      const topic = link.dataset.topic ?? "";
      if (topic === "") chosen = new Set();
      else if (chosen.has(topic)) chosen.delete(topic);
      else chosen.add(topic);
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
