import { describe, expect, it } from "vitest";
import { datelineLength, readDateline } from "../../../../src/lib/ingest/1-read/index.ts";

describe("readDateline(paragraph)", () => {
  it.each([
    ["WASHINGTON, August 8 (Xinhua) -- Talks began.", "WASHINGTON, August 8 (Xinhua) --", "XXXX-08-08"],
    ["NAIROBI, Kenya, Aug. 7 (AP) _ Bombs exploded.", "NAIROBI, Kenya, Aug. 7 (AP) _", "XXXX-08-07"],
    ["BEIRUT, July 13 (Reuters) - Israeli strikes killed two.", "BEIRUT, July 13 (Reuters) -", "XXXX-07-13"],
    ["NEW YORK, Sept. 11, 2001 — Planes struck.", "NEW YORK, Sept. 11, 2001 —", "2001-09-11"],
    ["GAZA CITY, Monday (AFP) – Strikes resumed.", "GAZA CITY, Monday (AFP) –", "XXXX-WXX-1"],
    ["DAMASCUS, 17 January 2025: Officials met.", "DAMASCUS, 17 January 2025:", "2025-01-17"],
    ["AMMAN – 3 March 2024: Ministers met.", "AMMAN – 3 March 2024:", "2024-03-03"],
    ["Amman, 3 March 2024 (Petra): Ministers met.", "Amman, 3 March 2024 (Petra):", "2024-03-03"],
    ["TUNIS, (Agency Press, 3 March 2024) - Ministers met.", "TUNIS, (Agency Press, 3 March 2024) -", "2024-03-03"],
  ])("reads the dateline and its date in %j", (paragraph, dateline, value) => {
    const read = readDateline(paragraph);
    expect(paragraph.slice(0, read?.length)).toBe(dateline);
    expect(read?.date?.value).toBe(value);
  });

  it.each([
    ["CAIRO (AP) — Ministers met.", "CAIRO (AP) —"],
    ["SAN'A, Yemen — Fighters entered the city.", "SAN'A, Yemen —"],
    ["ROME - The pope spoke.", "ROME -"],
    ["(Reuters) - Fighters seized the city.", "(Reuters) -"],
    ["NAIROBI (AP) _ Bombs exploded.", "NAIROBI (AP) _"],
    ["ISTANBUL/BEIRUT (Reuters) - Ministers met.", "ISTANBUL/BEIRUT (Reuters) -"],
    ["Beirut, Lebanon (CNN) — Ministers met.", "Beirut, Lebanon (CNN) —"],
    ["Doha, Qatar — Ministers met.", "Doha, Qatar —"],
    ["Deir al-Balah — Families fled.", "Deir al-Balah —"],
    ["Jerusalem: Ministers met.", "Jerusalem:"],
  ])("reads a dateline without a date in %j", (paragraph, dateline) => {
    const read = readDateline(paragraph);
    expect(paragraph.slice(0, read?.length)).toBe(dateline);
    expect(read?.date).toBeNull();
  });

  it.each([
    "On August 8, officials met in Washington.",
    "Washington, August 8 was a hot day - people stayed in.",
    "Beirut, on June 7, saw protests against the strikes.",
    "US envoy Tom Barrack met Lebanese leaders on July 7 - and left.",
    "Officials said the talks (in Doha) - which began in May - would go on.",
    "Netanyahu — who has led Israel for most of two decades — said he would not resign.",
    "Hamas (the group that runs Gaza) - said it would study the offer.",
    "Gaza City — where most residents have fled — was quiet on Monday.",
    "Israel — and its allies — rejected the plan.",
  ])("finds no dateline in %j", (paragraph) => {
    expect(readDateline(paragraph)).toBeNull();
    expect(datelineLength(paragraph)).toBe(0);
  });
});
