// The ingest's file side: reading an input folder, and writing the output so that a failed run never leaves half a build
// and a run that changed little writes little.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import {
  type DataFile,
  type IngestInput,
  type IngestOutput,
  MAX_SOURCE_BYTES,
  type SourceInput,
} from "../../src/lib/ingest/index.ts";

/** Reads an input folder: sources (oversized ones by size only), sidecars, overrides and gazetteer. */
export function loadIngestInput(inDir: string, overridesFile: string, gazetteerFile: string): IngestInput {
  const sources: SourceInput[] = [];
  const sidecars: DataFile[] = [];
  for (const entry of (readdirSync(inDir, { recursive: true }) as string[]).sort()) {
    const path = join(inDir, entry);
    const file = relative(inDir, path).split(sep).join("/");
    if (file.split("/").some((part) => part.startsWith("."))) continue;
    const stat = statSync(path);
    if (!stat.isFile()) continue;
    if (file.endsWith(".meta.json")) {
      sidecars.push({ file, text: readFileSync(path, "utf8") });
      continue;
    }
    // Oversized files are never read: the pure side reports them from their size.
    sources.push({ file, size: stat.size, bytes: stat.size > MAX_SOURCE_BYTES ? null : readFileSync(path) });
  }
  return { sources, sidecars, overrides: readData(overridesFile), gazetteer: readData(gazetteerFile) };
}

function readData(file: string): DataFile | null {
  return existsSync(file) ? { file, text: readFileSync(file, "utf8") } : null;
}

/** The folders and files of OUT that the ingest owns; everything else there (sources, gazetteer, overrides) it leaves alone. */
const OWN_FOLDERS = ["articles", "events"] as const;
const OWN_FILES = ["events.json", "report.json"] as const;
/** Prefix of the temporary folder a run writes into: a killed run's leftover is removed by the next. */
const TMP_PREFIX = ".ingest-tmp-";
/** Bumped when the record's layout changes; a record of another format counts as none. */
const RECORD_FORMAT = "ingest-output-record 1";

/**
 * What the last run wrote into OUT, kept beside the cache: each file's content hash, with the size and modification time
 * it had once written (a file changed since, by hand or by a run without the record, no longer matches and is rewritten).
 */
interface OutputRecord {
  format: string;
  files: Record<string, [hash: string, size: number, mtimeMs: number]>;
}

/** How a write went: the whole output anew, or only what changed. */
export interface WriteStats {
  mode: "whole" | "changes";
  written: number;
  removed: number;
  unchanged: number;
}

/**
 * Writes the output into OUT. Without a record of the last write (`recordFile` null or missing), or when most files
 * changed, everything is written into a temporary folder beside OUT and moved into place. With one, only files whose
 * bytes changed are written (into the temporary folder, then each renamed over its old version) and files the output no
 * longer has are removed. Either way every file is written before anything in OUT is replaced, so a run that fails
 * while writing leaves the previous build whole, and the same output gives the same bytes.
 */
export function writeIngestOutput(outDir: string, output: IngestOutput, recordFile: string | null = null): WriteStats {
  const texts = renderOutput(output);
  for (const stale of readdirSync(outDir).filter((name) => name.startsWith(TMP_PREFIX))) {
    rmSync(join(outDir, stale), { recursive: true, force: true });
  }
  const record = recordFile ? readRecord(recordFile) : null;
  const hashes = new Map([...texts].map(([file, text]) => [file, hashText(text)]));
  const onDisk = listOwnFiles(outDir);
  const changed = [...texts.keys()].filter(
    (file) => !matches(outDir, file, hashes.get(file) as string, record, onDisk),
  );
  const removed = [...onDisk].filter((file) => !texts.has(file));
  // The record is dropped before OUT changes and written after: a run killed in between leaves none, so the next run
  // writes everything.
  if (recordFile) rmSync(recordFile, { force: true });
  const whole = record === null || changed.length > texts.size / 2;
  if (whole) writeWhole(outDir, texts);
  else writeChanges(outDir, texts, changed, removed);
  if (recordFile) {
    const files: OutputRecord["files"] = {};
    const rewritten = new Set(whole ? texts.keys() : changed);
    for (const [file, hash] of hashes) {
      const kept = record?.files[file];
      if (kept && !rewritten.has(file)) files[file] = kept;
      else {
        const stat = statSync(join(outDir, file));
        files[file] = [hash, stat.size, stat.mtimeMs];
      }
    }
    mkdirSync(dirname(recordFile), { recursive: true });
    writeFileSync(recordFile, JSON.stringify({ format: RECORD_FORMAT, files } satisfies OutputRecord));
  }
  return whole
    ? { mode: "whole", written: texts.size, removed: 0, unchanged: 0 }
    : { mode: "changes", written: changed.length, removed: removed.length, unchanged: texts.size - changed.length };
}

