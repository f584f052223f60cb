// Runs a script from one bundle of its modules: `node scripts/support/runBundled.ts scripts/ingest.ts [args]` calls the
// script's exported main() with the arguments after it. Node strips TypeScript and resolves module by module, and the
// ingest's more than 300 modules (its own and its packages') took 0.5 s to load on every run before any work, against
// 0.23 s from one bundle (timed to the script's first line of work). esbuild makes the bundle once per version of the
// code (packages included), kept under node_modules/.cache; each module keeps its own import.meta, so paths it builds from it
// (the cache's folder, the worker's file, the code version's module list) are the ones it has unbundled.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { codeVersion } from "./codeVersion.ts";

/** Changed whenever the options below change, so that bundles made with the old ones are made again. */
const BUNDLE_FORMAT = "bundle 2: packages included, own import.meta";
const BUNDLES_DIR = join(import.meta.dirname, "../../node_modules/.cache/news-timeline/bundles");

/** What a bundled script exports: the command it runs. */
interface Script {
  main: () => Promise<void>;
}

/**
 * The bundle of `entry` for its current code: made and stored if none is, else the stored one. Throws when esbuild
 * cannot make it (the caller runs the modules unbundled).
 */
export async function bundleOf(entry: string, dir = BUNDLES_DIR): Promise<string> {
  const name = basename(entry).replace(/\.ts$/, "");
  const version = createHash("sha256")
    .update(`${BUNDLE_FORMAT}\n${codeVersion([entry])}`)
    .digest("hex");
  const file = join(dir, `${name}-${version.slice(0, 16)}.mjs`);
  if (statSync(file, { throwIfNoEntry: false })) return file;
  const { build } = await import("esbuild");
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node24",
    write: false,
    // Packages written as CommonJS require Node's modules: the bundle gives them Node's require.
    banner: { js: 'import { createRequire } from "node:module"; const require = createRequire(import.meta.url);' },
    logLevel: "silent",
    plugins: [
      {
        name: "own-import-meta",
        setup(plugin) {
          plugin.onLoad({ filter: /\.ts$/ }, ({ path }) => ({ contents: ownImportMeta(path), loader: "ts" }));
        },
      },
    ],
  });
  mkdirSync(dir, { recursive: true });
  // Written beside its name and renamed: a run that reads it never sees half a bundle, whoever wrote it.
  const tmp = `${file}.tmp-${process.pid}`;
  const [output] = result.outputFiles;
  if (!output) throw new Error("esbuild gave no output");
  writeFileSync(tmp, output.contents);
  renameSync(tmp, file);
  for (const old of readdirSync(dir))
    if (old.startsWith(`${name}-`) && join(dir, old) !== file) rmSync(join(dir, old), { force: true });
  return file;
}

/**
 * A module's source with its import.meta made literal: the values it has when Node loads the file itself. main is
 * false: the runner calls the script's main().
 */
export function ownImportMeta(path: string): string {
  const meta: Record<string, string> = {
    url: JSON.stringify(pathToFileURL(path).href),
    dirname: JSON.stringify(dirname(path)),
    filename: JSON.stringify(path),
    main: "false",
  };
  return readFileSync(path, "utf8").replace(
    /\bimport\.meta\.(url|dirname|filename|main)\b/g,
    (_, field: string) => meta[field] as string,
  );
}

async function run(): Promise<void> {
  const entry = process.argv[2];
  if (!entry) {
    console.error("usage: node scripts/support/runBundled.ts SCRIPT.ts [arguments]");
    process.exit(2);
  }
  // The script reads its arguments as if Node had run it: argv[1] is the script, its arguments follow.
  process.argv.splice(1, 1);
  let script: Script;
  try {
    script = (await import(pathToFileURL(await bundleOf(resolve(entry))).href)) as Script;
  } catch (error) {
    console.error(
      `${basename(entry)}: could not bundle its modules (${(error as Error).message}); running them one by one`,
    );
    script = (await import(pathToFileURL(resolve(entry)).href)) as Script;
  }
  await script.main();
}

if (import.meta.main) await run();
