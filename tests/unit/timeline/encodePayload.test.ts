import { describe, expect, it } from "vitest";
import { decodeItems, encodeItems } from "../../../src/lib/timeline/encodePayload.ts";
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

describe("encodeItems(items, topics)", () => {
  it("round-trips through decodeItems, scheduled and hedged flags included", () => {
    const packed = JSON.parse(JSON.stringify(encodeItems(items)));
    expect(decodeItems(packed)).toEqual(items);
  });

  it("lists each topic once", () => {
    expect(encodeItems(items).topics).toEqual(["israel", "lebanon", "syria"]);
  });

  it("indexes into a topic list given by the caller, so every tile shares the overview's", () => {
    const packed = encodeItems(items.slice(2), ["gaza", "syria"]);
    expect(packed.items[0]?.[6]).toEqual([1]);
    expect(decodeItems(packed)).toEqual(items.slice(2));
  });
});
