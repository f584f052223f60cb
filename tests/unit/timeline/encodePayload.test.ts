import { describe, expect, it } from "vitest";
import { decodePayload, encodePayload } from "../../../src/lib/timeline/encodePayload.ts";
import type { TimelineItem } from "../../../src/lib/timeline/types.ts";

const items: TimelineItem[] = [
  {
    id: "a",
    title: "A </script><b>",
    start: "2011-03-01",
    end: "2011-03-31",
    precision: "month",
    approximate: true,
    topics: ["syria"],
    context: false,
  },
  {
    id: "b",
    title: "B",
    start: "1948-01-01",
    end: "1948-12-31",
    precision: "year",
    approximate: false,
    topics: ["israel", "lebanon"],
    context: true,
  },
];

describe("encodePayload(items)", () => {
  it("round-trips through decodePayload", () => {
    expect(decodePayload(JSON.parse(JSON.stringify(encodePayload(items))))).toEqual(items);
  });

  it("lists each topic once", () => {
    expect(encodePayload(items).topics).toEqual(["israel", "lebanon", "syria"]);
  });
});
