// `astro build` at a size of sample content (scripts/makeSampleContent.ts): time, peak memory, pages and output size.
// Each build runs in a scratch copy of the site (its own content/ and dist/, the packages linked), so the work tree's
// content, dist and content store are left alone.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Benchmark, type BenchRow, figure, measureNode, median } from "./benchmark.ts";

const root = join(import.meta.dirname, "../..");
/** What a build needs of the project, copied into the scratch folder. */
const PROJECT = [
  "astro.config.mjs",
  "package.json",
  "tsconfig.json",
  "src",
  "public",
  "scripts",
  "tests/fixtures/site",
];

/** A scratch copy of the site with `events` sample events in its content/, removed when `use` is done. */
export async function withSampleSite<T>(events: number, use: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), "bench-site-"));
  try {
    for (const path of PROJECT) cpSync(join(root, path), join(dir, path), { recursive: true });
    cpSync(join(root, "content/gazetteer.json"), join(dir, "content/gazetteer.json"));
    linkPackages(dir);
    await measureNode(["scripts/makeSampleContent.ts", "--events", String(events)], { cwd: dir });
    return await use(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Links the project's packages one by one into `dir`/node_modules rather than linking the folder: Astro keeps its
 * content store and Vite its cache inside node_modules, so a linked folder would let a scratch build and a build of
 * the work tree (the end-to-end tests') overwrite each other's store.
 */
function linkPackages(dir: string): void {
  mkdirSync(join(dir, "node_modules"));
  for (const name of readdirSync(join(root, "node_modules"))) {
    if (name === ".astro" || name.startsWith(".vite")) continue;
    symlinkSync(join(root, "node_modules", name), join(dir, "node_modules", name));
  }
}

/** Builds the site in `dir` as `npm run build` does after the ingest (the package script's heap limit included). */
export function buildSite(dir: string) {
  return measureNode(["--max-old-space-size=1024", "node_modules/astro/bin/astro.mjs", "build"], { cwd: dir });
}

/** Files and bytes under a folder. */
export function folderSize(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

export const siteBuild: Benchmark = {
  name: "site-build",
  about: "astro build of sample content: wall time, peak memory (RSS), pages, output size; one row per size",
  options: { events: "sample events, or a comma-separated list for a curve (20000)" },
  run: async (context) => {
    const sizes = (context.options.events ?? "20000").split(",").map(Number);
    const rows: BenchRow[] = [];
    for (const events of sizes) {
      const runs = await withSampleSite(events, async (dir) => {
        const measured = [];
        for (let run = 0; run < context.runs; run += 1) {
          const build = await buildSite(dir);
          const pages = Number(/(\d+) page\(s\) built/.exec(build.stdout)?.[1] ?? Number.NaN);
          measured.push({ ...build, pages, ...folderSize(join(dir, "dist")) });
          context.log(
            `${events} events, run ${run + 1}: ${build.wallSeconds.toFixed(1)} s, ${Math.round(build.peakMemoryMB)} MB`,
          );
        }
        return measured;
      });
      rows.push({
        row: `${events.toLocaleString("en-GB")} events`,
        "wall s": figure(median(runs.map((r) => r.wallSeconds))),
        "CPU s": figure(median(runs.map((r) => r.cpuSeconds))),
        "peak MB": figure(median(runs.map((r) => r.peakMemoryMB))),
        pages: runs[0]?.pages ?? null,
        files: runs[0]?.files ?? null,
        "output MB": figure((runs[0]?.bytes ?? 0) / 1e6),
      });
    }
    return { rows, notes: ["peak MB is the build process's maximum resident set size; medians of the runs"] };
  },
};
