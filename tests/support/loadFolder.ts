import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { SourceInput } from "../../src/lib/ingest/1-read/index.ts";
import type { DataFile, IngestInput } from "../../src/lib/ingest/index.ts";

const root = join(import.meta.dirname, "../..");

/** Loads an input folder the way scripts/ingest.ts does, for in-process runs of the pipeline. */
export function loadFolder(dir: string, extra: { overrides?: DataFile | null; add?: SourceInput[] } = {}): IngestInput {
  const files = readdirSync(dir)
    .filter((f) => !f.startsWith("."))
    .sort();
  const sources: SourceInput[] = files
    .filter((f) => !f.endsWith(".meta.json"))
    .map((file) => ({
      file,
      size: statSync(join(dir, file)).size,
      bytes: new Uint8Array(readFileSync(join(dir, file))),
    }));
  return {
    sources: [...sources, ...(extra.add ?? [])],
    sidecars: files
      .filter((f) => f.endsWith(".meta.json"))
      .map((file) => ({ file, text: readFileSync(join(dir, file), "utf8") })),
    overrides: extra.overrides ?? null,
    gazetteer: { file: "content/gazetteer.json", text: readFileSync(join(root, "content/gazetteer.json"), "utf8") },
  };
}

/** A source file made from text. */
export function textSource(file: string, text: string): SourceInput {
  const bytes = new TextEncoder().encode(text);
  return { file, size: bytes.length, bytes };
}

export const fixtures = join(root, "tests/fixtures/ingest");
export const seeds = join(root, "tests/golden/seeds");
