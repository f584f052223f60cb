// Preloaded into a measured child process (node --import, see measureNode): as the process exits, writes its resource
// use (CPU time of all its threads, peak resident memory) to the file named by BENCH_USAGE_FILE.
import { writeFileSync } from "node:fs";

const file = process.env.BENCH_USAGE_FILE;
if (file) process.on("exit", () => writeFileSync(file, JSON.stringify(process.resourceUsage())));
