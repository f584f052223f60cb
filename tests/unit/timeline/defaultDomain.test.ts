import { describe, expect, it } from "vitest";
import { dayToTime, timeToDay } from "../../../src/lib/dates/isoDay.ts";
import { defaultDomain, fullExtent } from "../../../src/lib/timeline/defaultDomain.ts";
import { item as makeItem } from "../../support/factories.ts";

/** A day, or a span from `start` to `end`, id by its start. */
const item = (start: string, end = start) => makeItem(start, start, { end });

describe("defaultDomain(items)", () => {
  it("runs from March 2011 to a month after the latest event, leaving context events outside", () => {
    const [from, to] = defaultDomain([item("1948-05-14"), item("2013-01-01"), item("2025-03-22")]);
    expect([timeToDay(from), timeToDay(to)]).toEqual(["2011-03-01", "2025-04-22"]);
  });

  it("starts at the earliest event when every event is later than March 2011", () => {
    expect(timeToDay(defaultDomain([item("2020-01-01"), item("2021-01-01")])[0])).toBe("2020-01-01");
  });
});

describe("fullExtent(items, padding)", () => {
  it("reaches back to the context events", () => {
    const [from] = fullExtent([item("1948-05-14"), item("2025-03-22")]);
    expect(from).toBeLessThan(dayToTime("1948-05-14"));
  });
});
