import type { BuildWarning } from "../../../schema/buildReport.ts";
import { warning } from "../warnings.ts";

/** Largest source file read, in bytes: real articles are a few kilobytes, so anything past this is a stray dump or binary. */
export const MAX_SOURCE_BYTES = 5 * 1024 * 1024;

/**
 * Result of decoding one file: its text, with a warning when it had to be read another way than UTF-8, or no text and the
 * reason it was skipped.
 */
export type DecodedSource = { text: string; warning: BuildWarning | null } | { text: null; warning: BuildWarning };

/** Whether a file of this size is read at all (checked before reading, so a 20 MB file costs nothing). */
export function checkSourceSize(file: string, size: number): BuildWarning | null {
  if (size <= MAX_SOURCE_BYTES) return null;
  const mb = (size / 1024 / 1024).toFixed(1);
  return warning(file, `skipped: ${mb} MB is over the ${MAX_SOURCE_BYTES / 1024 / 1024} MB limit for a source file`);
}

/**
 * Largest share of bytes above ASCII for which a file that is not UTF-8 is read as Windows-1252: English text saved by
 * an older editor has a few accented letters and curly quotes; a file in another script (Arabic, Cyrillic) is mostly
 * high bytes, and read as Windows-1252 it would be gibberish, so it is skipped instead.
 */
const LEGACY_HIGH_BYTES = 0.05;

/**
 * Decodes a source file to text with "\n" line ends, or says why it cannot be used. UTF-8 is the norm; a file with a
 * UTF-16 byte-order mark (Windows "Unicode" text) is read as UTF-16, and English text that is not UTF-8 as Windows-1252
 * with a warning naming the first byte that is not UTF-8, so an article is not lost for its encoding.
 */
export function decodeSource(file: string, bytes: Uint8Array): DecodedSource {
  const tooLarge = checkSourceSize(file, bytes.length);
  if (tooLarge) return { text: null, warning: tooLarge };
  if (bytes.length === 0) return { text: null, warning: warning(file, "skipped: the file is empty") };
  let text: string;
  let note: BuildWarning | null = null;
  const utf16 = utf16Encoding(bytes);
  if (utf16) {
    try {
      text = new TextDecoder(utf16, { fatal: true }).decode(bytes);
    } catch {
      return { text: null, warning: warning(file, `skipped: starts as ${utf16.toUpperCase()} but is not valid`) };
    }
  } else {
    // NUL never occurs in text, so one is the surest sign of a binary file (image, PDF, archive).
    const nul = bytes.indexOf(0);
    if (nul >= 0)
      return {
        text: null,
        warning: warning(file, `skipped: binary data (NUL byte at offset ${nul}), not a text article`),
      };
    try {
      text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      const at = firstInvalidUtf8(bytes);
      const where = `byte ${at.offset} on line ${at.line}`;
      if (highByteShare(bytes) > LEGACY_HIGH_BYTES)
        return {
          text: null,
          warning: warning(file, `skipped: not valid UTF-8 (${where}); re-save the file as UTF-8`, at.line),
        };
      text = new TextDecoder("windows-1252").decode(bytes);
      note = warning(
        file,
        `not valid UTF-8 (${where}): read as Windows-1252; re-save the file as UTF-8 to be sure of its accents and quotes`,
        at.line,
      );
    }
  }
  text = text.replace(/\r\n?/g, "\n");
  if (text.trim() === "") return { text: null, warning: warning(file, "skipped: the file holds only whitespace") };
  return { text, warning: note };
}

/** The UTF-16 encoding a byte-order mark announces, if the file starts with one. */
function utf16Encoding(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return null;
}

/** Share of the bytes above ASCII. */
function highByteShare(bytes: Uint8Array): number {
  let high = 0;
  for (const b of bytes) if (b >= 0x80) high += 1;
  return high / bytes.length;
}

/** Offset and line of the first byte that breaks UTF-8, so the warning can point at it. */
function firstInvalidUtf8(bytes: Uint8Array): { offset: number; line: number } {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let line = 1;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] as number;
    const size = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (size === 0) return { offset: i, line };
    try {
      decoder.decode(bytes.subarray(i, i + size));
    } catch {
      return { offset: i, line };
    }
    if (b === 0x0a) line += 1;
    i += size;
  }
  return { offset: bytes.length, line };
}

// Script and style bodies are code, not prose: drop them with their tags.
const CODE_BLOCK = /<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const TAG = /<\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?\/?>|<!--[\s\S]*?-->/g;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00A0" };

/**
 * Removes HTML tags from scraped text, keeping their text, and warns once per file with the first line that had markup.
 * The site escapes everything anyway; stripping means markup never reaches a headline or quote as stray tags.
 */
export function stripMarkup(file: string, text: string): { text: string; warning: BuildWarning | null } {
  CODE_BLOCK.lastIndex = 0;
  TAG.lastIndex = 0;
  const first = firstMatch(text);
  if (first < 0) return { text, warning: null };
  const line = text.slice(0, first).split("\n").length;
  // Keep the newlines a removed block spanned so later line numbers still point at the file.
  const keepLines = (match: string) => "\n".repeat(match.split("\n").length - 1);
  const stripped = text
    .replace(CODE_BLOCK, keepLines)
    .replace(TAG, keepLines)
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (entity, name: string) => decodeEntity(entity, name));
  return {
    text: stripped,
    warning: warning(file, "HTML markup found and removed; the text is kept as plain text", line),
  };
}

function firstMatch(text: string): number {
  const a = text.search(CODE_BLOCK);
  const b = text.search(TAG);
  return a < 0 ? b : b < 0 ? a : Math.min(a, b);
}

function decodeEntity(entity: string, name: string): string {
  if (name.startsWith("#")) {
    const code =
      name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  }
  return ENTITIES[name.toLowerCase()] ?? entity;
}
