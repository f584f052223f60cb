import { describe, expect, it } from "vitest";
import { datelineLength, skipReason } from "../../../../src/lib/ingest/3-dating/index.ts";
import type { Timex } from "../../../../src/lib/timex/index.ts";

describe("datelineLength(paragraph)", () => {
  it.each([
    ["WASHINGTON, August 8 (Xinhua) --", "WASHINGTON, August 8 (Xinhua) --"],
    ["NAIROBI, Kenya, Aug. 7 (AP) _ Bombs exploded.", "NAIROBI, Kenya, Aug. 7 (AP) _"],
    ["BEIRUT, July 13 (Reuters) - Israeli strikes killed two.", "BEIRUT, July 13 (Reuters) -"],
    ["NEW YORK, Sept. 11, 2001 — Planes struck.", "NEW YORK, Sept. 11, 2001 —"],
    ["GAZA CITY, Monday (AFP) – Strikes resumed.", "GAZA CITY, Monday (AFP) –"],
    ["DAMASCUS, 17 January 2025: Officials met.", "DAMASCUS, 17 January 2025:"],
  ])("finds the dateline of %j", (paragraph, dateline) => {
    expect(paragraph.slice(0, datelineLength(paragraph))).toBe(dateline);
  });

  it.each([
    "On August 8, officials met in Washington.",
    "Washington, August 8 was a hot day - people stayed in.",
    "NAIROBI (AP) _ Bombs exploded.",
    "US envoy Tom Barrack met Lebanese leaders on July 7 - and left.",
  ])("finds no dateline in %j", (paragraph) => {
    expect(datelineLength(paragraph)).toBe(0);
  });
});

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
