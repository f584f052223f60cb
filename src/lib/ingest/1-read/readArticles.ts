import { ascending } from "d3-array";
import type { BuildWarning } from "../../../schema/buildReport.ts";
import type { FrontMatter } from "../../../schema/frontMatter.ts";
import { warning } from "../warnings.ts";
import { checkSourceSize, decodeSource, stripMarkup } from "./decodeSource.ts";
import { parseMarkdownSource } from "./parseMarkdownSource.ts";
import { type RawArticle, splitArticles } from "./splitArticles.ts";

/**
 * A source file as the script hands it over: bytes are null when the file was too large to read. The script may read
 * the bytes only when they are asked for, and give their hash (cacheKeys.ts contentHash) when it knows it.
 */
export interface SourceInput {
  /** Path relative to the input folder, with "/" separators. */
  file: string;
  size: number;
  bytes: Uint8Array | null;
  hash?: string;
}

/** One article as found in one file. */
export interface ArticleCopy {
  file: string;
  raw: RawArticle;
  /** Front matter, for authored Markdown. */
  frontMatter: FrontMatter | null;
}

/** Kinds of source the ingest reads; anything else in the folder is reported and left alone. */
export const SOURCE_EXTENSIONS = [".txt", ".md"] as const;

/** What reading one source file found: its article copies, warnings, and whether the file was skipped. */
export interface FileRead {
  copies: ArticleCopy[];
  warnings: BuildWarning[];
  skipped: boolean;
}

/** Decodes, cleans and splits one source file into article copies, with warnings for anything it had to skip or fix. */
export function readArticles(source: SourceInput): FileRead {
  if (!SOURCE_EXTENSIONS.some((ext) => source.file.toLowerCase().endsWith(ext))) {
    return {
      copies: [],
      warnings: [
        warning(source.file, `ignored: not a source (${SOURCE_EXTENSIONS.join(", ")}) or sidecar (.meta.json)`),
      ],
      skipped: true,
    };
  }
  const tooLarge = checkSourceSize(source.file, source.size);
  if (tooLarge || source.bytes === null)
    return { copies: [], warnings: [tooLarge ?? warning(source.file, "skipped: not read")], skipped: true };
  const decoded = decodeSource(source.file, source.bytes);
  if (decoded.text === null) return { copies: [], warnings: [decoded.warning], skipped: true };
  const warnings: BuildWarning[] = decoded.warning ? [decoded.warning] : [];
  const clean = stripMarkup(source.file, decoded.text);
  if (clean.warning) warnings.push(clean.warning);
  if (source.file.toLowerCase().endsWith(".md")) {
    const authored = parseMarkdownSource(source.file, clean.text);
    if ("message" in authored) return { copies: [], warnings: [...warnings, authored], skipped: true };
    return {
      copies: [{ file: source.file, raw: authored.article, frontMatter: authored.meta }],
      warnings,
      skipped: false,
    };
  }
  const copies = splitArticles(clean.text).map((raw) => ({ file: source.file, raw, frontMatter: null }));
  if (copies.length === 0)
    warnings.push(warning(source.file, "no recognisable article (expected a headline line followed by paragraphs)"));
  for (const copy of copies)
    if (copy.raw.untitled)
      warnings.push(warning(source.file, `no headline line: titled by its first words ("${copy.raw.headline.text}")`));
  return { copies, warnings, skipped: false };
}

/**
 * Reads every source file in name order: the article copies found, warnings, and how many files were skipped. `read` is
 * readArticles, or a script's stand-in that answers from a cache or a worker thread with what readArticles would (or
 * with its outline: copyOutline.ts).
 */
export function readSources<C = ArticleCopy>(
  sources: readonly SourceInput[],
  read: (source: SourceInput) => { copies: C[]; warnings: BuildWarning[]; skipped: boolean } = readArticles as (
    source: SourceInput,
  ) => { copies: C[]; warnings: BuildWarning[]; skipped: boolean },
): {
  copies: C[];
  warnings: BuildWarning[];
  skippedFiles: number;
} {
  const copies: C[] = [];
  const warnings: BuildWarning[] = [];
  let skippedFiles = 0;
  for (const source of [...sources].sort((a, b) => ascending(a.file, b.file))) {
    const found = read(source);
    copies.push(...found.copies);
    warnings.push(...found.warnings);
    if (found.skipped) skippedFiles += 1;
  }
  return { copies, warnings, skippedFiles };
}
