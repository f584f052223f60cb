import type { BuildWarning } from "../../../schema/buildReport.ts";
import { findInvalidDates } from "../../timex/index.ts";
import type { SourceLine } from "../1-read/index.ts";
import { warning } from "../warnings.ts";

/** Impossible days ("February 30, 2025") and far-future years in an article's captions and paragraphs, by file and line. */
export function findDateProblems(article: {
  file: string;
  published: string | null;
  captionLines: readonly SourceLine[];
  paragraphs: readonly SourceLine[];
}): BuildWarning[] {
  const warnings: BuildWarning[] = [];
  for (const line of [...article.captionLines, ...article.paragraphs]) {
    // Every impossible-date pattern has a digit in it.
    if (!/\d/.test(line.text)) continue;
    for (const problem of findInvalidDates(line.text, { reference: article.published })) {
      warnings.push(
        warning(article.file, `"${problem.text}": ${problem.reason}; not placed on the timeline`, line.line),
      );
    }
  }
  return warnings;
}
