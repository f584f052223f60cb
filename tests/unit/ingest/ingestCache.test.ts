import { appendFileSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CACHED_CODE } from "../../../scripts/support/cachedIngest.ts";
import { codeVersion, moduleGraph } from "../../../scripts/support/codeVersion.ts";
import { IngestCache, PACKS_KEPT } from "../../../scripts/support/ingestCache.ts";
import { tempDirs } from "../../support/tempDir.ts";

const temp = tempDirs();

const packOf = (dir: string) => join(dir, readdirSync(dir).find((f) => f.endsWith(".pack")) as string);
const coldOf = (dir: string) => join(dir, readdirSync(dir).find((f) => f.endsWith(".cold")) as string);

describe("IngestCache(dir, inDir)", () => {
  it("finds what an earlier run stored, and nothing under another key", () => {
    const dir = temp("cache");
    const first = new IngestCache(dir, "/in");
    expect(first.get("a")).toBeUndefined();
    first.set("a", '{"é":1}');
    first.save();
    const second = new IngestCache(dir, "/in");
    expect(second.get("a")).toBe('{"é":1}');
    expect(second.get("b")).toBeUndefined();
    expect(new IngestCache(dir, "/other").get("a")).toBeUndefined();
  });

  it("appends new entries and rewrites the pack with only the used ones once unused ones are half of it", () => {
    const dir = temp("cache");
    const run = (keys: string[]) => {
      const cache = new IngestCache(dir, "/in");
      for (const key of keys) if (cache.get(key) === undefined) cache.set(key, key.repeat(10));
      cache.save();
      return statSync(packOf(dir)).size;
    };
    const size = run(["a", "b", "c", "d"]);
    expect(run(["a", "b", "c", "e"])).toBeGreaterThan(size);
    // d is unused now, and e and f join: still less unused than used, so the pack grows.
    const grown = run(["a", "b", "e", "f"]);
    expect(grown).toBeGreaterThan(size);
    // Only two of the six stored are used: rewritten with those two and the new one.
    expect(run(["a", "g"])).toBeLessThan(size);
    const cache = new IngestCache(dir, "/in");
    expect(["a", "b", "g"].map((k) => cache.get(k))).toEqual(["aaaaaaaaaa", undefined, "gggggggggg"]);
  });

  it("ignores a record a killed run cut off, and a file that is no pack", () => {
    const dir = temp("cache");
    const cache = new IngestCache(dir, "/in");
    cache.set("a", "kept");
    cache.save();
    appendFileSync(packOf(dir), "b 100\nonly part of it");
    const reopened = new IngestCache(dir, "/in");
    expect(reopened.get("a")).toBe("kept");
    expect(reopened.get("b")).toBeUndefined();
    reopened.set("c", "new");
    reopened.save();
    expect(new IngestCache(dir, "/in").get("c")).toBe("new");
    writeFileSync(packOf(dir), "not a pack\n");
    expect(new IngestCache(dir, "/in").get("a")).toBeUndefined();
  });

  it("finds the same entries when the pack was read in the background first (prefetch, then ready)", async () => {
    const dir = temp("cache");
    const first = new IngestCache(dir, "/in");
    first.set("hot", "outline é");
    first.set("cold", "a body", true);
    first.set("n12", "x".repeat(12));
    first.save();
    // A cold record cut off after its length: the line has no offset to end it.
    appendFileSync(packOf(dir), "cut 5 1");
    const prefetched = new IngestCache(dir, "/in");
    prefetched.prefetch();
    await prefetched.ready();
    const plain = new IngestCache(dir, "/in");
    for (const key of ["hot", "cold", "n12", "cut"]) expect(prefetched.get(key)).toBe(plain.get(key));
    expect(prefetched.get("n12")).toBe("x".repeat(12));
    expect(prefetched.get("cut")).toBeUndefined();
    // No pack at all: an empty cache, prefetched or not.
    const none = new IngestCache(temp("cache"), "/in");
    none.prefetch();
    await none.ready();
    expect(none.get("hot")).toBeUndefined();
  });

  it("keeps cold entries in a file beside the pack, read only when asked for", () => {
    const dir = temp("cache");
    const first = new IngestCache(dir, "/in");
    first.set("hot", "outline");
    first.set("cold", "a long body é", true);
    first.save();
    expect(readFileSync(packOf(dir), "utf8")).not.toContain("a long body");
    expect(readFileSync(coldOf(dir), "utf8")).toBe("a long body é");
    const second = new IngestCache(dir, "/in");
    expect([second.get("hot"), second.get("cold")]).toEqual(["outline", "a long body é"]);
    // Appended cold entries land after the ones already there.
    second.set("cold-2", "another", true);
    second.save();
    expect(new IngestCache(dir, "/in").get("cold-2")).toBe("another");
    expect(new IngestCache(dir, "/in").get("cold")).toBe("a long body é");
  });

  it("drops cold entries their file no longer holds, and moves the used ones to a new file when it rewrites the pack", () => {
    const dir = temp("cache");
    const run = (keys: string[]) => {
      const cache = new IngestCache(dir, "/in");
      for (const key of keys) if (cache.get(key) === undefined) cache.set(key, key.repeat(10), true);
      cache.save();
    };
    run(["a", "b", "c"]);
    const before = coldOf(dir);
    // Two of three unused: the pack is rewritten, with a cold file of a new name, and the old one is removed.
    run(["a"]);
    expect(coldOf(dir)).not.toBe(before);
    expect(readdirSync(dir).filter((f) => f.endsWith(".cold"))).toHaveLength(1);
    expect(readFileSync(coldOf(dir), "utf8")).toBe("aaaaaaaaaa");
    // A cold file cut short (or removed) loses the entries past its end; the pack's own entries stay.
    const cache = new IngestCache(dir, "/in");
    expect(cache.get("a")).toBe("aaaaaaaaaa");
    cache.set("hot", "kept");
    cache.set("b", "bbbbbbbbbb", true);
    cache.save();
    writeFileSync(coldOf(dir), "aaaaaaaaaa");
    const cut = new IngestCache(dir, "/in");
    expect([cut.get("hot"), cut.get("a"), cut.get("b")]).toEqual(["kept", "aaaaaaaaaa", undefined]);
    rmSync(coldOf(dir));
    expect(new IngestCache(dir, "/in").get("a")).toBeUndefined();
  });

  it(`keeps the ${PACKS_KEPT} most recently used packs`, () => {
    const dir = temp("cache");
    const use = (n: number, time: number) => {
      const cache = new IngestCache(dir, `/in-${n}`);
      if (cache.get("a") === undefined) cache.set("a", String(n));
      cache.save();
      utimesSync(cache.file, time, time);
    };
    for (let n = 0; n < PACKS_KEPT + 2; n += 1) use(n, n);
    expect(readdirSync(dir).filter((f) => f.endsWith(".pack"))).toHaveLength(PACKS_KEPT);
    expect(readdirSync(dir).filter((f) => f.endsWith(".cold"))).toHaveLength(PACKS_KEPT);
    expect(new IngestCache(dir, "/in-1").get("a")).toBeUndefined();
    // Used again, the oldest kept pack becomes the newest; the next new pack pushes out the one after it.
    use(2, 100);
    use(9, 101);
    expect(new IngestCache(dir, "/in-2").get("a")).toBe("2");
    expect(new IngestCache(dir, "/in-3").get("a")).toBeUndefined();
  });
});

