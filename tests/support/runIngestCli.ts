import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Runs `npm run -s ingest -- ARGS` from the repository root, as a person would. */
export function runIngestCli(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync("npm", ["run", "-s", "ingest", "--", ...args], {
    cwd: join(import.meta.dirname, "../.."),
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh temporary folder for one test's output. */
export function tempDir(name: string): string {
  return mkdtempSync(join(tmpdir(), `ingest-${name}-`));
}
