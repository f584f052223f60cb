// The benchmarks `npm run bench` knows, in the order it runs them. To add one, write a Benchmark (see benchmark.ts:
// a name, a line about it, and a run that returns rows of figures) and list it here.
import type { Benchmark } from "./benchmark.ts";
import { ingestRuns, ingestThroughput, ingestWorkers } from "./ingest.ts";
import { siteBuild } from "./siteBuild.ts";
import { siteHome } from "./siteHome.ts";

export const BENCHMARKS: readonly Benchmark[] = [ingestThroughput, ingestRuns, ingestWorkers, siteBuild, siteHome];
