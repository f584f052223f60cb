// The main page's "Embed" control (src/pages/embed/_EmbedCode.astro): keeps the snippet in step
// with the view on screen and copies it. The timeline keeps its view in the URL, so the snippet is
// rebuilt from the URL whenever the reader is about to look at it or copy it.
import { buildEmbedSnippet } from "../lib/embed/buildEmbedSnippet.ts";
import { DEFAULT_EMBED_VIEW, type EmbedTheme } from "../lib/embed/embedParams.ts";
import { frameTitle } from "../lib/embed/frameTitle.ts";
import { readTopicNames } from "../lib/embed/readTopicNames.ts";
import { parseView } from "../lib/view/viewState.ts";

for (const control of document.querySelectorAll<HTMLDetailsElement>("details[data-embed-code]")) bindEmbedCode(control);

function bindEmbedCode(control: HTMLDetailsElement): void {
  const snippet = control.querySelector<HTMLTextAreaElement>("[data-embed-snippet]");
  const theme = control.querySelector<HTMLSelectElement>("[data-embed-option='theme']");
  const title = control.querySelector<HTMLInputElement>("[data-embed-option='title']");
  const status = control.querySelector<HTMLElement>("[data-embed-status]");
  if (!snippet) return;
  const pageTopics = (control.dataset.topics ?? "").split(",").filter(Boolean);
  const names = readTopicNames(control.dataset.topicNames);

  const update = () => {
    const url = parseView(location.search);
    const topics = url.topics.length > 0 ? url.topics : pageTopics;
    const view = {
      ...DEFAULT_EMBED_VIEW,
      ...url,
      topics,
      theme: (theme?.value as EmbedTheme | undefined) ?? DEFAULT_EMBED_VIEW.theme,
      title: title?.checked ?? true,
    };
    snippet.value = buildEmbedSnippet(location.origin, view, { title: frameTitle(topics, names) });
    if (status) status.textContent = "";
  };

  control.addEventListener("toggle", () => control.open && update());
  control.addEventListener("change", update);
  snippet.addEventListener("focus", () => {
    update();
    snippet.select();
  });
  control.querySelector("[data-embed-copy]")?.addEventListener("click", async () => {
    update();
    const copied = await copyText(snippet);
    if (status) status.textContent = copied ? "Copied." : "The code is selected: copy it with Ctrl+C (⌘C on a Mac).";
  });
}

/** Copies with the Clipboard API; where the page may not (no secure context, denied), selects the code instead. */
async function copyText(field: HTMLTextAreaElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(field.value);
    return true;
  } catch {
    field.focus();
    field.select();
    return false;
  }
}
