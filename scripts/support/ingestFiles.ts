// The ingest's file side: reading an input folder, and writing the output so that a failed run never leaves half a build
// and a run that changed little writes little.
import { createHash } from "node:crypto";
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { dirname, join } from "node:path";
import {
  type DataFile,
  type IngestInput,
  type IngestOutput,
  MAX_SOURCE_BYTES,
  type SourceInput,
} from "../../src/lib/ingest/index.ts";
import type { BuildReport } from "../../src/schema/buildReport.ts";
import type { SourceStats } from "./sourceStats.ts";

/**
 * Reads an input folder: sources (oversized ones by size only), sidecars, overrides and gazetteer. With `stats`, a
 * source whose stat is the recorded one is not read: it comes with its recorded hash, and its bytes are read only if
 * asked for (its cached read is gone).
 */
export function loadIngestInput(
  inDir: string,
  overridesFile: string,
  gazetteerFile: string,
  stats: SourceStats | null = null,
): IngestInput {
  const sources: SourceInput[] = [];
  const sidecars: DataFile[] = [];
  for (const file of listFiles(inDir)) {
    const path = join(inDir, file);
    if (file.endsWith(".meta.json")) {
      sidecars.push({ file, text: readFileSync(path, "utf8") });
      continue;
    }
    const stat = statSync(path);
    // Oversized files are never read: the pure side reports them from their size.
    if (stat.size > MAX_SOURCE_BYTES) sources.push({ file, size: stat.size, bytes: null });
    else {
      const hash = stats?.hashOf(file, stat);
      if (hash === undefined) {
        const bytes = readWhole(path, stat.size);
        sources.push({ file, size: bytes.length, bytes, ...(stats ? { hash: stats.hash(file, stat, bytes) } : {}) });
      } else sources.push(unreadSource(file, stat.size, hash, path));
    }
  }
  return { sources, sidecars, overrides: readData(overridesFile), gazetteer: readData(gazetteerFile) };
}

/** A source known by its hash, its bytes read when first asked for (enumerable, so a worker gets them too). */
function unreadSource(file: string, size: number, hash: string, path: string): SourceInput {
  let bytes: Uint8Array | undefined;
  const source = { file, size, hash } as SourceInput;
  Object.defineProperty(source, "bytes", {
    enumerable: true,
    get: () => {
      bytes ??= readWhole(path, size);
      return bytes;
    },
  });
  return source;
}

/** Files under `dir` (following links to files), as sorted "/"-separated relative paths; hidden names are skipped. */
function listFiles(dir: string, prefix = ""): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    if (entry.name.startsWith(".")) continue;
    const file = `${prefix}${entry.name}`;
    if (entry.isDirectory()) files.push(...listFiles(dir, `${file}/`));
    else if (entry.isFile() || (entry.isSymbolicLink() && statSync(join(dir, file)).isFile())) files.push(file);
  }
  return prefix === "" ? files.sort() : files;
}

