import { describe, expect, it } from "vitest";
import { splitSentences } from "../../../src/lib/text/splitSentences.ts";

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
    [
      "keeps an abbreviated month with the day that ends a sentence",
      "Troops arrived on Dec. 12. The next day, fighting resumed.",
      ["Troops arrived on Dec. 12.", "The next day, fighting resumed."],
    ],
    [
      "keeps an abbreviated month with a day followed by a capital",
      "There were no cancellations after the Aug. 7 Embassy bombings. Then more.",
      ["There were no cancellations after the Aug. 7 Embassy bombings.", "Then more."],
    ],
    [
      "keeps an initialism inside a name",
      "The U.S. Embassy said so. The U.N. Security Council met.",
      ["The U.S. Embassy said so.", "The U.N. Security Council met."],
    ],
    [
      "keeps a clock time with the weekday after it",
      "The blast hit at 10:30 a.m. Friday near the gate. Police came.",
      ["The blast hit at 10:30 a.m. Friday near the gate.", "Police came."],
    ],
    [
      "ends a sentence at an initialism when a new sentence plainly starts",
      "He moved to the U.S. He came back in 2001. It ended at 4 p.m. The next day was calm.",
      ["He moved to the U.S.", "He came back in 2001.", "It ended at 4 p.m.", "The next day was calm."],
    ],
    [
      "does not join a month name that ends a sentence to the next",
      "Rates rose in Jan. Officials said so.",
      ["Rates rose in Jan.", "Officials said so."],
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
