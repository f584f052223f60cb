import type { BuildReport } from "../../schema/buildReport.ts";

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