/** Every output file's path in OUT and its bytes: pretty JSON with a final newline. */
function renderOutput(output: IngestOutput): Map<string, string> {
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  const texts = new Map<string, string>();
  for (const article of output.articles) texts.set(`articles/${article.id}.json`, json(article));
  for (const event of output.events) texts.set(`events/${event.id}.json`, json(event));
  texts.set("events.json", json(output.document));
  texts.set("report.json", json(output.report));
  return texts;
}

function hashText(text: string): string {
  return createHash("sha1").update(text, "utf8").digest("base64");
}

function readRecord(file: string): OutputRecord | null {
  try {
    const record = JSON.parse(readFileSync(file, "utf8")) as OutputRecord;
    return record.format === RECORD_FORMAT ? record : null;
  } catch {
    return null;
  }
}

/** The files of OUT's own folders and files that exist now, as paths relative to OUT. */
function listOwnFiles(outDir: string): Set<string> {
  const files = new Set<string>();
  for (const folder of OWN_FOLDERS)
    if (existsSync(join(outDir, folder)))
      for (const name of readdirSync(join(outDir, folder))) files.add(`${folder}/${name}`);
  for (const file of OWN_FILES) if (existsSync(join(outDir, file))) files.add(file);
  return files;
}

/** Whether OUT holds `file` with these bytes already, as the record says and the file's size and time confirm. */
function matches(
  outDir: string,
  file: string,
  hash: string,
  record: OutputRecord | null,
  onDisk: Set<string>,
): boolean {
  const kept = record?.files[file];
  if (!kept || kept[0] !== hash || !onDisk.has(file)) return false;
  const stat = statSync(join(outDir, file), { throwIfNoEntry: false });
  return stat !== undefined && stat.size === kept[1] && stat.mtimeMs === kept[2];
}

/** Writes everything into a temporary folder beside OUT, then moves it into place. */
function writeWhole(outDir: string, texts: Map<string, string>): void {
  const tmp = join(outDir, `${TMP_PREFIX}${process.pid}`);
  for (const folder of OWN_FOLDERS) mkdirSync(join(tmp, folder), { recursive: true });
  for (const [file, text] of texts) writeFileSync(join(tmp, file), text);
  mkdirSync(join(tmp, "old"));
  for (const name of OWN_FOLDERS) {
    if (existsSync(join(outDir, name))) renameSync(join(outDir, name), join(tmp, "old", name));
    renameSync(join(tmp, name), join(outDir, name));
  }
  for (const name of OWN_FILES) renameSync(join(tmp, name), join(outDir, name));
  rmSync(tmp, { recursive: true, force: true });
}

/** Writes the changed files into a temporary folder, then renames each over its old version and removes the gone ones. */
function writeChanges(outDir: string, texts: Map<string, string>, changed: string[], removed: string[]): void {
  const tmp = join(outDir, `${TMP_PREFIX}${process.pid}`);
  for (const folder of OWN_FOLDERS) mkdirSync(join(tmp, folder), { recursive: true });
  for (const file of changed) writeFileSync(join(tmp, file), texts.get(file) as string);
  for (const folder of OWN_FOLDERS) mkdirSync(join(outDir, folder), { recursive: true });
  for (const file of changed) renameSync(join(tmp, file), join(outDir, file));
  for (const file of removed) rmSync(join(outDir, file), { recursive: true, force: true });
  rmSync(tmp, { recursive: true, force: true });
}
