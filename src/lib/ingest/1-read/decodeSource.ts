import type { BuildWarning } from "../../../schema/buildReport.ts";
import { warning } from "../warnings.ts";

/** Largest source file read, in bytes: real articles are a few kilobytes, so anything past this is a stray dump or binary. */
export const MAX_SOURCE_BYTES = 5 * 1024 * 1024;

/** Result of decoding one file: its text, or the reason it was skipped. */
export type DecodedSource = { text: string; warning: null } | { text: null; warning: BuildWarning };

/** Whether a file of this size is read at all (checked before reading, so a 20 MB file costs nothing). */
export function checkSourceSize(file: string, size: number): BuildWarning | null {
  if (size <= MAX_SOURCE_BYTES) return null;
  const mb = (size / 1024 / 1024).toFixed(1);
  return warning(file, `skipped: ${mb} MB is over the ${MAX_SOURCE_BYTES / 1024 / 1024} MB limit for a source file`);
}

/** Decodes a source file as UTF-8 text with "\n" line ends, or says why it cannot be used. */
export function decodeSource(file: string, bytes: Uint8Array): DecodedSource {
  const tooLarge = checkSourceSize(file, bytes.length);
  if (tooLarge) return { text: null, warning: tooLarge };
  if (bytes.length === 0) return { text: null, warning: warning(file, "skipped: the file is empty") };
  // NUL never occurs in text, so one is the surest sign of a binary file (image, PDF, archive).
  const nul = bytes.indexOf(0);
  if (nul >= 0)
    return {
      text: null,
      warning: warning(file, `skipped: binary data (NUL byte at offset ${nul}), not a text article`),
    };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    return {
      text: null,
      warning: warning(
        file,
        `skipped: not valid UTF-8 (byte ${at.offset} on line ${at.line}); re-save the file as UTF-8`,
        at.line,
      ),
    };
  }
  text = text.replace(/\r\n?/g, "\n");
  if (text.trim() === "") return { text: null, warning: warning(file, "skipped: the file holds only whitespace") };
  return { text, warning: null };
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
