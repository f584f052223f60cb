import { mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { bundleOf, ownImportMeta } from "../../../scripts/support/runBundled.ts";
import { tempDirs } from "../../support/tempDir.ts";

const temp = tempDirs();

/** A script in `dir` whose helper, in a subfolder, reports where it is. */
function writeScript(dir: string, version: number): string {
  writeFileSync(join(dir, "package.json"), '{ "type": "module" }\n');
  const lib = join(dir, "lib");
  mkdirSync(lib, { recursive: true });
  writeFileSync(
    join(lib, "where.ts"),
    `export const where: { dirname: string; url: string; main: boolean } = { dirname: import.meta.dirname, url: import.meta.url, main: import.meta.main };\nexport const version: number = ${version};\n`,
  );
  writeFileSync(
    join(dir, "script.ts"),
    'import { version, where } from "./lib/where.ts";\nexport const seen = { ...where, version };\nexport async function main(): Promise<void> {}\n',
  );
  return join(dir, "script.ts");
}

describe("ownImportMeta(path)", () => {
  it("writes a module's import.meta fields as the values Node gives it there, main as false", () => {
    const dir = temp("meta");
    const file = join(dir, "m.ts");
    writeFileSync(
      file,
      "const a = import.meta.dirname, b = import.meta.url, c = import.meta.filename, d = import.meta.main;\n",
    );
    expect(ownImportMeta(file)).toBe(
      `const a = ${JSON.stringify(dir)}, b = ${JSON.stringify(pathToFileURL(file).href)}, c = ${JSON.stringify(file)}, d = false;\n`,
    );
  });
});

describe("bundleOf(entry, dir)", () => {
  it("bundles a script whose modules still see their own paths, reuses it, and makes a new one when the code changes", async () => {
    const project = temp("script");
    const bundles = temp("bundles");
    const entry = writeScript(project, 1);
    const first = await bundleOf(entry, bundles);
    const { seen } = (await import(pathToFileURL(first).href)) as { seen: Record<string, unknown> };
    expect(seen).toEqual({
      dirname: join(project, "lib"),
      url: pathToFileURL(join(project, "lib", "where.ts")).href,
      main: false,
      version: 1,
    });
    const made = statSync(first).mtimeMs;
    expect(await bundleOf(entry, bundles)).toBe(first);
    expect(statSync(first).mtimeMs).toBe(made);

    writeScript(project, 2);
    const second = await bundleOf(entry, bundles);
    expect(second).not.toBe(first);
    expect(((await import(pathToFileURL(second).href)) as { seen: { version: number } }).seen.version).toBe(2);
    // The old version's bundle is gone: one per script.
    expect(readdirSync(bundles)).toEqual([second.split("/").at(-1)]);
  });
});
