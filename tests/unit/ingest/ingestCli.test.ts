import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fixtures, seeds } from "../../support/loadFolder.ts";
import { runIngestCli, tempDir } from "../../support/runIngestCli.ts";

const made: string[] = [];
const temp = (name: string) => {
  const dir = tempDir(name);
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

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
