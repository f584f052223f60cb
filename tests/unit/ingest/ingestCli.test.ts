import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixtures, seeds } from "../../support/loadFolder.ts";
import { runIngestCli } from "../../support/runIngestCli.ts";
import { tempDirs } from "../../support/tempDir.ts";

const temp = tempDirs();

/** Every file under a folder with its bytes, for byte-for-byte comparison. */
function snapshot(dir: string): Record<string, string> {
  const files = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith(".json")).sort();
  return Object.fromEntries(files.map((f) => [f, readFileSync(join(dir, f)).toString("base64")]));
}

describe("npm run ingest -- --in DIR --out DIR", () => {
  it("builds the seeds, prints the table and replaces only its own outputs", { timeout: 60_000 }, () => {
    const out = temp("cli");
    mkdirSync(join(out, "sources"), { recursive: true });
    writeFileSync(join(out, "sources", "keep.txt"), "an editor's file");
    mkdirSync(join(out, "events"), { recursive: true });
    writeFileSync(join(out, "events", "stale.json"), "{}");
    const run = runIngestCli(["--in", seeds, "--out", out, "--overrides", join(out, "none.json")]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain("articles           7");
    expect(run.stdout).toContain("duplicates merged  3");
    expect(readFileSync(join(out, "sources", "keep.txt"), "utf8")).toBe("an editor's file");
    expect(existsSync(join(out, "events", "stale.json"))).toBe(false);
    expect(readdirSync(out).sort()).toEqual(["articles", "events", "events.json", "report.json", "sources"]);
  });

  it("writes byte-identical output on a second run", { timeout: 60_000 }, () => {
    const [a, b] = [temp("det-a"), temp("det-b")];
    for (const out of [a, b])
      expect(runIngestCli(["--in", seeds, "--out", out, "--overrides", join(out, "none.json"), "--quiet"]).status).toBe(
        0,
      );
    const snapA = snapshot(a);
    expect(Object.keys(snapA).length).toBeGreaterThan(30);
    expect(snapshot(b)).toEqual(snapA);
  });

  it("exits 1 on malformed overrides, names the file and writes nothing", { timeout: 60_000 }, () => {
    const out = temp("bad-overrides");
    const overrides = join(fixtures, "overrides-malformed.json");
    const run = runIngestCli(["--in", seeds, "--out", out, "--overrides", overrides]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${overrides}: does not match its format`);
    expect(run.stderr).toContain("Nothing was written.");
    expect(readdirSync(out)).toEqual([]);
  });

  it("exits 1 on a malformed sidecar and keeps the previous output", { timeout: 60_000 }, () => {
    const out = temp("bad-sidecar");
    mkdirSync(join(out, "events"));
    writeFileSync(join(out, "events", "previous.json"), "{}");
    const run = runIngestCli(["--in", join(fixtures, "malformed-sidecar"), "--out", out]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("broken.meta.json: does not match its format");
    expect(readdirSync(join(out, "events"))).toEqual(["previous.json"]);
  });

  it("skips a 20 MB file with a warning and builds the rest", { timeout: 60_000 }, () => {
    const input = temp("huge-in");
    const out = temp("huge-out");
    cpSync(join(fixtures, "bad", "good-article.txt"), join(input, "good-article.txt"));
    writeFileSync(join(input, "huge.txt"), Buffer.alloc(20 * 1024 * 1024, "a"));
    const run = runIngestCli(["--in", input, "--out", out, "--overrides", join(out, "none.json")]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain("warning: huge.txt: skipped: 20.0 MB is over the 5 MB limit for a source file");
    const report = JSON.parse(readFileSync(join(out, "report.json"), "utf8"));
    expect(report).toMatchObject({ files: 2, skippedFiles: 1, articles: 1 });
  });
});

/** Every output file's modification time, to tell a file left alone from one written again. */
function times(dir: string): Record<string, number> {
  const files = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith(".json")).sort();
  return Object.fromEntries(files.map((f) => [f, statSync(join(dir, f)).mtimeMs]));
}

describe("npm run ingest with its cache (--cache-dir DIR, --no-cache)", () => {
  const args = (out: string) => ["--in", seeds, "--out", out, "--overrides", join(out, "none.json")];

  it("writes the bytes of a run without the cache, then does nothing when nothing changed", {
    timeout: 60_000,
  }, () => {
    const [cached, plain, cache] = [temp("cached"), temp("plain"), temp("cache")];
    const first = runIngestCli([...args(cached), "--cache-dir", cache]);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain("0 of 7 articles from the cache");
    const off = runIngestCli([...args(plain), "--no-cache"]);
    expect(off.status, off.stderr).toBe(0);
    expect(off.stdout).toContain("7 articles, cache off");
    expect(snapshot(cached)).toEqual(snapshot(plain));
    const before = times(cached);
    const second = runIngestCli([...args(cached), "--cache-dir", cache]);
    expect(second.stdout).toContain("nothing changed since the last run: output left as it was");
    // The same report, from the record of the run that wrote the output.
    expect(second.stdout.split("\n").slice(1)).toEqual(first.stdout.split("\n").slice(1));
    expect(times(cached)).toEqual(before);
    // Changing a data file the run reads makes it a run again, with everything from the cache.
    const overrides = join(temp("overrides"), "overrides.json");
    writeFileSync(overrides, JSON.stringify({ version: 1, articles: [], events: [] }));
    const third = runIngestCli(["--in", seeds, "--out", cached, "--overrides", overrides, "--cache-dir", cache]);
    expect(third.stdout).toContain("7 of 7 articles from the cache; wrote 0 changed files, removed 0");
    expect(times(cached)).toEqual(before);
    expect(snapshot(cached)).toEqual(snapshot(plain));
  });

  it("puts back an output file changed by hand and removes one it did not write", { timeout: 60_000 }, () => {
    const [out, cache, plain] = [temp("by-hand"), temp("cache"), temp("plain")];
    expect(runIngestCli([...args(out), "--cache-dir", cache]).status).toBe(0);
    const article = readdirSync(join(out, "articles"))[0] as string;
    writeFileSync(join(out, "articles", article), "{}");
    writeFileSync(join(out, "events", "stray.json"), "{}");
    const run = runIngestCli([...args(out), "--cache-dir", cache]);
    expect(run.stdout).toContain("wrote 1 changed files, removed 1");
    expect(runIngestCli([...args(plain), "--no-cache"]).status).toBe(0);
    expect(snapshot(out)).toEqual(snapshot(plain));
  });

  it("keeps the previous output whole when a later run fails", { timeout: 60_000 }, () => {
    const [out, cache] = [temp("fails-later"), temp("cache")];
    expect(runIngestCli([...args(out), "--cache-dir", cache]).status).toBe(0);
    const before = snapshot(out);
    const overrides = join(fixtures, "overrides-malformed.json");
    const run = runIngestCli(["--in", seeds, "--out", out, "--overrides", overrides, "--cache-dir", cache]);
    expect(run.status).toBe(1);
    expect(snapshot(out)).toEqual(before);
  });
});
