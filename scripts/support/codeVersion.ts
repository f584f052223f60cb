// The code's part of the ingest cache's keys: a hash of the source of every module the cached stages run, found by
// following relative imports from their entry modules, so a new file or a moved function is covered without a list
// to keep up to date. Packages are covered by package-lock.json, the platform (Intl.Segmenter, regular expressions)
// by the Node, V8, ICU and Unicode versions.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

const root = join(import.meta.dirname, "../..");

/** Every specifier a module imports or re-exports (static, side-effect and dynamic imports). */
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+)["']/g;

/** Local modules reachable from `entries` by relative imports, as paths relative to the repository root, sorted. */
export function moduleGraph(entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const stack = entries.map((entry) => resolve(entry));
  while (stack.length > 0) {
    const file = stack.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const match of readFileSync(file, "utf8").matchAll(IMPORT)) {
      const specifier = match[1] as string;
      if (!specifier.startsWith(".")) continue;
      const target = resolve(dirname(file), specifier);
      if (!existsSync(target))
        throw new Error(`${relative(root, file)}: cannot find the module it imports, ${specifier}`);
      stack.push(target);
    }
  }
  return [...seen].map((file) => relative(root, file).split("\\").join("/")).sort();
}

/** The hash that changes whenever the code of `entries` (or what they import), the packages or the platform changes. */
export function codeVersion(entries: readonly string[]): string {
  const hash = createHash("sha256");
  for (const file of moduleGraph(entries)) {
    const text = readFileSync(join(root, file));
    hash.update(`${file}\u0000${text.length}\u0000`).update(text);
  }
  hash.update(readFileSync(join(root, "package-lock.json")));
  const { node, v8, icu, unicode } = process.versions;
  hash.update(JSON.stringify({ node, v8, icu, unicode }));
  return hash.digest("hex");
}
