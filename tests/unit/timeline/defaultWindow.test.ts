import { describe, expect, it } from "vitest";
import { dayToTime, timeToDay } from "../../../src/lib/dates/isoDay.ts";
import { defaultWindow, fitWindow, fullExtent, wholeStory } from "../../../src/lib/timeline/defaultWindow.ts";
import type { TimelineItem } from "../../../src/lib/timeline/types.ts";
import { item as makeItem } from "../../support/factories.ts";

/** A day, or a span from `start` to `end`, titled like a real headline so labels take real room. */
const item = (id: string, start: string, over: Partial<TimelineItem> = {}) =>
  makeItem(id, start, { title: `Something happened on ${start}`, ...over });
const rows = { rows: 5, trackRows: 2 };

/** A news archive: a few background years, a sparse decade, then a dense present. */
const archive = [
  item("nakba", "1948-01-01", { end: "1948-12-31", precision: "year", context: true }),
  item("uprising", "2011-03-01", { end: "2011-03-31", precision: "month" }),
  item("y2013", "2013-06-01"),
  item("y2020", "2020-09-15"),
  ...Array.from({ length: 24 }, (_, i) =>
    item(`n${i}`, `2025-0${3 + Math.floor(i / 6)}-${String(1 + (i % 6) * 4).padStart(2, "0")}`),
  ),
].sort((a, b) => (a.start < b.start ? -1 : 1));

describe("defaultWindow(items, width, rows)", () => {
  it.each([320, 720, 1200])("opens on the dense present at %i px, labelling most of its events", (width) => {
    const window = defaultWindow(archive, width, rows);
    expect(timeToDay(window[0]) >= "2024-01-01").toBe(true);
    const fit = fitWindow(archive, window, width, rows);
    expect(fit.clustered).toBeLessThanOrEqual(fit.inWindow / 3);
    expect(fit.labelled).toBeGreaterThanOrEqual(fit.inWindow / 2);
  });

  it("shows more of the story on a wider screen", () => {
    const narrow = defaultWindow(archive, 320, rows);
    const wide = defaultWindow(archive, 1200, rows);
    expect(wide[1] - wide[0]).toBeGreaterThanOrEqual(narrow[1] - narrow[0]);
  });

  it("ends just after the latest event, on whole days", () => {
    const [from, to] = defaultWindow(archive, 720, rows);
    expect(timeToDay(to) > "2025-06-21").toBe(true);
    expect(from % 86_400_000).toBe(0);
    expect(to % 86_400_000).toBe(0);
  });

  it("shows the whole story when every event fits", () => {
    const few = [item("a", "2013-01-01"), item("b", "2020-01-01")];
    expect(defaultWindow(few, 1200, rows)).toEqual(wholeStory(few));
  });

  it("opens on the fewest clusters when many events share a day", () => {
    const crowd = Array.from({ length: 12 }, (_, i) => item(`c${i}`, "2025-07-13"));
    const fit = fitWindow(crowd, defaultWindow(crowd, 320, { rows: 3, trackRows: 1 }), 320, { rows: 3, trackRows: 1 });
    expect(fit.inWindow).toBe(12);
  });
});

describe("wholeStory(items)", () => {
  it("runs from the first main-period event to the last, leaving the background outside", () => {
    const [from, to] = wholeStory(archive);
    expect(timeToDay(from) < "2011-03-01").toBe(true);
    expect(timeToDay(from) > "2010-01-01").toBe(true);
    expect(timeToDay(to) > "2025-06-21").toBe(true);
  });
});

describe("fullExtent(items, padding)", () => {
  it("reaches back to the background events", () => {
    const [from] = fullExtent(archive);
    expect(from).toBeLessThan(dayToTime("1948-01-01"));
  });
});
