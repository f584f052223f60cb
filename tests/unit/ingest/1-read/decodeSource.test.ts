import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkSourceSize, decodeSource, MAX_SOURCE_BYTES } from "../../../../src/lib/ingest/1-read/index.ts";

const fixture = (name: string) =>
  new Uint8Array(readFileSync(join(import.meta.dirname, "../../../fixtures/ingest/bad", name)));
const bytes = (text: string) => new TextEncoder().encode(text);

describe("decodeSource(file, bytes)", () => {
  it.each([
    ["an empty file", "empty.txt", "skipped: the file is empty"],
    ["a binary file", "binary.txt", "skipped: binary data (NUL byte at offset 8), not a text article"],
    ["a Latin-1 file", "latin1.txt", "skipped: not valid UTF-8 (byte 3 on line 1); re-save the file as UTF-8"],
  ])("skips %s with a warning naming it", (_, name, message) => {
    const decoded = decodeSource(name, fixture(name));
    expect(decoded.text).toBeNull();
    expect(decoded.warning?.file).toBe(name);
    expect(decoded.warning?.message).toBe(message);
  });

  it.each([
    ["drops a byte-order mark", "\uFEFFHeadline\n", "Headline\n"],
    ["turns CRLF and CR line ends into LF", "One\r\nTwo\rThree", "One\nTwo\nThree"],
    ["keeps UTF-8 curly quotes and non-breaking spaces", "Lebanon’s\u00A0Stance", "Lebanon’s\u00A0Stance"],
  ])("%s", (_, input, text) => {
    expect(decodeSource("a.txt", bytes(input))).toEqual({ text, warning: null });
  });

  it("skips a file of only whitespace", () => {
    expect(decodeSource("blank.txt", bytes(" \n\n\t\n")).warning?.message).toBe(
      "skipped: the file holds only whitespace",
    );
  });

  it("points at the line of the first bad byte", () => {
    const decoded = decodeSource("x.txt", new Uint8Array([0x41, 0x0a, 0x42, 0x0a, 0xc3, 0x28]));
    expect(decoded.warning?.line).toBe(3);
  });
});

describe("checkSourceSize(file, size)", () => {
  it("accepts a file at the limit", () => {
    expect(checkSourceSize("a.txt", MAX_SOURCE_BYTES)).toBeNull();
  });

  it("skips a 20 MB file with the limit in the message", () => {
    expect(checkSourceSize("huge.txt", 20 * 1024 * 1024)?.message).toBe(
      "skipped: 20.0 MB is over the 5 MB limit for a source file",
    );
  });
});
