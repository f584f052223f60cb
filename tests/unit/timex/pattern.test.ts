import { describe, expect, it } from "vitest";
import { DIGITS } from "../../../src/lib/timex/cueWords.ts";
import {
  cap,
  cased,
  compileSource,
  digits,
  group,
  opt,
  raw,
  render,
  seq,
  tight,
  words,
} from "../../../src/lib/timex/pattern.ts";

const regex = (p: Parameters<typeof render>[0]) => new RegExp(`^(?:${render(p)})$`, "i");

describe("words(list)", () => {
  it("matches any of the words as written apart from case, each ending at a word boundary", () => {
    const months = words(["Sept.", "Sept", "September"]);
    expect(["Sept.", "sept", "SEPTEMBER"].map((w) => regex(months).test(w))).toEqual([true, true, true]);
    expect(new RegExp(render(months), "iy").exec("Septa")).toBeNull();
  });

  it("lets a space stand for any white space and an apostrophe for either kind", () => {
    expect(regex(words(["New Year's Day"])).test("New  Year’s\nDay")).toBe(true);
  });

  it("knows the words its matches begin with, lower-cased, as cue words", () => {
    expect(words(["the past", "The next", "Jan."]).first).toEqual(["the", "jan"]);
  });
});

describe("seq(...pieces) and tight(...pieces)", () => {
  it("puts white space between pieces, and lets an optional piece take its separator with it", () => {
    const p = seq(opt("the"), "late", words(["1970s"]));
    expect(["the late 1970s", "late 1970s"].map((w) => regex(p).test(w))).toEqual([true, true]);
    expect(regex(p).test("thelate 1970s")).toBe(false);
  });

  it("begins with the start words of every optional piece and of the first required one", () => {
    expect(seq(opt("the"), opt(words(["early", "late"])), digits(4)).first).toEqual(["the", "early", "late", DIGITS]);
  });

  it("holds the words of each required word list as needs", () => {
    expect(seq(opt("about"), digits(1, 2), words(["days"]), "ago").needs).toEqual([["days"], ["ago"]]);
  });

  it("joins pieces with nothing between them in tight()", () => {
    expect(regex(tight(digits(1, 2), opt(words(["st", "nd", "rd", "th"])))).test("3rd")).toBe(true);
  });
});

describe("cased(piece) and compileSource(pattern)", () => {
  it("names each capitalised piece's group so a match can be checked for a capital", () => {
    const { source, cased: names } = compileSource(seq("in", cap("month", cased(words(["May"])))));
    const m = new RegExp(source, "iy").exec("in may") as RegExpExecArray;
    expect(names).toEqual(["cased0"]);
    expect(m.groups?.cased0).toBe("may");
    expect(group(m, "month")).toBe("may");
  });

  it("keeps the case as written when rendered for a case-sensitive expression", () => {
    expect(new RegExp(render(cased(words(["May"])))).test("may")).toBe(false);
  });

  it("takes raw sources with their declared start words", () => {
    expect(raw("\\d+", [DIGITS]).first).toEqual([DIGITS]);
  });
});
