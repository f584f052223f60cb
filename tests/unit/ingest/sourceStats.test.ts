import { appendFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadIngestInput } from "../../../scripts/support/ingestFiles.ts";
import { SourceStats } from "../../../scripts/support/sourceStats.ts";
import { contentHash } from "../../../src/lib/ingest/cacheKeys.ts";
import { tempDirs } from "../../support/tempDir.ts";

const temp = tempDirs();

/** An input folder of three sources last changed an hour ago, and where their stats are recorded. */
function folder(): { dir: string; record: string } {
  const dir = temp("stats-in");
  const hourAgo = new Date(Date.now() - 3_600_000);
  for (const name of ["a.txt", "b.txt", "c.txt"]) {
    writeFileSync(join(dir, name), `Headline ${name}\n\nText of ${name}.`);
    utimesSync(join(dir, name), hourAgo, hourAgo);
  }
  return { dir, record: join(temp("stats-cache"), "sources.json") };
}

const load = (dir: string, stats: SourceStats) => loadIngestInput(dir, join(dir, "none"), join(dir, "none"), stats);

describe("loadIngestInput with SourceStats", () => {
  it("reads only the sources whose stat changed, and gives every source its bytes' hash", () => {
    const { dir, record } = folder();
    const first = new SourceStats(record);
    const read = load(dir, first).sources;
    first.save();
    for (const source of read) expect(source.hash).toBe(contentHash(source.bytes as Uint8Array));

    appendFileSync(join(dir, "b.txt"), " More.");
    const second = load(dir, new SourceStats(record)).sources;
    // Own data property: read now. Accessor: not read unless asked for.
    const readNow = second.filter((s) => Object.getOwnPropertyDescriptor(s, "bytes")?.get === undefined);
    expect(readNow.map((s) => s.file)).toEqual(["b.txt"]);
    const unread = second.find((s) => s.file === "a.txt");
    expect(unread?.hash).toBe(read[0]?.hash);
    // Asked for, the bytes are the file's.
    expect(Buffer.from(unread?.bytes as Uint8Array).toString()).toBe("Headline a.txt\n\nText of a.txt.");
    expect(second.find((s) => s.file === "b.txt")?.hash).not.toBe(read[1]?.hash);
  });

  it("does not trust a stat recorded for a file changed just before the run (racily clean)", () => {
    const { dir, record } = folder();
    writeFileSync(join(dir, "c.txt"), "Headline c\n\nChanged just now.");
    const first = new SourceStats(record);
    load(dir, first);
    first.save();
    // Same size, same time: had c.txt been recorded, a change within its timestamp would go unseen.
    const again = new SourceStats(record);
    expect(again.hashOf("a.txt", statSync(join(dir, "a.txt")))).toBeDefined();
    expect(again.hashOf("c.txt", statSync(join(dir, "c.txt")))).toBeUndefined();
  });
});
