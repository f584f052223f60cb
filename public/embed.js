/*!
 * News timeline host script. Add it once to a page that embeds the timeline:
 *   <script src="https://TIMELINE-SITE/embed.js" async></script>
 * It resizes every <iframe data-news-timeline> to the height its content reports.
 * Message format (docs/embed.md): {type: "timeline:height", v: 1, id?: string, height: number}
 * Plain browser JavaScript, no dependencies, no globals but one guard flag; safe to include twice.
 */
(() => {
  if (window.__newsTimelineEmbed) return; // a second copy would only add a second listener
  window.__newsTimelineEmbed = true;

  const TYPE = "timeline:height";
  const VERSION = 1;
  const MIN = 100; // below this a frame is unusable: probably a measuring glitch
  const MAX = 5000; // above this a frame is a runaway loop or a hostile sender

  /** The message, checked field by field: anything on the web can post to this window. */
  function isHeightMessage(data) {
    if (typeof data !== "object" || data === null || Array.isArray(data)) return false;
    if (data.type !== TYPE || data.v !== VERSION) return false;
    if (typeof data.height !== "number" || !Number.isFinite(data.height)) return false;
    if (data.height < MIN || data.height > MAX) return false;
    return data.id === undefined || (typeof data.id === "string" && data.id.length <= 64);
  }

  /** Sandboxed frames (no allow-same-origin) post with origin "null"; otherwise it must be the frame's own site. */
  function fromFrameSite(frame, origin) {
    if (origin === "null") return true;
    try {
      return new URL(frame.src, document.baseURI).origin === origin;
    } catch {
      return false;
    }
  }

  window.addEventListener("message", (event) => {
    if (!isHeightMessage(event.data)) return;
    // The sender is identified by its window, not by anything it claims in the message.
    for (const frame of document.querySelectorAll("iframe[data-news-timeline]")) {
      if (frame.contentWindow !== event.source) continue;
      if (fromFrameSite(frame, event.origin)) frame.style.height = `${Math.ceil(event.data.height)}px`;
      return;
    }
  });
})();
