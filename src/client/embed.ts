// Entry of /embed/: reads the view from the query string, applies what the static page
// cannot know (theme, header, height, title, the timeline's window and topics), keeps links
// and history out of the host page and reports the height to it. Touches no storage:
// sandboxed frames throw on it.
import { type EmbedView, formatEmbedParams, parseEmbedParams } from "../lib/embed/embedParams.ts";
import { frameTitle } from "../lib/embed/frameTitle.ts";
import { readTopicNames } from "../lib/embed/readTopicNames.ts";
import { fillWindow, formatView } from "../lib/view/viewState.ts";
import { reportHeight } from "./embedHeight.ts";
import { sendLinksOutside } from "./embedLinks.ts";

const root = document.querySelector<HTMLElement>("[data-embed]");
const timeline = document.querySelector<HTMLElement>("news-timeline");
if (root) {
  const known = { topics: (root.dataset.topics ?? "").split(",").filter(Boolean) };
  const view = fillWindow(parseEmbedParams(location.search, known), { ...timeline?.dataset });
  if (timeline) showView(timeline, view);
  applyFrame(view);
  nameView(root, view);
  sendLinksOutside(root);
  reportHeight(root, view.id);
}

/**
 * Hands the view to <news-timeline> before it starts (the page loads this module ahead of the
 * timeline's own): the element reads its window, topics and open event from the URL, in the same
 * words as the embed, so the URL is rewritten to the view as the embed understood it (partial
 * dates resolved, unknown topics dropped); and its home view (its Reset) becomes the publisher's.
 */
function showView(element: HTMLElement, view: EmbedView): void {
  // Opening an event must not add steps to the host page's Back button.
  element.dataset.history = "replace";
  if (view.from && view.to) Object.assign(element.dataset, { homeFrom: view.from, homeTo: view.to });
  if (view.topics.length > 0) element.dataset.topics = view.topics.join(",");
  history.replaceState(null, "", `${location.pathname}${formatEmbedParams(view)}`);
}

/** Theme, header and fixed height: the head script did the first two before paint; this keeps them in step. */
function applyFrame(view: EmbedView): void {
  const html = document.documentElement;
  html.dataset.theme = view.theme;
  if (view.title) delete html.dataset.title;
  else html.dataset.title = "off";
  if (view.height !== null) {
    html.dataset.fixedHeight = "";
    html.style.setProperty("--embed-height", `${view.height}px`);
  }
}

/** Names the topics in the header and points "Open the full timeline" at the same view. */
function nameView(element: HTMLElement, view: EmbedView): void {
  const title = element.querySelector("[data-embed-title]");
  const name = frameTitle(view.topics, readTopicNames(element.dataset.topicNames));
  if (title) title.textContent = name;
  document.title = name;
  const open = element.querySelector<HTMLAnchorElement>("[data-embed-open]");
  if (open) {
    const { topics, from, to, event, q } = view;
    // Relative, so it points at whichever host serves this copy of the site.
    open.href = `/${formatView({ topics, from, to, event, q })}`;
  }
}
