import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";

/** A fresh temporary folder for one test's output. */
export function tempDir(name: string): string {
  return mkdtempSync(join(tmpdir(), `ingest-${name}-`));
}

/**
 * Makes fresh temporary folders for a test file and removes them all after its tests. Call it at the top of the file:
 * `const temp = tempDirs();` then `temp("out")` in a test.
 */
export function tempDirs(): (name: string) => string {
  const made: string[] = [];
  afterAll(() => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });
  return (name) => {
    const dir = tempDir(name);
    made.push(dir);
    return dir;
  };
}
