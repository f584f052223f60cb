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
    [
      "a file in a legacy encoding of another script (Windows-1256 Arabic)",
      "cp1256.txt",
      "skipped: not valid UTF-8 (byte 0 on line 1); re-save the file as UTF-8",
    ],
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

  it("reads English text saved as Latin-1 or Windows-1252 as Windows-1252, with a warning naming the first bad byte", () => {
    const decoded = decodeSource("latin1.txt", fixture("latin1.txt"));
    expect(decoded.text).toBe("Café Owner Says Hello\n\nThe owner of the café said on Monday that it would open.\n");
    expect(decoded.warning).toEqual({
      file: "latin1.txt",
      line: 1,
      message:
        "not valid UTF-8 (byte 3 on line 1): read as Windows-1252; re-save the file as UTF-8 to be sure of its accents and quotes",
    });
    // Windows-1252's own quotes (0x93, 0x94) and dash (0x97), as Word saves them, in a line of ordinary length.
    const line = "The minister told reporters in Beirut on Monday that talks would go on";
    const quoted = decodeSource("w.txt", new Uint8Array([...bytes(`${line} `), 0x93, 0x61, 0x94, 0x20, 0x97, 0x0a]));
    expect(quoted.text).toBe(`${line} “a” —\n`);
  });

  it.each([
    ["little-endian", "utf16le", [0xff, 0xfe]],
    ["big-endian", "utf16be", [0xfe, 0xff]],
  ])("reads UTF-16 %s text with its byte-order mark (Windows' 'Unicode' text)", (_, order, bom) => {
    const units = Buffer.from("Truce\r\nHeld’", "utf16le");
    if (order === "utf16be") units.swap16();
    expect(decodeSource("u.txt", new Uint8Array([...bom, ...units]))).toEqual({ text: "Truce\nHeld’", warning: null });
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
