import { describe, expect, it } from "vitest";
import { splitSentences } from "../../../src/lib/ingest/splitSentences.ts";

describe("splitSentences(paragraph)", () => {
  it.each([
    ["splits at full stops", "One thing happened. Then another.", ["One thing happened.", "Then another."]],
    [
      "keeps an abbreviated month inside its sentence",
      "The attack on Oct. 7, 2023, triggered the war. It went on.",
      ["The attack on Oct. 7, 2023, triggered the war.", "It went on."],
    ],
    [
      "rejoins a break after a title",
      "They met Mr. Aoun in Beirut. Talks followed.",
      ["They met Mr. Aoun in Beirut.", "Talks followed."],
    ],
    [
      "keeps a closing quote with its sentence",
      "“We hope,” read one letter. He added that “it is over.”",
      ["“We hope,” read one letter.", "He added that “it is over.”"],
    ],
    ["returns one sentence for a paragraph without a stop", "Lebanon and Israel", ["Lebanon and Israel"]],
  ])("%s", (_, paragraph, want) => {
    expect(splitSentences(paragraph).map((s) => s.text)).toEqual(want);
  });

  it("gives offsets that slice the paragraph back to each sentence", () => {
    const paragraph = "First one.  Second one. Third.";
    for (const s of splitSentences(paragraph)) expect(paragraph.slice(s.start, s.end)).toBe(s.text);
  });
});
