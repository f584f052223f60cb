import { describe, expect, it } from "vitest";
import { parseCaption } from "../../../src/lib/ingest/1-read/index.ts";
import { readPage, STORY, STORY_BODY } from "../../support/ingestText.ts";

/**
 * Photo captions and credits in the forms outlets print them, whole or as a credit on a line of its own. `day`: the day
 * the caption's picture was taken, when it says (and is not an archive photo's); a caption alone dates a text-only
 * article only as a lower bound, so with the page's date line the article takes the line's day.
 */
const CAPTIONS: readonly { line: string; day: string | null }[] = [
  {
    line: "Smoke rises over Gaza City after an Israeli air strike, October 9, 2023. (AP Photo/Hatem Moussa)",
    day: "2023-10-09",
  },
  {
    line: "Palestinians inspect a destroyed house in Rafah, October 9, 2023. REUTERS/Mohammed Salem",
    day: "2023-10-09",
  },
  { line: "Israeli soldiers patrol near the border with the Gaza Strip. Photo: AFP", day: null },
  {
    line: "Rescuers search the rubble of a building in Khan Younis on October 9, 2023. Getty Images",
    day: "2023-10-09",
  },
  { line: "Smoke rises over Gaza City on October 9, 2023 [Mohammed Salem/Reuters]", day: "2023-10-09" },
  { line: "Mourners attend a funeral in Tel Aviv on October 9, 2023. Image: Ronen Zvulun/Reuters", day: "2023-10-09" },
  { line: "Rockets are fired from the Gaza Strip towards Israel on October 9, 2023. © AFP", day: "2023-10-09" },
  {
    line: "Israeli soldiers take position near the border with Gaza, 9 October 2023. EPA-EFE/ATEF SAFADI",
    day: "2023-10-09",
  },
  { line: "Smoke rises over Gaza City after an air strike. Photograph: Mohammed Salem/Reuters", day: null },
  {
    line: "Palestinians search for survivors after an Israeli strike in Khan Younis, October 9, 2023. (Photo by Said Khatib/AFP via Getty Images)",
    day: "2023-10-09",
  },
  {
    line: "A handout picture released by the Israeli army on October 9, 2023 shows soldiers taking part in an operation.",
    day: "2023-10-09",
  },
  {
    line: "Israeli tanks move near the border with Gaza, October 9, 2023. Picture taken with a long lens.",
    day: "2023-10-09",
  },
  { line: "Picture taken October 9, 2023 shows smoke rising over the northern Gaza Strip.", day: "2023-10-09" },
  { line: "Displaced families shelter at a school in Deir al-Balah. (Xinhua/Rizek Abdeljawad)", day: null },
  { line: "Relatives mourn outside the morgue in Rafah on October 9, 2023. Credit: Reuters", day: "2023-10-09" },
  { line: "Rescue workers carry a wounded man in Gaza City on October 9, 2023. (Photo: AFP)", day: "2023-10-09" },
  { line: "1 of 12 | Smoke rises over Gaza City on October 9, 2023. UPI | License Photo", day: "2023-10-09" },
];

/** Archive pictures: their date is the photo's, never the article's. */
const FILE_PHOTOS: readonly string[] = [
  "FILE PHOTO: Israeli soldiers stand guard near the border fence in southern Israel, in a picture taken March 3, 2019. REUTERS/Amir Cohen/File Photo",
  "FILE - Israeli soldiers stand guard near the border fence in southern Israel on March 3, 2019. (AP Photo/Tsafrir Abayov, File)",
  "Israeli soldiers stand guard near the border fence in southern Israel on March 3, 2019 [File: Amir Cohen/Reuters]",
  "Israeli soldiers stand guard near the border fence on March 3, 2019. (AP Photo/Tsafrir Abayov, File)",
  "File photo: Israeli soldiers stand guard near the border fence on March 3, 2019. Photo: AFP",
];

