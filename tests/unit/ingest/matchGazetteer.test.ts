import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { contentWords, jaccard } from "../../../src/lib/ingest/4-events/index.ts";
import { compileGazetteer } from "../../../src/lib/ingest/matchGazetteer.ts";
import { gazetteerSchema } from "../../../src/schema/gazetteer.ts";

const gazetteer = gazetteerSchema.parse(
  JSON.parse(readFileSync(join(import.meta.dirname, "../../../content/gazetteer.json"), "utf8")),
);
const match = compileGazetteer(gazetteer);

describe("compileGazetteer(gazetteer)(text)", () => {
  it.each([
    [
      "Bashar al-Assad’s government was toppled.",
      { topics: ["syria"], people: ["Bashar al-Assad"], places: [], eventKinds: ["ouster"] },
    ],
    [
      "The Hezbollah-Israel war ended with a US-brokered ceasefire.",
      { topics: ["israel", "lebanon", "usa"], people: [], places: ["Israel"], eventKinds: ["ceasefire"] },
    ],
    ["Let us hope for peace.", { topics: [], people: [], places: [], eventKinds: [] }],
    // The longest alias wins: "Gaza City" is the city, not also the Strip.
    [
      "Israeli strikes hit Gaza City.",
      { topics: ["gaza", "israel"], people: [], places: ["Gaza City"], eventKinds: [] },
    ],
  ])("finds what %j names", (text, want) => {
    expect(match(text)).toEqual(want);
  });
});

describe("contentWords(text) and jaccard(a, b)", () => {
  it("drops function words and possessives", () => {
    expect([...contentWords("Lebanon’s president said that the war had ended")]).toEqual([
      "lebanon",
      "president",
      "war",
      "ended",
    ]);
  });

  it.each([
    ["identical", "ceasefire agreed", "ceasefire agreed", 1],
    ["half shared", "ceasefire agreed", "ceasefire collapsed", 1 / 3],
    ["disjoint", "ceasefire", "election", 0],
    ["both empty", "the", "a", 0],
  ])("scores %s texts", (_, a, b, want) => {
    expect(jaccard(contentWords(a), contentWords(b))).toBeCloseTo(want);
  });
});
