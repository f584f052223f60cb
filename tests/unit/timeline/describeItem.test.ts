import { describe, expect, it } from "vitest";
import { dayToTime } from "../../../src/lib/dates/isoDay.ts";
import { describeCluster, describeItem, spanWords, whenWords } from "../../../src/lib/timeline/describeItem.ts";
import { eventClass } from "../../../src/lib/timeline/markAttributes.ts";
import type { PlacedItem } from "../../../src/lib/timeline/types.ts";
import { item } from "../../support/factories.ts";

const talks = item("talks", "2025-09-15", { title: "Talks in Geneva", scheduled: true });

describe("whenWords(item) and describeItem(item)", () => {
  it("words a scheduled event as a plan", () => {
    expect(whenWords(talks)).toBe("scheduled for 15 September 2025");
    expect(describeItem(talks)).toBe("Talks in Geneva, scheduled for 15 September 2025");
  });

  it("words a reported event by its date alone", () => {
    expect(describeItem(item("x", "2025-03-22", { title: "Strikes" }))).toBe("Strikes, 22 March 2025");
  });
});

describe("eventClass(placed, selected)", () => {
  it("draws a scheduled event hollow (its own class), a bare one apart from labelled ones", () => {
    const placed = { item: talks, kind: "bare", shape: "point" } as PlacedItem;
    expect(eventClass(placed, false).split(" ")).toEqual(["tl-event", "tl-point", "tl-bare", "tl-scheduled"]);
  });
});

describe("spanWords(from, to) and describeCluster(count, from, to)", () => {
  it.each([
    ["2025-07-13", "2025-07-14", "13 July 2025"],
    ["2025-07-01", "2025-08-01", "July 2025"],
    ["2025-03-01", "2025-08-01", "March to July 2025"],
    ["2013-01-01", "2014-01-01", "2013"],
    ["2011-03-01", "2025-08-01", "2011 to 2025"],
  ])("words %s to %s as %s", (from, to, want) => {
    expect(spanWords(dayToTime(from), dayToTime(to))).toBe(want);
  });

  it("names a cluster by its count and its time", () => {
    expect(describeCluster(3, dayToTime("2025-07-13"), dayToTime("2025-07-14"))).toBe(
      "3 events, 13 July 2025: show them",
    );
  });
});
