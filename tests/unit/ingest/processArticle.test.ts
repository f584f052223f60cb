import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  decodeArticleOutline,
  decodeArticleResult,
  encodeArticleResult,
  outlineArticle,
  planIngest,
  processArticle,
  readArticles,
  readSources,
  setUpIngest,
  splitArticleResult,
  wholeCopyView,
} from "../../../src/lib/ingest/index.ts";
import { fixtures, loadFolder, seeds } from "../../support/loadFolder.ts";

const folders = [seeds, join(fixtures, "bad"), join(fixtures, "authored")];

describe("encodeArticleResult(result), decodeArticleResult(text) and decodeArticleOutline(outline)", () => {
  it.each(folders)("give back every article's result as processArticle made it (%s)", (folder) => {
    const input = loadFolder(folder);
    const setup = setUpIngest(input);
    const plan = planIngest(setup, input, readSources(input.sources), wholeCopyView());
    expect(plan.jobs.length).toBeGreaterThan(0);
    for (const job of plan.jobs) {
      const result = processArticle(job, setup.match);
      // toEqual compares Sets by their members: a Set that came back as an array or object would fail here.
      const text = encodeArticleResult(result);
      expect(decodeArticleResult(text)).toEqual(result);
      expect(decodeArticleOutline(splitArticleResult(text).outline)).toEqual(outlineArticle(result));
      expect(processArticle(JSON.parse(JSON.stringify(job)), setup.match)).toEqual(result);
    }
  });
});

describe("readArticles(source) through JSON", () => {
  it.each(folders)("reads the same copies, warnings and skips after a trip through JSON (%s)", (folder) => {
    for (const source of loadFolder(folder).sources) {
      const read = readArticles(source);
      expect(JSON.parse(JSON.stringify(read))).toStrictEqual(read);
    }
  });
});