/** The whole of a file of known size (one read for the files the ingest takes). */
function readWhole(path: string, size: number): Buffer {
  const fd = openSync(path, "r");
  try {
    const bytes = Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, bytes, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return read === size ? bytes : bytes.subarray(0, read);
  } finally {
    closeSync(fd);
  }
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
 * What the last run wrote into OUT, kept beside the cache: each file's fingerprint (when its maker gave one), content
 * hash, and the size and modification time it had once written (a file changed since, by hand or by a run without the
 * record, no longer matches and is rewritten).
 */
interface OutputRecord {
  format: string;
  files: Record<string, [fingerprint: string, hash: string, size: number, mtimeMs: number]>;
  /** The key of the inputs the output was made from, and its report, when the maker gave them. */
  run: RecordedRun | null;
}

/** A run as the record keeps it: see writeOutputFiles and recordedReport. */
export interface RecordedRun {
  inputs: string;
  report: BuildReport;
}

/**
 * One file of the output: its path in OUT, its bytes, made only when the file must be written or checked, and where
 * its maker can vouch for it, a fingerprint: a hash of everything the bytes depend on, code included. A file whose
 * fingerprint and bytes on disk match the record is left alone without making its bytes.
 */
export interface OutputFile {
  path: string;
  text: () => string;
  fingerprint?: string;
  /**
   * False for a file whose fingerprint changes only when its bytes do: with another fingerprint it is written without
   * hashing its bytes to compare them (the public document: tens of megabytes at 10,000 articles).
   */
  compare?: boolean;
}

/** The output's files: one per article and per event, the public document and the report. */
export function outputFiles(output: {
  articles: readonly { id: string; content: () => unknown; fingerprint?: string }[];
  /** Each event's JSON without the final newline (BuiltEvent.text). */
  events: readonly { id: string; text: () => string; fingerprint?: string }[];
  documentText: () => string;
  /** Changes whenever the document's bytes do: an article's result or an event's text (OutputFile.compare). */
  documentFingerprint?: string;
  report: unknown;
}): OutputFile[] {
  return [
    ...output.articles.map(({ id, content, fingerprint }) => ({
      path: `articles/${id}.json`,
      text: () => jsonText(content()),
      fingerprint,
    })),
    ...output.events.map(({ id, text, fingerprint }) => ({
      path: `events/${id}.json`,
      text: () => `${text()}\n`,
      fingerprint,
    })),
    {
      path: "events.json",
      text: () => `${output.documentText()}\n`,
      ...(output.documentFingerprint ? { fingerprint: output.documentFingerprint, compare: false } : {}),
    },
    { path: "report.json", text: () => jsonText(output.report) },
  ];
}

/** How a write went: the whole output anew, or only what changed. */
export interface WriteStats {
  mode: "whole" | "changes";
  written: number;
  removed: number;
  unchanged: number;
}

/** writeOutputFiles for runIngest's output. */
export function writeIngestOutput(outDir: string, output: IngestOutput, recordFile: string | null = null): WriteStats {
  const files = outputFiles({
    articles: output.articles.map((article) => ({ id: article.id, content: () => article })),
    events: output.events.map((event) => ({ id: event.id, text: () => JSON.stringify(event, null, 2) })),
    documentText: () => JSON.stringify(output.document, null, 2),
    report: output.report,
  });
  return writeOutputFiles(outDir, files, recordFile);
}

/**
 * Writes the output into OUT. Without a record of the last write (`recordFile` null or missing), or when most files
 * changed, everything is written into a temporary folder beside OUT and moved into place. With one, only files whose
 * bytes changed are written (into the temporary folder, then each renamed over its old version) and files the output no
 * longer has are removed. Either way every file is written before anything in OUT is replaced, so a run that fails
 * while writing leaves the previous build whole, and the same output gives the same bytes.
 */
export function writeOutputFiles(
  outDir: string,
  files: readonly OutputFile[],
  recordFile: string | null,
  run: RecordedRun | null = null,
): WriteStats {
  for (const stale of readdirSync(outDir).filter((name) => name.startsWith(TMP_PREFIX))) {
    rmSync(join(outDir, stale), { recursive: true, force: true });
  }
  const record = recordFile ? readRecord(recordFile) : null;
  const onDisk = listOwnFiles(outDir);
  const unchanged = (file: string, kept: OutputRecord["files"][string] | undefined): boolean => {
    if (!kept || !onDisk.has(file)) return false;
    const stat = statSync(join(outDir, file), { throwIfNoEntry: false });
    return stat !== undefined && stat.size === kept[2] && stat.mtimeMs === kept[3];
  };
  // Each file's new record entry, and the text of those that must be written.
  const entries = new Map<string, OutputRecord["files"][string]>();
  const texts = new Map<string, string>();
  for (const file of files) {
    const kept = record?.files[file.path];
    if (file.fingerprint && kept?.[0] === file.fingerprint && unchanged(file.path, kept)) {
      entries.set(file.path, kept);
      continue;
    }
    const text = file.text();
    if (file.compare === false && file.fingerprint) {
      entries.set(file.path, [file.fingerprint, "", 0, 0]);
      texts.set(file.path, text);
      continue;
    }
    const hash = hashText(text);
    if (kept?.[1] === hash && unchanged(file.path, kept)) {
      entries.set(file.path, [file.fingerprint ?? "", hash, kept[2], kept[3]]);
    } else {
      // Size and time are filled in once the file is written.
      entries.set(file.path, [file.fingerprint ?? "", hash, 0, 0]);
      texts.set(file.path, text);
    }
  }
  const removed = [...onDisk].filter((file) => !entries.has(file));
  // The record is dropped before OUT changes and written after: a run killed in between leaves none, so the next run
  // writes everything.
  if (recordFile) rmSync(recordFile, { force: true });
  const whole = record === null || texts.size > files.length / 2;
  if (whole) writeWhole(outDir, files, texts);
  else writeChanges(outDir, texts, removed);
  if (recordFile) {
    const written: OutputRecord["files"] = {};
    for (const [file, entry] of entries) {
      if (!whole && !texts.has(file)) written[file] = entry;
      else {
        const stat = statSync(join(outDir, file));
        written[file] = [entry[0], entry[1], stat.size, stat.mtimeMs];
      }
    }
    mkdirSync(dirname(recordFile), { recursive: true });
    writeFileSync(recordFile, JSON.stringify({ format: RECORD_FORMAT, files: written, run } satisfies OutputRecord));
  }
  return whole
    ? { mode: "whole", written: files.length, removed: 0, unchanged: 0 }
    : { mode: "changes", written: texts.size, removed: removed.length, unchanged: files.length - texts.size };
}

/**
 * The report of the run recorded as having written OUT from inputs of key `inputs`, if OUT holds exactly the files
 * it wrote, unchanged since (by size and modification time); else null. Such a run has nothing to do.
 */
export function recordedReport(outDir: string, recordFile: string, inputs: string): BuildReport | null {
  const record = readRecord(recordFile);
  if (record?.run?.inputs !== inputs) return null;
  const onDisk = listOwnFiles(outDir);
  const files = Object.entries(record.files);
  if (onDisk.size !== files.length) return null;
  for (const [file, [, , size, mtimeMs]] of files) {
    if (!onDisk.has(file)) return null;
    const stat = statSync(join(outDir, file), { throwIfNoEntry: false });
    if (stat?.size !== size || stat.mtimeMs !== mtimeMs) return null;
  }
  return record.run.report;
}

/** A value as the output prints it: pretty JSON with a final newline. */
function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
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

/** Writes everything into a temporary folder beside OUT, then moves it into place. */
function writeWhole(outDir: string, files: readonly OutputFile[], texts: Map<string, string>): void {
  const tmp = join(outDir, `${TMP_PREFIX}${process.pid}`);
  for (const folder of OWN_FOLDERS) mkdirSync(join(tmp, folder), { recursive: true });
  for (const file of files) writeFileSync(join(tmp, file.path), texts.get(file.path) ?? file.text());
  mkdirSync(join(tmp, "old"));
  for (const name of OWN_FOLDERS) {
    if (existsSync(join(outDir, name))) renameSync(join(outDir, name), join(tmp, "old", name));
    renameSync(join(tmp, name), join(outDir, name));
  }
  for (const name of OWN_FILES) renameSync(join(tmp, name), join(outDir, name));
  rmSync(tmp, { recursive: true, force: true });
}

/** Writes the changed files into a temporary folder, then renames each over its old version and removes the gone ones. */
function writeChanges(outDir: string, texts: Map<string, string>, removed: string[]): void {
  const tmp = join(outDir, `${TMP_PREFIX}${process.pid}`);
  for (const folder of OWN_FOLDERS) mkdirSync(join(tmp, folder), { recursive: true });
  for (const [file, text] of texts) writeFileSync(join(tmp, file), text);
  for (const folder of OWN_FOLDERS) mkdirSync(join(outDir, folder), { recursive: true });
  for (const file of texts.keys()) renameSync(join(tmp, file), join(outDir, file));
  for (const file of removed) rmSync(join(outDir, file), { recursive: true, force: true });
  rmSync(tmp, { recursive: true, force: true });
}