/** Credits a page prints on a line of their own, under a picture or its caption. */
const CREDITS: readonly string[] = [
  "(AP Photo/Hussein Malla)",
  "REUTERS/Mohammed Salem",
  "Photo: AFP",
  "Getty Images",
  "[File: Reuters]",
  "Image: Reuters",
  "© AFP",
  "EPA-EFE/ATEF SAFADI",
  "Photograph: Mohammed Salem/Reuters",
  "AFP via Getty Images",
  "Mahmud Hams/AFP",
  "(Photo by Said Khatib/AFP via Getty Images)",
  "Photo credit: Reuters",
  "© Reuters",
  "Anadolu Agency via Getty Images",
];

const { headline: HEADLINE, dateLine: DATE_LINE, lede: LEDE, closing: CLOSING } = STORY;
const BODY = STORY_BODY;
const read = readPage;

describe("a photo caption in a text-only article", () => {
  it.each(CAPTIONS)("keeps $line as a caption under the headline", ({ line }) => {
    const got = read(HEADLINE, DATE_LINE, line, ...BODY);
    expect([got.captions, got.paragraphs, got.published]).toEqual([[line], BODY, "2023-10-10"]);
    expect(got.quotes.every((q) => BODY.some((p) => p.includes(q)))).toBe(true);
  });

  it.each(CAPTIONS)("keeps $line as a caption between paragraphs", ({ line }) => {
    const got = read(HEADLINE, DATE_LINE, LEDE, line, CLOSING);
    expect([got.captions, got.paragraphs, got.published]).toEqual([[line], BODY, "2023-10-10"]);
  });

  it.each(CAPTIONS)("takes the day of $line as a lower bound only", ({ line, day }) => {
    const got = read(HEADLINE, line, ...BODY);
    expect([got.captions, got.paragraphs]).toEqual([[line], BODY]);
    // Monday 9 October is the caption's own weekday; with no day the caption gives nothing.
    expect(got.published).toBe(day);
  });

  it.each([2, 3])("keeps a caption printed %i times as one caption, never a paragraph", (times) => {
    const line = CAPTIONS[1]?.line as string;
    expect(read(HEADLINE, DATE_LINE, LEDE, ...Array(times).fill(line), CLOSING).paragraphs).toEqual(BODY);
    expect(read(HEADLINE, DATE_LINE, ...Array(times).fill(line), ...BODY).paragraphs).toEqual(BODY);
  });

  it.each(CAPTIONS.filter(({ line }) => parseCaption(line).credit !== null))(
    "keeps $line and its copy without the credit as captions",
    ({ line }) => {
      const bare = parseCaption(line).text;
      for (const pair of [
        [line, bare],
        [bare, line],
      ]) {
        expect(read(HEADLINE, DATE_LINE, LEDE, ...pair, CLOSING).paragraphs).toEqual(BODY);
        expect(read(HEADLINE, DATE_LINE, ...pair, ...BODY).paragraphs).toEqual(BODY);
      }
    },
  );
});

describe("an archive photo's caption", () => {
  it.each(FILE_PHOTOS)("never dates the article by %s", (line) => {
    const got = read(HEADLINE, line, ...BODY);
    expect([got.captions, got.paragraphs, got.published]).toEqual([[line], BODY, null]);
    expect(read(HEADLINE, DATE_LINE, line, ...BODY).published).toBe("2023-10-10");
    expect(read(HEADLINE, line, CAPTIONS[1]?.line as string, ...BODY).published).toBe("2023-10-09");
    const wire = `JERUSALEM, Oct 9 (Reuters) - ${LEDE}`;
    expect(read(HEADLINE, line, wire, "The talks broke down on September 28, 2023.", CLOSING).published).toBe(
      "2023-10-09",
    );
  });
});

describe("a photo credit on a line of its own", () => {
  it.each(CREDITS)("keeps %s as a caption under the headline and in the body", (line) => {
    expect(read(HEADLINE, DATE_LINE, line, ...BODY)).toMatchObject({ captions: [line], paragraphs: BODY });
    expect(read(HEADLINE, DATE_LINE, LEDE, line, CLOSING)).toMatchObject({ captions: [line], paragraphs: BODY });
  });
});
