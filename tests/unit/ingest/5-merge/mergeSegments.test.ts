import { describe, expect, it } from "vitest";
import type { EventCandidate } from "../../../../src/lib/ingest/4-events/index.ts";
import { mergeEvents, mergePlace, mergeSegments } from "../../../../src/lib/ingest/5-merge/index.ts";
import { candidate } from "../../../support/candidate.ts";

const place = (precision: string, start: string, end = start) => ({ precision, start, end, key: `${start}${end}` });

describe("mergeSegments(items, place)", () => {
  it.each([
    ["days apart", [place("day", "2024-01-01"), place("day", "2024-01-03")], [["2024-01-01"], ["2024-01-03"]]],
    ["one day twice", [place("day", "2024-01-01"), place("day", "2024-01-01")], [["2024-01-01", "2024-01-01"]]],
    [
      "a range reaching the next start",
      [place("day", "2024-01-01", "2024-01-05"), place("day", "2024-01-05"), place("day", "2024-01-06")],
      [["2024-01-01", "2024-01-05"], ["2024-01-06"]],
    ],
    [
      "a long range spanning shorter ones after it",
      [place("day", "2024-01-01", "2024-03-01"), place("day", "2024-02-01"), place("day", "2024-01-10")],
      [["2024-01-01", "2024-01-10", "2024-02-01"]],
    ],
    [
      "the same day in two precisions",
      [place("month", "2024-01-01", "2024-01-31"), place("day", "2024-01-01")],
      [["2024-01-01"], ["2024-01-01"]],
    ],
  ])("cuts where no group can be open: %s", (_, items, want) => {
    expect(mergeSegments(items, (i) => i).map((segment) => segment.map((i) => i.start))).toEqual(want);
  });

  it("merges segment by segment into exactly the groups of the whole merge", () => {
    // A made-up archive dense enough for ranges, precisions and topics to overlap in many ways.
    const topics = ["gaza", "lebanon", "syria"];
    const titles = ["Talks resumed in Doha", "Strike hit a school", "Crossing reopened", "Talks resumed in Cairo"];
    const candidates: EventCandidate[] = [];
    for (let i = 0; i < 400; i += 1) {
      const day = 1 + ((i * 7) % 27);
      const span = i % 11 === 0 ? 9 : i % 5 === 0 ? 2 : 0;
      const pad = (d: number) => `2024-05-${String(d).padStart(2, "0")}`;
      candidates.push({
        ...candidate({
          article: `article-${i % 37}`,
          title: titles[i % titles.length],
          quote: `${titles[i % titles.length]}, report ${i}.`,
          start: pad(day),
          end: pad(Math.min(28, day + span)),
          precision: i % 13 === 0 ? "week" : "day",
          topics: [topics[i % 3] as string, ...(i % 4 === 0 ? [topics[(i + 1) % 3] as string] : [])],
          eventKinds: i % 6 === 0 ? ["talks"] : [],
        }),
        key: `article-${i % 37}#${i}`,
      });
    }
    const whole = mergeEvents(candidates);
    const segments = mergeSegments(candidates, mergePlace);
    expect(segments.length).toBeGreaterThan(3);
    // Groups as lists of keys, ordered by their first key (unique): the order of segments is not the merge's.
    const groups = (merged: EventCandidate[][]) =>
      merged.map((group) => group.map((c) => c.key)).sort((a, b) => ((a[0] as string) < (b[0] as string) ? -1 : 1));
    expect(groups(segments.flatMap(mergeEvents))).toEqual(groups(whole));
    expect(whole.filter((group) => group.length > 1).length).toBeGreaterThan(10);
  });
});