describe("codeVersion(entries)", () => {
  it("covers every module the cached stages and their runner import: the recogniser, dating and extraction", () => {
    const graph = moduleGraph(CACHED_CODE);
    for (const file of [
      "src/lib/timex/index.ts",
      "src/lib/ingest/3-dating/dateParagraphs.ts",
      "src/lib/ingest/4-events/extractEvents.ts",
      "src/lib/ingest/2-published/publishedDay.ts",
      "src/lib/ingest/1-read/splitArticles.ts",
      "src/lib/dates/calendar.ts",
      "scripts/support/ingestWorker.ts",
      "scripts/support/cachedIngest.ts",
    ])
      expect(graph).toContain(file);
  });

  it("changes when a module anywhere down the imports changes", () => {
    const dir = temp("graph");
    writeFileSync(join(dir, "entry.ts"), 'import { b } from "./b.ts";\nexport const a = b;\n');
    writeFileSync(join(dir, "b.ts"), 'export { c as b } from "./c.ts";\n');
    writeFileSync(join(dir, "c.ts"), "export const c = 1;\n");
    const entry = join(dir, "entry.ts");
    expect(moduleGraph([entry]).map((f) => f.split("/").at(-1))).toEqual(["b.ts", "c.ts", "entry.ts"]);
    const before = codeVersion([entry]);
    expect(codeVersion([entry])).toBe(before);
    writeFileSync(join(dir, "c.ts"), "export const c = 2;\n");
    expect(codeVersion([entry])).not.toBe(before);
    writeFileSync(join(dir, "c.ts"), readFileSync(join(dir, "c.ts"), "utf8").replace("2", "1"));
    expect(codeVersion([entry])).toBe(before);
  });
});
