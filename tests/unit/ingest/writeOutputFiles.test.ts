import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type OutputFile, writeOutputFiles } from "../../../scripts/support/ingestFiles.ts";
import { tempDirs } from "../../support/tempDir.ts";

const temp = tempDirs();

/** An output of `n` articles (one with a fingerprint) and the two documents; `change` alters article `change`. */
function output(n: number, change = -1, fail = -1): OutputFile[] {
  const articles = Array.from({ length: n }, (_, i) => ({
    path: `articles/a${i}.json`,
    fingerprint: i === 0 ? "fp-0" : undefined,
    text: () => {
      if (i === fail) throw new Error("made to fail");
      return json({ id: `a${i}`, text: i === change ? "changed" : "same" });
    },
  }));
  return [
    ...articles,
    { path: "events/e.json", text: () => json({ id: "e" }) },
    { path: "events.json", text: () => json({ articles: n, change }) },
    { path: "report.json", text: () => json({ articles: n }) },
  ];
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

function files(dir: string): Record<string, string> {
  const names = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith(".json")).sort();
  return Object.fromEntries(names.map((f) => [f, readFileSync(join(dir, f), "utf8")]));
}

describe("writeOutputFiles(outDir, files, recordFile)", () => {
  it("writes only the files whose bytes changed and removes those the output no longer has", () => {
    const [out, cache] = [temp("out"), temp("cache")];
    const record = join(cache, "record.json");
    expect(writeOutputFiles(out, output(6), record).mode).toBe("whole");
    const before = statSync(join(out, "articles/a1.json")).mtimeMs;
    const stats = writeOutputFiles(out, output(5, 2), record);
    expect(stats).toEqual({ mode: "changes", written: 3, removed: 1, unchanged: 5 });
    expect(statSync(join(out, "articles/a1.json")).mtimeMs).toBe(before);
    const whole = temp("whole");
    writeOutputFiles(whole, output(5, 2), null);
    expect(files(out)).toEqual(files(whole));
  });

  it("does not make a file whose fingerprint and bytes on disk match the record", () => {
    const [out, cache] = [temp("out"), temp("cache")];
    const record = join(cache, "record.json");
    writeOutputFiles(out, output(3), record);
    const again = output(3).map((file) =>
      file.fingerprint
        ? {
            ...file,
            text: () => {
              throw new Error("made although its fingerprint matched");
            },
          }
        : file,
    );
    expect(writeOutputFiles(out, again, record).written).toBe(0);
    // A file changed by hand no longer matches: it is made and written again.
    writeFileSync(join(out, "articles/a0.json"), "{}");
    expect(() => writeOutputFiles(out, again, record)).toThrow("made although");
  });

  it("writes a file that does not compare its bytes whenever its fingerprint changes, and only then", () => {
    const [out, cache] = [temp("out"), temp("cache")];
    const record = join(cache, "record.json");
    const withDocument = (fingerprint: string, text: string) =>
      output(3).map((file) =>
        file.path === "events.json" ? { ...file, fingerprint, compare: false, text: () => text } : file,
      );
    writeOutputFiles(out, withDocument("fp-a", "{}\n"), record);
    // Same fingerprint: left alone, whatever the bytes would be.
    expect(writeOutputFiles(out, withDocument("fp-a", "[]\n"), record).written).toBe(0);
    expect(readFileSync(join(out, "events.json"), "utf8")).toBe("{}\n");
    // Another fingerprint: written even with the same bytes, and recorded, so the next run leaves it alone again.
    expect(writeOutputFiles(out, withDocument("fp-b", "{}\n"), record).written).toBe(1);
    expect(writeOutputFiles(out, withDocument("fp-b", "{}\n"), record).written).toBe(0);
  });

  it.each([
    ["writing what changed", 1],
    ["writing everything", 9],
  ])("leaves the previous output whole when making a file fails while %s", (_, changed) => {
    const [out, cache] = [temp("out"), temp("cache")];
    const record = join(cache, "record.json");
    writeOutputFiles(out, output(10), record);
    const before = files(out);
    // Article 1 fails: in the first case it is the one change, in the second one of most.
    const failing = output(10, 1, 1).map((file, i) =>
      i > 1 && i <= changed ? { ...file, text: () => json({ changed: i }) } : file,
    );
    expect(() => writeOutputFiles(out, failing, record)).toThrow("made to fail");
    expect(files(out)).toEqual(before);
    // The next run clears what the failed one left and writes as if from scratch.
    writeOutputFiles(out, output(10, 3), record);
    expect(readdirSync(out).filter((name) => name.startsWith("."))).toEqual([]);
    const whole = temp("whole");
    writeOutputFiles(whole, output(10, 3), null);
    expect(files(out)).toEqual(files(whole));
    expect(existsSync(record)).toBe(true);
  });
});
