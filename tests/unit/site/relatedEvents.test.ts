import { describe, expect, it } from "vitest";
import { groupByYear } from "../../../src/lib/site/groupByYear.ts";
import { latestEvents } from "../../../src/lib/site/latestEvents.ts";
import { relatedEvents } from "../../../src/lib/site/relatedEvents.ts";
import type { TimelineItem } from "../../../src/lib/timeline/types.ts";
import { item as makeItem } from "../../support/factories.ts";

const item = (id: string, start: string, topics: string[]) => makeItem(id, start, { topics });
const all = [
  item("a", "2011-03-15", ["syria"]),
  item("b", "2011-04-01", ["syria"]),
  item("c", "2011-03-20", ["gaza"]),
  item("d", "2020-01-01", ["syria", "gaza"]),
];

describe("relatedEvents(event, all, limit)", () => {
  it("gives events sharing a topic, nearest first", () => {
    expect(relatedEvents(all[0] as TimelineItem, all).map((e) => e.id)).toEqual(["b", "d"]);
  });
});

describe("groupByYear(items)", () => {
  it("groups by start year, oldest first", () => {
    expect(groupByYear(all).map((g) => [g.year, g.items.map((e) => e.id)])).toEqual([
      ["2011", ["a", "b", "c"]],
      ["2020", ["d"]],
    ]);
  });
});

describe("latestEvents(items, limit)", () => {
  it("gives the latest starts first", () => {
    expect(latestEvents(all, 2).map((e) => e.id)).toEqual(["d", "b"]);
  });
});
