import { describe, expect, it } from "vitest";
import { readArticles } from "../../../src/lib/ingest/1-read/index.ts";
import { untitledHeadline } from "../../../src/lib/ingest/1-read/splitArticles.ts";
import { page } from "../../support/ingestText.ts";

/** Three made-up stories as newsrooms file them: a headline, a date line and their paragraphs. */
const FLOODS = {
  headline: "Floods Cut Off Villages in the North",
  dateLine: "Published March 4, 2024",
  body: [
    "Rivers burst their banks on Sunday after three days of rain, cutting roads to at least a dozen villages.",
    "Rescue teams reached the first of them by boat on Monday morning, the regional governor said.",
  ],
};
const BUDGET = {
  headline: "Council Approves New Budget After Long Debate",
  dateLine: "Updated 12 June 2023",
  body: [
    "The city council approved next year's budget late on Tuesday after a session that lasted nine hours.",
    "Opposition members walked out before the vote, saying cuts to bus services had been added at the last minute.",
    "The mayor said the budget would be published in full by the end of the week.",
  ],
};
const STRIKE = {
  headline: "Port Strike Enters Its Second Week",
  dateLine: "Friday 8 September 2023",
  body: [
    "Dock workers at the country's largest port stayed off the job on Friday as talks with employers stalled again.",
    "Shipping companies said more than forty vessels were waiting to unload off the coast.",
  ],
};
type Story = typeof FLOODS;

const plain = (s: Story) => page(s.headline, s.dateLine, ...s.body);
const doubled = (s: Story) => page(`${s.headline}\n${s.headline}`, s.dateLine, ...s.body);
const noDate = (s: Story) => page(s.headline, ...s.body);

/** How a file holds two or three articles: each row joins the stories' texts in its own way. */
const SEPARATIONS: readonly { how: string; file: string; stories: Story[] }[] = [
  { how: "two blank lines", file: `${plain(FLOODS)}\n\n\n${plain(BUDGET)}`, stories: [FLOODS, BUDGET] },
  { how: "four blank lines", file: `${plain(FLOODS)}\n\n\n\n\n${plain(BUDGET)}`, stories: [FLOODS, BUDGET] },
  { how: "two blank lines, no date line", file: `${noDate(FLOODS)}\n\n\n${noDate(BUDGET)}`, stories: [FLOODS, BUDGET] },
  {
    how: "two blank lines, three articles",
    file: [plain(FLOODS), plain(BUDGET), plain(STRIKE)].join("\n\n\n"),
    stories: [FLOODS, BUDGET, STRIKE],
  },
  { how: "a repeated header block", file: page(doubled(FLOODS), doubled(BUDGET)), stories: [FLOODS, BUDGET] },
  {
    how: "a repeated header block, three articles",
    file: page(doubled(FLOODS), doubled(BUDGET), doubled(STRIKE)),
    stories: [FLOODS, BUDGET, STRIKE],
  },
  {
    how: "a repeated header block with a standfirst",
    file: page(
      doubled(FLOODS),
      `${BUDGET.headline}\n${BUDGET.headline}`,
      BUDGET.body[0] as string,
      BUDGET.dateLine,
      ...BUDGET.body.slice(1),
    ),
    stories: [FLOODS, BUDGET],
  },
  { how: "a line of dashes", file: page(plain(FLOODS), "----------", plain(BUDGET)), stories: [FLOODS, BUDGET] },
  {
    how: "a line of dashes, no blank lines",
    file: `${plain(FLOODS)}\n---\n${plain(BUDGET)}`,
    stories: [FLOODS, BUDGET],
  },
  { how: "***", file: page(plain(FLOODS), "***", plain(BUDGET)), stories: [FLOODS, BUDGET] },
  {
    how: "* * *",
    file: page(plain(FLOODS), "* * *", plain(BUDGET), "* * *", plain(STRIKE)),
    stories: [FLOODS, BUDGET, STRIKE],
  },
  { how: "a line of equals signs", file: page(plain(FLOODS), "==========", plain(BUDGET)), stories: [FLOODS, BUDGET] },
  { how: "a new headline and its date line", file: page(plain(FLOODS), plain(BUDGET)), stories: [FLOODS, BUDGET] },
  {
    how: "a new headline and its date line, three articles",
    file: page(plain(FLOODS), plain(BUDGET), plain(STRIKE)),
    stories: [FLOODS, BUDGET, STRIKE],
  },
  {
    how: "a new headline, its byline and date line",
    file: page(plain(FLOODS), BUDGET.headline, "By Maria Lopez", BUDGET.dateLine, ...BUDGET.body),
    stories: [FLOODS, BUDGET],
  },
];

/** Each article found in a file: its headline and its paragraphs (standfirst included). */
function split(text: string) {
  return readArticles({ file: "page.txt", size: text.length, bytes: new TextEncoder().encode(text) }).copies.map(
    (c) => ({ headline: c.raw.headline.text, paragraphs: c.raw.paragraphs.map((p) => p.text) }),
  );
}

const expected = (stories: Story[]) => stories.map((s) => ({ headline: s.headline, paragraphs: s.body }));

describe("a file holding several articles", () => {
  it.each(SEPARATIONS)(
    "splits articles separated by $how, each with its own headline and paragraphs",
    ({ file, stories }) => {
      expect(split(file)).toEqual(expected(stories));
    },
  );
});

