import { describe, expect, it } from "vitest";
import { httpUrl, indexMetadata } from "../../../../src/lib/ingest/2-published/index.ts";
import type { SourceMeta } from "../../../../src/schema/sourceMeta.ts";

const sidecar = (articles: SourceMeta["articles"], extra: Partial<SourceMeta> = {}) => ({
  file: "seeds.meta.json",
  meta: { version: 1 as const, articles, ...extra },
});

describe("indexMetadata(sidecars).lookup(headline, files)", () => {
  it("matches a headline whatever its quotes, spacing and case", () => {
    const index = indexMetadata([
      sidecar(
        [{ headline: "Putin’s Message to Syria’s Al-Sharaa", url: "https://example.org/a", published: "2025-03-20" }],
        { publisher: "Asharq Al-Awsat", language: "en" },
      ),
    ]);
    expect(index.lookup("putin's  message to SYRIA'S al-sharaa", ["x.txt"])).toEqual({
      url: "https://example.org/a",
      published: "2025-03-20",
      publisher: "Asharq Al-Awsat",
      language: "en",
    });
  });

  it("lets an entry's files restrict it to the right copy of a shared headline", () => {
    const index = indexMetadata([
      sidecar([
        { headline: "Same Headline", files: ["a.txt"], published: "2025-01-01" },
        { headline: "Same Headline", files: ["b.txt"], published: "2025-02-02" },
      ]),
    ]);
    expect(index.lookup("Same Headline", ["b.txt"])?.published).toBe("2025-02-02");
    expect(index.lookup("Same Headline", ["c.txt"])).toBeNull();
  });

  it("keeps a recorded-unknown day (null) apart from a missing one (undefined)", () => {
    const index = indexMetadata([sidecar([{ headline: "Known Unknown", published: null }, { headline: "Not Said" }])]);
    expect(index.lookup("Known Unknown", [])?.published).toBeNull();
    expect(index.lookup("Not Said", [])?.published).toBeUndefined();
  });

  it("drops a URL that is not http(s), with a warning", () => {
    const index = indexMetadata([sidecar([{ headline: "Bad Link", url: "javascript:alert(1)" }])]);
    expect(index.lookup("Bad Link", [])?.url).toBeNull();
    expect(index.warnings()).toEqual([
      {
        file: "seeds.meta.json",
        line: null,
        message: 'articles[0] ("Bad Link"): url "javascript:alert(1)" is not http(s); ignored',
      },
    ]);
  });

  it("matches by a listed file that holds only this article when the headline was scraped otherwise", () => {
    const index = indexMetadata([
      sidecar([{ headline: "Floods Cut Off Villages", files: ["a.txt"], published: "2024-03-04" }]),
    ]);
    // The file's first line was the site's name; a.txt holds this one article.
    expect(index.lookup("The Daily Courier", ["a.txt"], ["a.txt"])?.published).toBe("2024-03-04");
    expect(index.warnings()).toEqual([]);
  });

  it("does not match by file when the file holds other articles too", () => {
    const index = indexMetadata([
      sidecar([{ headline: "Floods Cut Off Villages", files: ["a.txt"], published: "2024-03-04" }]),
    ]);
    expect(index.lookup("The Daily Courier", ["a.txt"], [])).toBeNull();
  });

  it("reports an entry that matched no article", () => {
    const index = indexMetadata([sidecar([{ headline: "Nobody Has This" }])]);
    expect(index.warnings().map((w) => w.message)).toEqual(["articles[0] matches no article (check the headline)"]);
  });
});

describe("httpUrl(url)", () => {
  it.each([
    ["https://english.aawsat.com/a%E2%80%99b", "https://english.aawsat.com/a%E2%80%99b"],
    ["http://example.org", "http://example.org"],
    ["ftp://example.org/file", null],
    ["file:///etc/passwd", null],
    ["not a url", null],
    [null, null],
  ])("keeps %j as %j", (url, want) => {
    expect(httpUrl(url)).toBe(want);
  });
});
