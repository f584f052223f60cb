// @ts-check
// Preloaded into a measured child process (node --import, see measureNode): as the process exits, writes its resource
// use (CPU time of all its threads, peak resident memory) to the file named by BENCH_USAGE_FILE. Plain JavaScript: a
// TypeScript preload would start Node's TypeScript parser in the child, 60–70 ms the measured program does not spend.
import { writeFileSync } from "node:fs";

const file = process.env.BENCH_USAGE_FILE;
if (file) process.on("exit", () => writeFileSync(file, JSON.stringify(process.resourceUsage())));
