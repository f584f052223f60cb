// The same events in vis-timeline, for the home page's benchmark: a page of our own making, served from loopback with
// vis-timeline's standalone bundle (a devDependency for this benchmark only). Nothing is fetched from elsewhere.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { EventsDocument } from "../../src/schema/eventsDocument.ts";

const DAY = 86_400_000;
const bundle = join(import.meta.dirname, "../../node_modules/vis-timeline/standalone/umd");

/** Writes index.html, the bundle, its stylesheet and data.json (from an events document) into `dir`; returns the count. */
export function writeVisTimelinePage(dir: string, eventsJson: string): number {
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(bundle, "vis-timeline-graph2d.min.js"), join(dir, "vis.js"));
  copyFileSync(join(bundle, "../../styles/vis-timeline-graph2d.min.css"), join(dir, "vis.css"));
  const { events } = JSON.parse(readFileSync(eventsJson, "utf8")) as EventsDocument;
  // A day is a point, anything longer a range to the end of its last day, as our timeline draws them.
  const items = events.map((e) =>
    e.date.precision === "day"
      ? { id: e.id, content: escapeHtml(e.title), start: e.date.start, type: "point" }
      : {
          id: e.id,
          content: escapeHtml(e.title),
          start: e.date.start,
          end: new Date(Date.parse(`${e.date.end}T00:00:00Z`) + DAY).toISOString().slice(0, 10),
          type: "range",
        },
  );
  writeFileSync(join(dir, "data.json"), JSON.stringify(items));
  writeFileSync(join(dir, "index.html"), PAGE);
  return items.length;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// The window comes from the query string (from, to: days), as on our home page; zoom is Ctrl + wheel, as on ours.
const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>vis-timeline benchmark</title><link rel="stylesheet" href="vis.css">
<style>body{margin:0;font:14px system-ui,sans-serif}#timeline{margin:16px}</style></head>
<body><div id="timeline"></div><script src="vis.js"></script><script>
(async () => {
  const params = new URLSearchParams(location.search);
  const items = await (await fetch("data.json")).json();
  const options = { zoomKey: "ctrlKey", start: params.get("from"), end: params.get("to"), height: "460px" };
  const timeline = new vis.Timeline(document.getElementById("timeline"), new vis.DataSet(items), options);
  timeline.once("changed", () => { document.documentElement.dataset.ready = ""; });
})();
</script></body></html>
`;
