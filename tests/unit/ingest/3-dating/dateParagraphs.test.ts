import { describe, expect, it } from "vitest";
import { skipReason } from "../../../../src/lib/ingest/3-dating/index.ts";
import type { Timex } from "../../../../src/lib/timex/index.ts";

const timex = (over: Partial<Timex>): Timex => ({
  start: 0,
  end: 4,
  text: "2020",
  type: "DATE",
  value: "2020",
  range: { start: "2020-01-01", end: "2020-12-31", precision: "year", approximate: false },
  basis: "absolute",
  ...over,
});

describe("skipReason(timex, published)", () => {
  it.each([
    ["a year", timex({}), null],
    ["a repeating set", timex({ type: "SET", value: "P1D", range: null }), "set"],
    ["now", timex({ value: "PRESENT_REF", range: null }), "reference"],
    ["an unresolved weekday", timex({ value: "XXXX-WXX-1", range: null }), "no-range"],
    [
      "a bare duration",
      timex({
        type: "DURATION",
        text: "21 months",
        value: "P21M",
        range: { start: "2023-09-09", end: "2025-06-09", precision: "month", approximate: true },
      }),
      "duration",
    ],
    [
      "a duration anchored to the report",
      timex({
        type: "DURATION",
        text: "the past 10 weeks",
        value: "P10W",
        range: { start: "2025-03-03", end: "2025-05-12", precision: "week", approximate: true },
      }),
      null,
    ],
    [
      "a short window anchored to the report",
      timex({
        type: "DURATION",
        text: "the past 24 hours",
        value: "PT24H",
        range: { start: "2025-06-08", end: "2025-06-09", precision: "day", approximate: true },
      }),
      "duration",
    ],
    [
      "a day after publication",
      timex({
        value: "2025-06-13",
        range: { start: "2025-06-13", end: "2025-06-15", precision: "day", approximate: true },
      }),
      "future",
    ],
  ])("keeps or skips %s (%s)", (_, t, want) => {
    expect(skipReason(t, "2025-06-09")).toBe(want);
  });
});
