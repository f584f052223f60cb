import { heightMessage } from "../lib/embed/heightMessage.ts";

/**
 * Posts the content height to the parent page whenever it changes (docs/embed.md).
 * The target origin is "*" because the embed cannot know who frames it, and a height is not
 * a secret. Returns a function that stops observing.
 */
export function reportHeight(content: Element, id: string | null): () => void {
  if (window.parent === window) return () => {};
  let last = 0;
  const send = () => {
    const message = heightMessage(content.getBoundingClientRect().height, id);
    if (message.height === last) return;
    last = message.height;
    window.parent.postMessage(message, "*");
  };
  const observer = new ResizeObserver(send);
  observer.observe(content);
  send();
  return () => observer.disconnect();
}
