import { readFileSync } from "node:fs";
import { experimental_AstroContainer as AstroContainer } from "astro/container";
import { beforeAll, describe, expect, it } from "vitest";
import EventDetail from "../../src/components/EventDetail.astro";
import EventList from "../../src/components/EventList.astro";
import TimelineSvg from "../../src/components/TimelineSvg.astro";
import { dayToTime } from "../../src/lib/dates/isoDay.ts";
import { layoutTimeline } from "../../src/lib/timeline/layoutTimeline.ts";
import { toTimelineItem } from "../../src/lib/timeline/toTimelineItem.ts";
import { eventSchema } from "../../src/schema/event.ts";

// The fixture's scheduled event (tests/fixtures/site/sample), as the ingest will write one: announced for a date.
const event = eventSchema.parse(
  JSON.parse(readFileSync("tests/fixtures/site/sample/events/2025-04-15-syria-russia-talks-scheduled.json", "utf8")),
);
const item = toTimelineItem(event);

describe("a scheduled event, rendered", () => {
  let container: AstroContainer;
  beforeAll(async () => {
    container = await AstroContainer.create();
  });

  it("is carried into the timeline item", () => {
    expect(item.scheduled).toBe(true);
  });

  it("is worded as a plan in the list, with its date as a datetime", async () => {
    const html = await container.renderToString(EventList, { props: { items: [item], names: {} } });
    expect(html).toMatch(/<li[^>]*class="is-scheduled"/);
    expect(html).toContain('<time datetime="2025-04-15"');
    expect(html).toContain("scheduled for 15 April 2025</time>");
  });

  it("is worded as a plan on its page, announced rather than reported", async () => {
    const html = await container.renderToString(EventDetail, {
      props: { event, names: {}, articleIds: new Set<string>() },
    });
    expect(html).toContain('data-status="scheduled"');
    expect(html).toMatch(/Scheduled<\/span>\s*for <time datetime="2025-04-15"[^>]*>15 April 2025<\/time>/);
    expect(html).toContain("Announced in one article");
  });

  it("is drawn hollow on the timeline and named as a plan", async () => {
    const layout = layoutTimeline([item], [dayToTime("2025-04-01"), dayToTime("2025-05-01")], 720, {
      rows: 5,
      trackRows: 2,
    });
    const html = await container.renderToString(TimelineSvg, {
      props: { layout, label: "Timeline", from: "2025-04-01", to: "2025-04-30" },
    });
    expect(html).toMatch(/class="tl-event tl-point tl-scheduled"/);
    expect(html).toContain('aria-label="Syrian and Russian officials to meet in Moscow, scheduled for 15 April 2025"');
  });

  it("leaves a reported event's words alone", async () => {
    const reported = { ...item, scheduled: false };
    const html = await container.renderToString(EventList, { props: { items: [reported], names: {} } });
    expect(html).not.toContain("scheduled for");
    expect(html).not.toContain("is-scheduled");
  });
});
