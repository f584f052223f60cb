import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const script = resolve(import.meta.dirname, "../../../scripts/timex.ts");

describe("scripts/timex.ts FILE --ref DAY", { timeout: 30_000 }, () => {
  it("prints the expressions of a file as a JSON array", () => {
    const dir = mkdtempSync(join(tmpdir(), "timex-"));
    const file = join(dir, "article.txt");
    writeFileSync(file, "On Monday morning Israel intercepted the boat, which set sail on June 1.\n");
    const out = execFileSync(process.execPath, [script, "--ref", "2025-06-09", file], { encoding: "utf8" });
    expect(JSON.parse(out)).toEqual([
      {
        start: 3,
        end: 17,
        text: "Monday morning",
        type: "TIME",
        value: "2025-06-09TMO",
        tense: "past",
        rule: "weekday",
      },
      { start: 65, end: 71, text: "June 1", type: "DATE", value: "2025-06-01", tense: "past", rule: "month-day-year" },
    ]);
  });

  it("counts story expressions from --story", () => {
    const dir = mkdtempSync(join(tmpdir(), "timex-"));
    const file = join(dir, "article.txt");
    writeFileSync(file, "The next day, the army withdrew.");
    const out = execFileSync(process.execPath, [script, "--ref", "2025-07-13", "--story", "2024-06-03", file], {
      encoding: "utf8",
    });
    expect(JSON.parse(out)).toMatchObject([{ text: "The next day", value: "2024-06-04", rule: "next-day" }]);
  });

  it("leaves relative values with placeholders without --ref", () => {
    const dir = mkdtempSync(join(tmpdir(), "timex-"));
    const file = join(dir, "article.txt");
    writeFileSync(file, "It happened in June, on December 5, 2014.");
    const out = JSON.parse(execFileSync(process.execPath, [script, file], { encoding: "utf8" })) as { value: string }[];
    expect(out.map((t) => t.value)).toEqual(["XXXX-06", "2014-12-05"]);
  });

  it.each([
    ["a missing file", ["/no/such/file.txt"], /\/no\/such\/file\.txt/],
    ["a bad --ref", ["--ref", "2025-02-30", "/no/such/file.txt"], /file\.txt: --ref/],
    ["a bad --story", ["--story", "June", "/no/such/file.txt"], /file\.txt: --story/],
  ])("exits with code 2 and a message on %s", (_, args, message) => {
    const run = spawnSync(process.execPath, [script, ...args], { encoding: "utf8" });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});
