// @ts-check
// Preloaded by `npm run ingest` (node --import): keeps V8's compiled code and the TypeScript-stripped source of every
// module between runs, which saves about a third of a second of start-up on each run and in each worker thread (they
// inherit the preload). The cache sits beside the ingest's under node_modules/.cache and Node keys it by file content.
// Plain JavaScript, unlike the rest: it is loaded before the cache is on, and stripping a TypeScript file there starts
// Node's TypeScript parser, which costs every run 60–70 ms; the modules loaded after it are stripped once and cached.
import { enableCompileCache } from "node:module";
import { join } from "node:path";

enableCompileCache(join(import.meta.dirname, "../../node_modules/.cache/news-timeline/compile"));
