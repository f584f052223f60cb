// npm run bench:ingest [-- --articles 10000 --runs 3]
// Builds a synthetic corpus of 10,000 articles in a temp folder and times the ingest over it in-process, single-threaded
// and in worker threads as `npm run ingest` runs it: articles per second (median of the runs, wall clock and CPU time)
// and peak memory. The same benchmark as `npm run bench -- --only ingest-throughput`, without the JSON. Figures only:
// nothing here asserts a time.
import { parseArgs } from "node:util";
import { formatRows } from "./bench/benchmark.ts";
import { ingestThroughput } from "./bench/ingest.ts";

const { values } = parseArgs({
  options: { articles: { type: "string", default: "10000" }, runs: { type: "string", default: "3" } },
});
const { rows, notes = [] } = await ingestThroughput.run({
  runs: Math.max(3, Number(values.runs)),
  options: { articles: values.articles },
  log: (line) => console.error(line),
});
console.log(formatRows(rows));
for (const note of notes) console.log(`  ${note}`);
