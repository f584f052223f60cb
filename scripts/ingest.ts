// Builds content/articles, content/events, events.json and report.json from the article sources.
// This script only reads and writes files; the logic is in src/lib/ingest (runIngest).
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { parseArgs } from "node:util";

import {
  type DataFile,
  formatReport,
  IngestError,
  type IngestInput,
  type IngestOutput,
  MAX_SOURCE_BYTES,
  runIngest,
  type SourceInput,
} from "../src/lib/ingest/index.ts";

/** Reads an input folder: sources (oversized ones by size only), sidecars, overrides and gazetteer. */
export function loadIngestInput(inDir: string, overridesFile: string, gazetteerFile: string): IngestInput {
  const sources: SourceInput[] = [];
  const sidecars: DataFile[] = [];
  for (const entry of (readdirSync(inDir, { recursive: true }) as string[]).sort()) {
    const path = join(inDir, entry);
    const file = relative(inDir, path).split(sep).join("/");
    if (file.split("/").some((part) => part.startsWith(".")) || !statSync(path).isFile()) continue;
    if (file.endsWith(".meta.json")) {
      sidecars.push({ file, text: readFileSync(path, "utf8") });
      continue;
    }
    const size = statSync(path).size;
    // Oversized files are never read: the pure side reports them from their size.
    sources.push({ file, size, bytes: size > MAX_SOURCE_BYTES ? null : readFileSync(path) });
  }
  return { sources, sidecars, overrides: readData(overridesFile), gazetteer: readData(gazetteerFile) };
}

function readData(file: string): DataFile | null {
  return existsSync(file) ? { file, text: readFileSync(file, "utf8") } : null;
}

/** Writes the output into a temporary folder beside OUT, then moves it into place, so a failure never leaves half a build. */
export function writeIngestOutput(outDir: string, output: IngestOutput): void {
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  // A run killed mid-write leaves its temporary folder behind; only folders by this exact prefix are ours to remove.
  for (const stale of readdirSync(outDir).filter((name) => name.startsWith(".ingest-tmp-"))) {
    rmSync(join(outDir, stale), { recursive: true, force: true });
  }
  const tmp = join(outDir, `.ingest-tmp-${process.pid}`);
  mkdirSync(join(tmp, "articles"), { recursive: true });
  mkdirSync(join(tmp, "events"), { recursive: true });
  for (const article of output.articles) writeFileSync(join(tmp, "articles", `${article.id}.json`), json(article));
  for (const event of output.events) writeFileSync(join(tmp, "events", `${event.id}.json`), json(event));
  writeFileSync(join(tmp, "events.json"), json(output.document));
  writeFileSync(join(tmp, "report.json"), json(output.report));
  mkdirSync(join(tmp, "old"));
  // Only our own outputs move: OUT may also hold sources, the gazetteer and overrides.
  for (const name of ["articles", "events"]) {
    if (existsSync(join(outDir, name))) renameSync(join(outDir, name), join(tmp, "old", name));
    renameSync(join(tmp, name), join(outDir, name));
  }
  for (const name of ["events.json", "report.json"]) renameSync(join(tmp, name), join(outDir, name));
  rmSync(tmp, { recursive: true, force: true });
}

function main(): void {
  const { values } = parseArgs({
    options: {
      in: { type: "string", default: "content/sources" },
      out: { type: "string", default: "content" },
      overrides: { type: "string", default: "content/overrides.json" },
      gazetteer: { type: "string", default: "content/gazetteer.json" },
      quiet: { type: "boolean", default: false },
    },
  });
  if (!existsSync(values.in) || !statSync(values.in).isDirectory()) {
    console.error(`ingest: input folder ${values.in} does not exist (pass --in DIR)`);
    process.exit(2);
  }
  const input = loadIngestInput(values.in, values.overrides, values.gazetteer);
  const started = Date.now();
  // Progress only where someone is watching: a terminal, or a run long enough to wonder about.
  input.onProgress = (done, total) => {
    if (values.quiet || !(process.stderr.isTTY || Date.now() - started > 2000)) return;
    if (done % 500 === 0 || done === total) process.stderr.write(`\ringest: ${done}/${total} articles`);
    if (done === total) process.stderr.write("\n");
  };
  let output: IngestOutput;
  try {
    output = runIngest(input);
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
    console.error(`ingest: ${error.message}\nNothing was written.`);
    process.exit(1);
  }
  mkdirSync(values.out, { recursive: true });
  writeIngestOutput(values.out, output);
  if (!values.quiet) process.stdout.write(`ingest: ${values.in} -> ${values.out}\n${formatReport(output.report)}`);
}

if (import.meta.main) main();
