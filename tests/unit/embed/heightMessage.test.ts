import { describe, expect, it } from "vitest";
import { heightMessage, readHeightMessage } from "../../../src/lib/embed/heightMessage.ts";
import { MESSAGE_CASES } from "../../fixtures/embed/heightMessageCases.ts";

describe("heightMessage(measured, id)", () => {
  it.each([
    [480, null, { type: "timeline:height", v: 1, height: 480 }],
    [480.2, null, { type: "timeline:height", v: 1, height: 481 }],
    [12, null, { type: "timeline:height", v: 1, height: 100 }],
    [99999, "c1", { type: "timeline:height", v: 1, id: "c1", height: 5000 }],
    [Number.NaN, null, { type: "timeline:height", v: 1, height: 100 }],
  ])("rounds up and clamps %d", (measured, id, expected) => {
    expect(heightMessage(measured, id)).toEqual(expected);
  });
});

describe("readHeightMessage(data)", () => {
  it.each(MESSAGE_CASES)("%s → accepted: %s", (_, data, accepted) => {
    expect(readHeightMessage(data) !== null).toBe(accepted);
  });

  it("returns only the known fields", () => {
    expect(readHeightMessage({ type: "timeline:height", v: 1, height: 300, extra: 1 })).toEqual({
      type: "timeline:height",
      v: 1,
      height: 300,
    });
  });
});
