import { describe, expect, it } from "vitest";
import { decodePayload, encodePayload } from "../../../src/lib/timeline/encodePayload.ts";
import { countMonths } from "../../../src/lib/timeline/monthCounts.ts";
import type { TimelineItem } from "../../../src/lib/timeline/types.ts";
import { item } from "../../support/factories.ts";

const items: TimelineItem[] = [
  item("b", "1948-01-01", { end: "1948-12-31", precision: "year", topics: ["israel", "lebanon"], context: true }),
  item("a", "2011-03-01", {
    title: "A </script><b>",
    end: "2011-03-31",
    precision: "month",
    approximate: true,
    topics: ["syria"],
  }),
  item("s", "2025-09-15", { title: "Talks scheduled", topics: ["syria"], scheduled: true }),
];

describe("encodePayload(items, overview)", () => {
  it("round-trips through decodePayload, scheduled and hedged flags included", () => {
    const payload = JSON.parse(JSON.stringify(encodePayload(items, countMonths(items))));
    expect(decodePayload(payload)).toEqual(items);
  });

  it("lists each topic once", () => {
    expect(encodePayload(items, countMonths(items)).topics).toEqual(["israel", "lebanon", "syria"]);
  });

  it("carries the month counts for the overview", () => {
    expect(encodePayload(items, countMonths(items)).overview.cells.map(([, , count]) => count)).toEqual([1, 1, 1]);
  });
});
