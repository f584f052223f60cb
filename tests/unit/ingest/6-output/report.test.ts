import { describe, expect, it } from "vitest";
import { formatReport } from "../../../../src/lib/ingest/6-output/index.ts";

describe("formatReport(report)", () => {
  it("prints the summary table, undated articles and each warning with file and line", () => {
    const text = formatReport({
      files: 6,
      skippedFiles: 1,
      articles: 7,
      duplicatesMerged: 3,
      events: 33,
      multiSourceEvents: 1,
      undatedArticles: ["damascus-moscow"],
      warnings: [
        { file: "bad.txt", line: 3, message: "HTML markup found and removed" },
        { file: null, line: null, message: "no articles found" },
      ],
    });
    expect(text).toBe(
      [
        "  files              6 (1 skipped)",
        "  articles           7",
        "  duplicates merged  3",
        "  events             33 (1 with several sources)",
        "  undated articles   1",
        "  warnings           2",
        "  undated: damascus-moscow",
        "  warning: bad.txt:3: HTML markup found and removed",
        "  warning: (run): no articles found",
        "",
      ].join("\n"),
    );
  });
});
