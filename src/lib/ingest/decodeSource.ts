import type { BuildWarning } from "../../schema/buildReport.ts";
import { warning } from "./ingestWarning.ts";

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
