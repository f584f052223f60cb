import { describe, expect, it } from "vitest";
import { composeEvent, mergeEvents, sameEvent } from "../../../../src/lib/ingest/5-merge/index.ts";
import { candidate } from "../../../support/candidate.ts";

const november = { start: "2024-11-01", end: "2024-11-30", precision: "month" as const };

describe("sameEvent(a, b)", () => {
  it.each([
    [
      "two articles' ceasefire in the same month",
      { article: "a", ...november, eventKinds: ["ceasefire"] },
      { article: "b", ...november, eventKinds: ["ceasefire"], title: "Ceasefire arrangements established" },
      true,
    ],
    [
      "two articles with near-identical titles on one day",
      { article: "a", title: "Assad regime falls in Damascus" },
      { article: "b", title: "Assad regime falls in Damascus as rebels enter" },
      true,
    ],
    [
      "two reports in one article",
      { article: "a", eventKinds: ["ceasefire"] },
      { article: "a", eventKinds: ["ceasefire"] },
      false,
    ],
    [
      "a month and a day inside it (precision differs)",
      { article: "a", ...november, eventKinds: ["ceasefire"] },
      { article: "b", start: "2024-11-27", eventKinds: ["ceasefire"] },
      false,
    ],
    [
      "no shared topic",
      { article: "a", eventKinds: ["ceasefire"], topics: ["gaza"] },
      { article: "b", eventKinds: ["ceasefire"], topics: ["lebanon"] },
      false,
    ],
    [
      "ranges that do not overlap",
      { article: "a", eventKinds: ["ceasefire"] },
      { article: "b", start: "2024-11-02", eventKinds: ["ceasefire"] },
      false,
    ],
    [
      "same day and topic but different things",
      { article: "a", title: "Eight Palestinians killed collecting water" },
      { article: "b", title: "Netanyahu convenes ministers on talks" },
      false,
    ],
  ])("merges %s: %s", (_, a, b, want) => {
    expect(sameEvent(candidate(a), candidate(b))).toBe(want);
  });
});

describe("mergeEvents(candidates)", () => {
  it("folds reports of one event from three articles into one group", () => {
    const groups = mergeEvents([
      candidate({ article: "a", ...november, eventKinds: ["ceasefire"] }),
      candidate({ article: "b", ...november, eventKinds: ["ceasefire"] }),
      candidate({ article: "c", ...november, eventKinds: ["ceasefire"] }),
      candidate({ article: "c", start: "2025-01-01", title: "Other" }),
    ]);
    expect(groups.map((g) => g.map((c) => c.article.id))).toEqual([["a", "b", "c"], ["c"]]);
  });

  it("never puts two reports of one article in a group, even through a third", () => {
    const groups = mergeEvents([
      candidate({ article: "a", quote: "One.", eventKinds: ["ceasefire"] }),
      candidate({ article: "b", eventKinds: ["ceasefire"] }),
      candidate({ article: "a", quote: "Two.", eventKinds: ["ceasefire"] }),
    ]);
    for (const group of groups) expect(new Set(group.map((c) => c.article.id)).size).toBe(group.length);
  });

  it("puts a report that matches open groups of two topics into the one made first", () => {
    const groups = mergeEvents([
      candidate({ article: "a", topics: ["syria"], eventKinds: ["ceasefire"] }),
      candidate({ article: "b", topics: ["lebanon"], eventKinds: ["ceasefire"] }),
      candidate({ article: "c", topics: ["lebanon", "syria"], eventKinds: ["ceasefire"] }),
    ]);
    expect(groups.map((g) => g.map((c) => c.article.id))).toEqual([["a", "c"], ["b"]]);
  });

  it("groups as comparing each report with every open group would (the topic index changes only the work)", () => {
    // A seeded mix of precisions, days, topics, kinds and titles; the reference is the plain scan over open groups.
    let seed = 7;
    const pick = <T>(list: readonly T[]): T => {
      seed = (seed * 16807) % 2147483647;
      return list[seed % list.length] as T;
    };
    const list = Array.from({ length: 400 }, (_, i) => ({
      ...candidate({
        article: `a${pick([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])}`,
        quote: `Report ${i}.`,
        precision: pick(["day", "day", "month"] as const),
        start: pick(["2024-11-01", "2024-11-02", "2024-11-03"]),
        topics: pick([["gaza"], ["lebanon"], ["gaza", "lebanon"], [], ["syria", "gaza"]]),
        eventKinds: pick([["ceasefire"], [], ["strike"]]),
        title: pick(["Ceasefire holds in the south", "Ceasefire holds in the north", "Strike on a convoy"]),
      }),
      key: `k${String(i).padStart(3, "0")}`,
    }));
    const reference = (candidates: typeof list) => {
      const order = (c: (typeof list)[number]) => `${c.date.precision} ${c.date.start} ${c.date.end} ${c.key}`;
      const groups: (typeof list)[] = [];
      let open: { members: typeof list; end: string }[] = [];
      let precision = "";
      for (const c of [...candidates].sort((x, y) => (order(x) < order(y) ? -1 : 1))) {
        if (c.date.precision !== precision) [open, precision] = [[], c.date.precision];
        open = open.filter((g) => g.end >= c.date.start);
        const group = open.find(
          (g) => !g.members.some((m) => m.article.id === c.article.id) && sameEvent(c, g.members[0] as typeof c),
        );
        if (group) group.members.push(c);
        else {
          const made = { members: [c], end: c.date.end };
          groups.push(made.members);
          open.push(made);
        }
      }
      // Groups come out by their first report's start, end and key, whatever its precision.
      const first = (g: typeof list) => order(g[0] as (typeof list)[number]).replace(/^\w+ /, "");
      return groups.sort((x, y) => (first(x) < first(y) ? -1 : 1)).map((g) => g.map((c) => c.key));
    };
    const merged = mergeEvents(list).map((g) => g.map((c) => c.key));
    expect(merged.length).toBeLessThan(list.length);
    expect(merged).toEqual(reference(list));
  });

  it("gives the same groups whatever the input order", () => {
    const list = [
      candidate({ article: "a", ...november, eventKinds: ["ceasefire"] }),
      candidate({ article: "b", start: "2024-12-08", title: "Assad falls" }),
      candidate({ article: "c", ...november, eventKinds: ["ceasefire"] }),
    ];
    const keys = (groups: ReturnType<typeof mergeEvents>) => groups.map((g) => g.map((c) => c.key));
    expect(keys(mergeEvents([...list].reverse()))).toEqual(keys(mergeEvents(list)));
  });
});

describe("composeEvent(group)", () => {
  it("lists sources oldest first and takes the title the other reports agree on", () => {
    const draft = composeEvent([
      candidate({
        article: "later",
        published: "2025-07-11",
        ...november,
        title: "The Hezbollah-Israel war ended with a US-brokered ceasefire",
        quote: "The Hezbollah-Israel war, which ended with a US-brokered ceasefire in November, left 4,000 dead.",
      }),
      candidate({
        article: "earlier",
        published: "2025-03-22",
        ...november,
        title: "Ceasefire arrangements established by the previous government",
        quote: "He said Israel violates the ceasefire reached in November that ended the war with Hezbollah.",
      }),
    ]);
    expect(draft.event.sources.map((s) => s.article)).toEqual(["earlier", "later"]);
    expect(draft.event.title).toBe("The Hezbollah-Israel war ended with a US-brokered ceasefire");
  });
});
