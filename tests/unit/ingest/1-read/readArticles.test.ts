import { describe, expect, it } from "vitest";
import { readArticles } from "../../../../src/lib/ingest/1-read/index.ts";
import { textSource } from "../../../support/loadFolder.ts";

const headlines = (result: ReturnType<typeof readArticles>) => result.copies.map((c) => c.raw.headline.text);
const messages = (result: ReturnType<typeof readArticles>) => result.warnings.map((w) => w.message);

describe("readArticles(source)", () => {
  it("splits a scrape into its articles", () => {
    const result = readArticles(
      textSource(
        "a.txt",
        "One Story Here\n\nOne Story Here\n\nMinisters met in Beirut on Monday.\n\n\n\nTwo Story Here\n\nTwo Story Here\n\nThe talks in Doha ended without a deal.",
      ),
    );
    expect(headlines(result)).toEqual(["One Story Here", "Two Story Here"]);
    expect(result.skipped).toBe(false);
  });

  it("reads an authored Markdown article with its front matter", () => {
    const result = readArticles(
      textSource("a.md", "---\nheadline: Written By Hand\npublished: 2025-04-02\n---\nBody.\n"),
    );
    expect(headlines(result)).toEqual(["Written By Hand"]);
    expect(result.copies[0]?.frontMatter?.published).toBe("2025-04-02");
  });

  it("strips markup before splitting, with a warning", () => {
    const result = readArticles(
      textSource("a.txt", "<h1>Tagged Story Here</h1>\n\n<p>The story starts with <b>this</b> sentence.</p>"),
    );
    expect(result.copies[0]?.raw).toMatchObject({
      headline: { text: "Tagged Story Here" },
      paragraphs: [{ text: "The story starts with this sentence." }],
    });
    expect(messages(result)).toEqual(["HTML markup found and removed; the text is kept as plain text"]);
  });

  it.each([
    [
      "a file that is not a source",
      textSource("notes.csv", "a,b"),
      "ignored: not a source (.txt, .md) or sidecar (.meta.json)",
    ],
    [
      "a file too large to read",
      { file: "big.txt", size: 6 * 1024 * 1024, bytes: null },
      "skipped: 6.0 MB is over the 5 MB limit for a source file",
    ],
    [
      "a Markdown file without front matter",
      textSource("a.md", "Just text.\n"),
      "skipped: a Markdown source must start with front matter (---, headline: …, ---)",
    ],
  ])("skips %s, saying why", (_, source, message) => {
    const result = readArticles(source);
    expect(result).toMatchObject({ copies: [], skipped: true });
    expect(messages(result)).toEqual([message]);
  });

  it("warns about a readable file with no article, without skipping it", () => {
    const result = readArticles(textSource("a.txt", "TT\n20\n"));
    expect(result).toMatchObject({ copies: [], skipped: false });
    expect(messages(result)).toEqual(["no recognisable article (expected a headline line followed by paragraphs)"]);
  });

  it("keeps a scrape that starts with its story, titled by its first words, and says so", () => {
    const story =
      "The military overthrew the president on Thursday after nearly four months of protests calling for an end to his " +
      "nearly 30-year rule. The protesters have said they will remain in the streets until a civilian transitional " +
      "council is formed, and they reiterated their rejection of military rule.";
    const result = readArticles(
      textSource(
        "a.txt",
        `${story}

Soldiers guarded the square as crowds gathered.
`,
      ),
    );
    expect(result.copies.map((c) => [c.raw.headline.text, c.raw.paragraphs.map((p) => p.text)])).toEqual([
      [
        "The military overthrew the president on Thursday after nearly four months of…",
        [story, "Soldiers guarded the square as crowds gathered."],
      ],
    ]);
    expect(messages(result)).toEqual([
      'no headline line: titled by its first words ("The military overthrew the president on Thursday after nearly four months of…")',
    ]);
  });
});
