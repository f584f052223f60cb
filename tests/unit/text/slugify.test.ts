import { describe, expect, it } from "vitest";
import { assignArticleIds } from "../../../src/lib/ingest/2-published/index.ts";
import { slugify } from "../../../src/lib/text/slugify.ts";
import { normaliseHeadline } from "../../../src/lib/text/typography.ts";

describe("slugify(text, maxLength)", () => {
  it.each([
    [
      "Aoun Condemns Attempts to Drag Lebanon Anew into Violence",
      "aoun-condemns-attempts-to-drag-lebanon-anew-into-violence",
    ],
    [
      "Lebanon’s President Reveals the Country’s Stance on Relations with Israel",
      "lebanons-president-reveals-the-countrys-stance-on-relations",
    ],
    [
      "Food Security Experts Warn Gaza Is at Critical Risk of Famine if Israel Doesn’t End Its Campaign",
      "food-security-experts-warn-gaza-is-at-critical-risk",
    ],
    [
      "Tunisia Activists Launch Gaza-bound Convoy in 'Symbolic Act'",
      "tunisia-activists-launch-gaza-bound-convoy-in-symbolic-act",
    ],
    ["Café à Beyrouth", "cafe-a-beyrouth"],
    ["???", ""],
  ])("slugs %j as %j", (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it("cuts a single over-long word rather than dropping it", () => {
    expect(slugify("a".repeat(80), 10)).toBe("aaaaaaaaaa");
  });
});

describe("normaliseHeadline(headline)", () => {
  it("folds curly quotes, non-breaking and repeated spaces and case", () => {
    expect(normaliseHeadline("  Putin’s  Message\u00A0to “Syria” ")).toBe(
      normaliseHeadline('putin\'s message to "syria"'),
    );
  });
});

describe("assignArticleIds(headlines)", () => {
  it("gives every headline its slug", () => {
    expect(assignArticleIds(["One Headline", "Other Headline"])).toEqual(["one-headline", "other-headline"]);
  });

  it("adds a headline hash to both of two headlines that share a slug, whatever their order", () => {
    const long = "Word ".repeat(14);
    const a = `${long}Alpha`;
    const b = `${long}Beta`;
    const ids = assignArticleIds([a, b]);
    expect(ids[0]).not.toBe(ids[1]);
    expect(assignArticleIds([b, a])).toEqual([ids[1], ids[0]]);
  });

  it("tells two stories under one headline apart by their first file, whatever their order", () => {
    const ids = assignArticleIds(["Live Updates", "Live Updates"], ["a.txt", "b.txt"]);
    expect(ids[0]).not.toBe(ids[1]);
    expect(ids[0]).toMatch(/^live-updates-/);
    expect(assignArticleIds(["Live Updates", "Live Updates"], ["b.txt", "a.txt"])).toEqual([ids[1], ids[0]]);
  });
});
