import { describe, expect, it } from "vitest";
import { looksLikeCaption, parseCaption, splitGluedCaption } from "../../../../src/lib/ingest/1-read/index.ts";

describe("parseCaption(line)", () => {
  it.each([
    [
      "Tunisians gather at a meeting point in Tunis on June 9, 2025. (AFP)",
      "Tunisians gather at a meeting point in Tunis on June 9, 2025.",
      "AFP",
      false,
    ],
    [
      "Lebanese President Joseph Aoun looks on in Nicosia, Wednesday, July 9, 2025. (AP)",
      "Lebanese President Joseph Aoun looks on in Nicosia, Wednesday, July 9, 2025.",
      "AP",
      false,
    ],
    [
      "Palestinians inspect the damage in Jabalia, May 12, 2025. (Reuters)",
      "Palestinians inspect the damage in Jabalia, May 12, 2025.",
      "Reuters",
      false,
    ],
    [
      "Syrian President Ahmad al-Sharaa meets Mikhail Bogdanov in Damascus (RT)",
      "Syrian President Ahmad al-Sharaa meets Mikhail Bogdanov in Damascus",
      "RT",
      false,
    ],
    [
      "A woman reacts in front of the hospital on July 13, 2025. (Photo by Omar AL-QATTAA / AFP)",
      "A woman reacts in front of the hospital on July 13, 2025.",
      "Photo by Omar AL-QATTAA / AFP",
      false,
    ],
    [
      "FILED - 17 January 2025, Lebanon, Baabda: Aoun speaks at Baabda Palace. Photo: Marwan Naamani/dpa",
      "FILED - 17 January 2025, Lebanon, Baabda: Aoun speaks at Baabda Palace.",
      "Photo: Marwan Naamani/dpa",
      true,
    ],
    ["File photo: the port of Beirut after the blast", "File photo: the port of Beirut after the blast", null, true],
    ["A caption without any credit at all", "A caption without any credit at all", null, false],
    ["Talks were held in Doha (the Qatari capital)", "Talks were held in Doha (the Qatari capital)", null, false],
    [
      "Soldiers stand guard near the fence on March 3, 2019. (AP Photo/Tsafrir Abayov, File)",
      "Soldiers stand guard near the fence on March 3, 2019.",
      "AP Photo/Tsafrir Abayov, File",
      true,
    ],
    [
      "Soldiers stand guard near the fence on March 3, 2019 [File: Amir Cohen/Reuters]",
      "Soldiers stand guard near the fence on March 3, 2019",
      "File: Amir Cohen/Reuters",
      true,
    ],
    [
      "FILE PHOTO: Soldiers stand guard near the fence, March 3, 2019. REUTERS/Amir Cohen/File Photo",
      "FILE PHOTO: Soldiers stand guard near the fence, March 3, 2019.",
      "REUTERS/Amir Cohen/File Photo",
      true,
    ],
    ["REUTERS/Mohammed Salem", "", "REUTERS/Mohammed Salem", false],
    [
      "Sadr casts his vote at a polling station in Najaf, Iraq May 12, 2018. REUTERS/Alaa al-Marjani",
      "Sadr casts his vote at a polling station in Najaf, Iraq May 12, 2018.",
      "REUTERS/Alaa al-Marjani",
      false,
    ],
    [
      "Protesters gather in Khartoum on April 11, 2019. Mohammed bin Ali/AFP",
      "Protesters gather in Khartoum on April 11, 2019.",
      "Mohammed bin Ali/AFP",
      false,
    ],
    ["Getty Images", "", "Getty Images", false],
    ["© AFP", "", "© AFP", false],
    ["Photo credit: Reuters", "", "Photo credit: Reuters", false],
  ])("splits %j", (line, text, credit, archive) => {
    expect(parseCaption(line)).toEqual({ text, credit, archive });
  });
});

describe("looksLikeCaption(line)", () => {
  it.each([
    ["Ministers gather in Beirut on June 3, 2025. (AFP)", true],
    ["FILED - 17 January 2025, Lebanon: a press conference.", true],
    ["Hundreds of people launched a convoy on Monday, activists said.", false],
    ["Big News (AFP)", false],
    ["A picture taken on September 30, 2015 shows smoke rising over the city", true],
    ["This handout photo released by the army shows soldiers at the border", true],
    ["The photo released by the army on Monday was widely shared, officials said.", false],
    ["Tanks move near the border, October 9, 2023. Picture taken with a long lens.", true],
    ["Photos taken by residents showed the damage, officials said.", false],
    ["Reuters could not independently verify the images.", false],
  ])("says %j is a caption: %s", (line, want) => {
    expect(looksLikeCaption(line)).toBe(want);
  });
});

describe("splitGluedCaption(line)", () => {
  it.each([
    [
      "A video grab made on September 30, 2015 shows an airstrike in SyriaRussia launched air strikes in Syria on Wednesday.",
      [
        "A video grab made on September 30, 2015 shows an airstrike in Syria",
        "Russia launched air strikes in Syria on Wednesday.",
      ],
    ],
    ["A picture taken on June 3, 2025 shows a video posted on YouTube by the group", null],
    ["Russia launched air strikes in SyriaRussia on Wednesday.", null],
  ])("splits %j", (line, want) => {
    expect(splitGluedCaption(line)).toEqual(want);
  });
});
