import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { tempDir } from "./tempDir.ts";

/**
 * Runs `npm run -s ingest -- ARGS` from the repository root, as a person would. Unless ARGS choose a cache (--cache-dir,
 * --no-cache), the run gets a fresh one of its own: tests never read or crowd out the cache of the project's content.
 */
export function runIngestCli(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const own = args.some((a) => a === "--cache-dir" || a === "--no-cache") ? null : tempDir("cache");
  const result = spawnSync("npm", ["run", "-s", "ingest", "--", ...args, ...(own ? ["--cache-dir", own] : [])], {
    cwd: join(import.meta.dirname, "../.."),
    encoding: "utf8",
  });
  if (own) rmSync(own, { recursive: true, force: true });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
