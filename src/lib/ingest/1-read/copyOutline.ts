import type { BuildWarning } from "../../../schema/buildReport.ts";
import { type HeadlineNames, headlineNames } from "../../text/headlineNames.ts";
import { shortHash } from "../../text/shortHash.ts";
import { foldTypography } from "../../text/typography.ts";
import type { ArticleCopy, FileRead } from "./readArticles.ts";
import type { SourceLine } from "./splitArticles.ts";

// What planning (folding copies, ids, sidecar entries) reads of an article copy, made once when its file is read: a
// script that caches each file's reading keeps these outlines apart from the copies' text, and plans from them alone,
// reading a copy's text only to process it or to compare it with another copy under the same headline.

/** An article copy as planning sees it. */
export interface CopyOutline {
  file: string;
  headline: SourceLine;
  /** Its key (copies under one key may be one story) and slug (an id's start). */
  names: HeadlineNames;
  /** Number of paragraphs: the fullest copy is used. */
  paragraphs: number;
  /** Hash of the paragraphs with typography folded: copies whose bodies differ beyond typography differ here. */
  body: string;
}

/** A file's reading as planning sees it: its copies' outlines, its warnings, and whether it was skipped. */
export interface FileOutline {
  copies: CopyOutline[];
  warnings: BuildWarning[];
  skipped: boolean;
}

export function outlineCopy(copy: ArticleCopy): CopyOutline {
  return {
    file: copy.file,
    headline: copy.raw.headline,
    names: headlineNames(copy.raw.headline.text),
    paragraphs: copy.raw.paragraphs.length,
    body: shortHash(foldedBody(copy), 32),
  };
}

export function outlineFile(read: FileRead): FileOutline {
  return { copies: read.copies.map(outlineCopy), warnings: read.warnings, skipped: read.skipped };
}

/**
 * A file's reading as text, for a worker's answer and the cache: its outline, then the reading itself, a line of JSON
 * each (splitFileRead parts them), so a run can keep and read the outline alone.
 */
export function encodeFileRead(read: FileRead): string {
  return `${JSON.stringify(outlineFile(read))}\n${JSON.stringify(read)}`;
}

/** The two lines of what encodeFileRead wrote: the outline, and the reading. */
export function splitFileRead(text: string): [outline: string, read: string] {
  const newline = text.indexOf("\n");
  return [text.slice(0, newline), text.slice(newline + 1)];
}

/** A copy's paragraphs with typography folded: curly or straight quotes and spacing are no correction. */
function foldedBody(copy: ArticleCopy): string {
  return copy.raw.paragraphs.map((p) => foldTypography(p.text)).join("\n");
}
