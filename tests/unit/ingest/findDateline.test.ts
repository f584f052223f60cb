import { describe, expect, it } from "vitest";
import { datelineLength } from "../../../src/lib/ingest/findDateline.ts";

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
