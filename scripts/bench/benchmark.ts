// What a benchmark of `npm run bench` is, and the helpers every benchmark shares: medians, a table printer, and the
// measure of a child Node process (wall clock, CPU time of all its threads, peak memory).
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** One printed and recorded line of figures: `row` names it, every other field is a figure (null when not measured). */
export interface BenchRow {
  row: string;
  [figure: string]: string | number | null;
}

/** What the umbrella hands every benchmark: the runs to take the median of, and the options it declared. */
export interface BenchContext {
  runs: number;
  /** The benchmark's own `--name value` options that the command line gave (`--articles 2000`). */
  options: Record<string, string>;
  /** Prints a line of progress to stderr (figures go to stdout). */
  log: (line: string) => void;
}

/** A named benchmark: measures, and returns its rows (the umbrella prints and records them) and notes for the reader. */
export interface Benchmark {
  name: string;
  /** One line: what it measures and how. */
  about: string;
  /** Its own command-line options (`--name value`), each with a line on what it does and its default. */
  options?: Record<string, string>;
  run: (context: BenchContext) => Promise<{ rows: BenchRow[]; notes?: string[] }>;
}

/** The middle value (the lower middle of an even count), the figure quoted for a row. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] as number;
}

/** Rounds a figure for printing and recording: three significant digits at most, whole numbers from 100. */
export function figure(value: number): number {
  if (Math.abs(value) >= 100) return Math.round(value);
  return Number(value.toPrecision(3));
}

/** The rows as an aligned table, one figure per column. */
export function formatRows(rows: readonly BenchRow[]): string {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const cell = (value: unknown) => (value === null || value === undefined ? "–" : String(value));
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((row) => cell(row[c]).length)));
  const line = (cells: string[]) =>
    cells
      .map((text, i) => (i === 0 ? text.padEnd(widths[i] as number) : text.padStart(widths[i] as number)))
      .join("  ");
  return [line(columns), ...rows.map((row) => line(columns.map((c) => cell(row[c]))))].join("\n");
}

/** A child Node process as measured: wall clock from spawn to exit, its own CPU time and peak resident memory. */
export interface ProcessMeasure {
  wallSeconds: number;
  cpuSeconds: number;
  peakMemoryMB: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `node ARGS` with this process's Node and measures it. The child reports its own resource use as it exits (the
 * reportUsage preload), so CPU time and peak memory cover its worker threads but not processes it starts in turn.
 */
export async function measureNode(args: readonly string[], options: { cwd?: string } = {}): Promise<ProcessMeasure> {
  const dir = mkdtempSync(join(tmpdir(), "bench-usage-"));
  const usageFile = join(dir, "usage.json");
  try {
    const started = performance.now();
    const child = spawn(process.execPath, ["--import", join(import.meta.dirname, "reportUsage.mjs"), ...args], {
      cwd: options.cwd,
      env: { ...process.env, BENCH_USAGE_FILE: usageFile },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    const wallSeconds = (performance.now() - started) / 1000;
    if (code !== 0) throw new Error(`node ${args.join(" ")} exited with ${code}:\n${stderr}`);
    const usage = JSON.parse(readFileSync(usageFile, "utf8")) as NodeJS.ResourceUsage;
    return {
      wallSeconds,
      cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
      peakMemoryMB: usage.maxRSS / 1024,
      stdout,
      stderr,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
