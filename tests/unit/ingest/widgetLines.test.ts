import { describe, expect, it } from "vitest";
import { readPage, STORY, STORY_BODY } from "../../support/ingestText.ts";

/** Share widgets, navigation and promotion as scrapes keep them, each on a line of its own. */
const WIDGETS: readonly string[] = [
  "Share on Facebook",
  "Share on X",
  "Share on WhatsApp",
  "Share this article",
  "Share this story",
  "Copy link",
  "Link copied",
  "Listen to this article",
  "Listen · 4 min",
  "Listen to this article · 5 min",
  "Advertisement",
  "ADVERTISEMENT",
  "Story continues below advertisement",
  "Read more:",
  "Read more",
  "Read more: Israel strikes targets in northern Gaza",
  "Related:",
  "Related: Hezbollah fires rockets into northern Israel",
  "RELATED ARTICLES",
  "Related Topics",
  "Sign up for our newsletter",
  "Sign up",
  "Subscribe",
  "Subscribe to our newsletter",
  "Follow us on X",
  "Follow us on Telegram",
  "Most read",
  "Most Popular",
  "Skip to content",
  "Skip to main content",
  "Comments",
  "Print",
  "Email",
  "Reuters",
  "Our Standards: The Thomson Reuters Trust Principles.",
  "Recommended Stories",
  "list of 4 items",
  "end of list",
  "Click here to read more.",
  "Click here to subscribe",
  "Watch: Drone footage shows the damage in Khan Younis",
  "Continue reading",
  "Download the app",
  "Leave a comment",
];

/** One-line paragraphs that open with a widget's word and are news all the same. */
const PARAGRAPHS: readonly string[] = [
  "Share prices fell 3% in Tel Aviv as the fighting spread.",
  "Advertisement revenue at the state broadcaster has halved since the war began.",
  "Residents who want to read more about the evacuation routes can find them on the army's website.",
  "Read more about the plan than its authors intended and its flaws become plain, critics say.",
  "Print media reported on Tuesday that the talks had stalled.",
  "Subscribers to the service lost access, the company said.",
  "Related talks in Cairo were postponed until next week, officials said.",
  "Comments by the minister drew sharp criticism from the opposition.",
  "Email exchanges between the two leaders were leaked to the press.",
  "Follow-up talks are expected in Doha later this month.",
  "Reuters could not independently verify the reports.",
  "Most read the statement as a rejection of the proposal.",
  "Watch groups said the vote had been marred by fraud.",
  "Recommended changes to the plan were sent to the cabinet.",
  "Listen to the people of Gaza, the UN chief urged world leaders.",
  "Subscribe, like and share was all the influencer asked of his followers.",
];

const { headline: HEADLINE, dateLine: DATE_LINE, lede: LEDE, closing: CLOSING } = STORY;
const BODY = STORY_BODY;

function read(...blocks: string[]) {
  const { paragraphs, captions } = readPage(...blocks);
  return { paragraphs, captions };
}

describe("a widget or navigation line", () => {
  it.each(WIDGETS)("drops %s as furniture under the headline", (line) => {
    expect(read(HEADLINE, DATE_LINE, line, ...BODY)).toEqual({ paragraphs: BODY, captions: [] });
  });

  it.each(WIDGETS)("drops %s as furniture between paragraphs and at the end", (line) => {
    expect(read(HEADLINE, DATE_LINE, LEDE, line, CLOSING)).toEqual({ paragraphs: BODY, captions: [] });
    expect(read(HEADLINE, DATE_LINE, ...BODY, line)).toEqual({ paragraphs: BODY, captions: [] });
  });

  it("drops a list of related stories with its items", () => {
    const list = ["list of 2 items", "list 1 of 2", "Israel Strikes Targets in Gaza City"];
    const more = ["list 2 of 2", "Hezbollah Fires Rockets Into Northern Israel", "end of list"];
    expect(read(HEADLINE, DATE_LINE, LEDE, list.join("\n"), more.join("\n"), CLOSING).paragraphs).toEqual(BODY);
  });
});

describe("a one-line paragraph that opens with a widget's word", () => {
  it.each(PARAGRAPHS)("keeps %s as a paragraph", (line) => {
    expect(read(HEADLINE, DATE_LINE, LEDE, line, CLOSING).paragraphs).toEqual([LEDE, line, CLOSING]);
    expect(read(HEADLINE, DATE_LINE, line, ...BODY).paragraphs).toEqual([line, ...BODY]);
  });
});
