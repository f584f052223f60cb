import { describe, expect, it } from "vitest";
import { applyEventOverrides } from "../../../../src/lib/ingest/5-merge/index.ts";
import type { TimelineEvent } from "../../../../src/schema/event.ts";

const event = (id: string, start: string, article = "a"): TimelineEvent => ({
  id,
  title: `Title of ${id}`,
  date: { start, end: start, precision: "day", approximate: false, text: "on Monday" },
  topics: ["gaza"],
  people: [],
  places: [],
  context: false,
  status: "reported",
  sources: [
    {
      article,
      headline: article,
      url: null,
      published: "2025-06-09",
      quote: `Quote ${id}.`,
      dateText: "on Monday",
      dating: "own-words",
    },
  ],
  edited: [],
});
const events = [event("one", "2025-06-01"), event("two", "2025-06-09", "b"), event("three", "2025-06-05", "c")];

describe("applyEventOverrides(events, overrides)", () => {
  it("retitles an event and says it was edited", () => {
    const { events: out } = applyEventOverrides(events, [{ id: "one", title: "Convoy leaves Tunis" }]);
    expect(out.find((e) => e.id === "one")).toMatchObject({ title: "Convoy leaves Tunis", edited: ["title"] });
  });

  it("redates an event, keeps the source's words, and re-sorts by date", () => {
    const { events: out } = applyEventOverrides(events, [
      { id: "two", date: { start: "2025-05-01", end: "2025-05-31", precision: "month" } },
    ]);
    expect(out.map((e) => e.id)).toEqual(["two", "one", "three"]);
    expect(out[0]?.date).toEqual({
      start: "2025-05-01",
      end: "2025-05-31",
      precision: "month",
      approximate: false,
      text: "on Monday",
    });
    expect(out[0]?.edited).toEqual(["date"]);
  });

  it("hides an event and points its id nowhere", () => {
    const { events: out, redirects } = applyEventOverrides(events, [{ id: "three", hidden: true }]);
    expect(out.map((e) => e.id)).toEqual(["one", "two"]);
    expect(redirects.get("three")).toBeNull();
  });

  it("merges an event's sources into another and points its id there", () => {
    const { events: out, redirects } = applyEventOverrides(events, [{ id: "three", mergeInto: "one" }]);
    expect(out.map((e) => e.id)).toEqual(["one", "two"]);
    expect(out[0]?.sources.map((s) => s.article)).toEqual(["a", "c"]);
    expect(out[0]?.edited).toEqual(["sources"]);
    expect(redirects.get("three")).toBe("one");
  });

  it("follows a chain of merges to the event that remains", () => {
    const { redirects } = applyEventOverrides(events, [
      { id: "three", mergeInto: "two" },
      { id: "two", mergeInto: "one" },
    ]);
    expect(redirects.get("three")).toBe("one");
  });

  it.each([
    [
      "an unknown id",
      { id: "gone", title: "X" },
      'override for event "gone" matches no event; it may have been renamed or removed',
    ],
    [
      "a merge into an unknown event",
      { id: "one", mergeInto: "gone" },
      'override merges event "one" into "gone", which matches no other event',
    ],
    [
      "a date that ends before it starts",
      { id: "one", date: { start: "2025-06-10", end: "2025-06-01", precision: "day" as const } },
      'override for event "one" has start 2025-06-10 after end 2025-06-01; kept the extracted date',
    ],
  ])("warns about %s and changes nothing", (_, override, message) => {
    const result = applyEventOverrides(events, [override], "content/overrides.json");
    expect(result.warnings).toEqual([{ file: "content/overrides.json", line: null, message }]);
    expect(result.events).toEqual([...events].sort((a, b) => (a.date.start < b.date.start ? -1 : 1)));
  });

  it("leaves its input untouched", () => {
    const before = JSON.stringify(events);
    applyEventOverrides(events, [
      { id: "one", title: "New" },
      { id: "two", mergeInto: "one" },
    ]);
    expect(JSON.stringify(events)).toBe(before);
  });
});
