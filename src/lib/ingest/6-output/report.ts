import { ascending } from "d3-array";
import type { Article } from "../../../schema/article.ts";
import type { BuildReport, BuildWarning } from "../../../schema/buildReport.ts";

/** Rows of the summary table, in the order people read them. */
export function reportRows(report: BuildReport): [string, string][] {
  return [
    ["files", `${report.files}${report.skippedFiles > 0 ? ` (${report.skippedFiles} skipped)` : ""}`],
    ["articles", String(report.articles)],
    ["duplicates merged", String(report.duplicatesMerged)],
    [
      "events",
      `${report.events}${report.multiSourceEvents > 0 ? ` (${report.multiSourceEvents} with several sources)` : ""}`,
    ],
    ["undated articles", String(report.undatedArticles.length)],
    ["warnings", String(report.warnings.length)],
  ];
}

/** The short table `npm run ingest` prints, followed by each warning on its own line. */
export function formatReport(report: BuildReport): string {
  const rows = reportRows(report);
  const width = Math.max(...rows.map(([label]) => label.length));
  const lines = rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`);
  for (const id of report.undatedArticles) lines.push(`  undated: ${id}`);
  for (const w of report.warnings)
    lines.push(`  warning: ${w.file ?? "(run)"}${w.line ? `:${w.line}` : ""}: ${w.message}`);
  return `${lines.join("\n")}\n`;
}

/** What the run counted besides its outputs. */
export interface RunCounts {
  /** Source files and sidecars read. */
  files: number;
  skippedFiles: number;
  duplicatesMerged: number;
}

/** OUT/report.json: counts, undated articles and every warning, in an order that is the same on every run. */
export function buildReport(
  articles: readonly Pick<Article, "id" | "published">[],
  /** Each event with whether its reports come from more than one article. */
  events: readonly { multiSource: boolean }[],
  counts: RunCounts,
  warnings: readonly BuildWarning[],
): BuildReport {
  return {
    files: counts.files,
    skippedFiles: counts.skippedFiles,
    articles: articles.length,
    duplicatesMerged: counts.duplicatesMerged,
    events: events.length,
    multiSourceEvents: events.filter((e) => e.multiSource).length,
    undatedArticles: articles.filter((a) => a.published === null).map((a) => a.id),
    warnings: sortWarnings(warnings),
  };
}

/** Orders warnings by file, line and message so the report is the same on every run. */
export function sortWarnings(warnings: readonly BuildWarning[]): BuildWarning[] {
  return [...warnings].sort(
    (a, b) => ascending(a.file ?? "", b.file ?? "") || (a.line ?? 0) - (b.line ?? 0) || ascending(a.message, b.message),
  );
}