/** Lines inside one article's body that stand on their own line and start no article. */
const BODY_LINES: readonly { what: string; lines: string[] }[] = [
  { what: "a subheading in Title Case", lines: ["Roads Closed Across the Valley"] },
  { what: "a subheading in sentence case", lines: ["What happens next"] },
  { what: "a pull quote in curly quotes", lines: ["“We have nowhere left to go”"] },
  { what: "a pull quote printed twice", lines: ["“We have nowhere left to go”", "“We have nowhere left to go”"] },
  {
    what: "a caption printed twice",
    lines: ["Residents wade through a flooded street", "Residents wade through a flooded street"],
  },
  {
    what: "a credited caption printed twice",
    lines: [
      "Residents wade through a flooded street. Photo: Jane Doe/AFP",
      "Residents wade through a flooded street. Photo: Jane Doe/AFP",
    ],
  },
];

describe("one article with a line of its own in the body", () => {
  it.each(BODY_LINES)("is not split at $what", ({ lines }) => {
    const [first, second] = FLOODS.body as [string, string];
    const found = split(page(FLOODS.headline, FLOODS.dateLine, first, ...lines, second));
    expect(found.map((a) => a.headline)).toEqual([FLOODS.headline]);
    // Nothing is lost: the body's paragraphs stay, in order, whatever the line itself was taken for.
    expect(found[0]?.paragraphs.filter((p) => FLOODS.body.includes(p))).toEqual(FLOODS.body);
  });

  it("keeps a subheading as a paragraph", () => {
    const [first, second] = FLOODS.body as [string, string];
    const found = split(page(FLOODS.headline, FLOODS.dateLine, first, "Roads Closed Across the Valley", second));
    expect(found[0]?.paragraphs).toEqual([first, "Roads Closed Across the Valley", second]);
  });

  it("is not split at a header printed twice with a standfirst", () => {
    const standfirst = "Thousands are stranded as rescuers struggle to reach the worst-hit areas.";
    const found = split(page(`${FLOODS.headline}\n${FLOODS.headline}`, standfirst, FLOODS.dateLine, ...FLOODS.body));
    expect(found).toEqual([{ headline: FLOODS.headline, paragraphs: [standfirst, ...FLOODS.body] }]);
  });
});

describe("a paragraph that a page or column break cut in two", () => {
  const [first, second] = FLOODS.body as [string, string];
  const cut = [
    "“We have never seen water this high,” the regional governor told reporters in a",
    "statement on Monday.",
  ];

  it("is joined again when the line after the cut opens in lower case", () => {
    const found = split(page(FLOODS.headline, FLOODS.dateLine, first, ...cut, second));
    expect(found[0]?.paragraphs).toEqual([first, cut.join(" "), second]);
  });

  it.each([
    ["the paragraph before ends a sentence", [`${cut[0]} short.`, cut[1]]],
    [
      "the paragraph before ends with a colon",
      [`${cut[0]} statement:`, "rivers rose two metres overnight in the valley."],
    ],
    ["the next line opens in capitals", [cut[0], "Statement on Monday."]],
  ])("stays two paragraphs when %s", (_, lines) => {
    const found = split(page(FLOODS.headline, FLOODS.dateLine, first, ...(lines as string[]), second));
    expect(found[0]?.paragraphs).toEqual([first, ...(lines as string[]), second]);
  });
});

describe("page furniture printed above the headline", () => {
  it.each([
    { what: "a date line", above: ["Friday 8 September 2023"] },
    { what: "a date line with its time", above: ["8 September 2023,   10:54"] },
    { what: "a date line under a share widget", above: ["Share", "Friday 8 September 2023 - 02:29"] },
    { what: "a byline and a date line", above: ["By Maria Lopez", "Sep 8, 2023"] },
  ])("keeps $what as the page's furniture and the headline as the headline", ({ above }) => {
    const copies = readArticles({
      file: "page.txt",
      size: 0,
      bytes: new TextEncoder().encode(page(...above, STRIKE.headline, ...STRIKE.body)),
    }).copies;
    expect(copies.map((c) => c.raw.headline.text)).toEqual([STRIKE.headline]);
    expect(copies[0]?.raw.paragraphs.map((p) => p.text)).toEqual(STRIKE.body);
    const furniture = copies[0]?.raw.pageLines.map((l) => l.text) ?? [];
    expect(furniture.filter((l) => above.includes(l))).toEqual(above.filter((l) => l !== "Share"));
  });

  it("keeps a date line over prose with no headline as the page's date line, the page titled by its first words", () => {
    const text = page("Friday 8 September 2023", ...STRIKE.body);
    const found = split(text);
    expect(found).toEqual([{ headline: untitledHeadline(STRIKE.body[0] as string), paragraphs: STRIKE.body }]);
    const [copy] = readArticles({ file: "page.txt", size: text.length, bytes: new TextEncoder().encode(text) }).copies;
    expect(copy?.raw.pageLines.map((l) => [l.kind, l.text])).toEqual([["date-line", "Friday 8 September 2023"]]);
    expect(copy?.raw.untitled).toBe(true);
    // Its first line is the story's lede, not a standfirst.
    expect(copy?.raw.lead).toBe(0);
    // A share widget over the story is furniture too, never its headline.
    expect(split(page("Share", ...STRIKE.body))[0]?.headline).toBe(untitledHeadline(STRIKE.body[0] as string));
  });
});
