import { describe, expect, it } from "vitest";
import { dayToTime } from "../../../src/lib/dates/isoDay.ts";
import { countMonths, setFilter } from "../../../src/lib/timeline/monthCounts.ts";
import { sortItems } from "../../../src/lib/timeline/sortItems.ts";
import {
  mergeItems,
  spanOfTopics,
  splitTiles,
  type TileEntry,
  tilesFor,
  topicSpans,
  unloadedEdges,
} from "../../../src/lib/timeline/tiles.ts";
import { item } from "../../support/factories.ts";

const items = sortItems([
  item("a", "2019-03-01", { topics: ["gaza"] }),
  item("b", "2019-11-20", { end: "2020-03-31", precision: "month", topics: ["syria"] }),
  item("c", "2020-06-01", { topics: ["gaza"] }),
  item("d", "2021-01-01", { end: "2021-12-31", precision: "year", topics: ["syria"], context: false }),
  item("e", "2010-05-05", { topics: ["syria"], context: true }),
]);
const tiles: TileEntry[] = splitTiles(items).map((t) => ({
  year: t.year,
  src: `/timeline/${t.year}.json`,
  count: t.items.length,
  from: t.from,
  to: t.to,
}));
const day = dayToTime;

describe("splitTiles(items)", () => {
  it("puts each event in the year of its middle, as the month counts do", () => {
    expect(splitTiles(items).map((t) => [t.year, t.items.map((i) => i.id)])).toEqual([
      [2010, ["e"]],
      [2019, ["a"]],
      [2020, ["b", "c"]],
      [2021, ["d"]],
    ]);
  });
});

describe("tilesFor(tiles, window, around)", () => {
  it.each([
    { case: "a window inside one tile", window: ["2019-02-01", "2019-04-01"], around: 0, want: [2019] },
    {
      case: "a long event's tile reaches back into an earlier year",
      window: ["2019-12-01", "2019-12-31"],
      around: 0,
      want: [2020],
    },
    {
      case: "and a tile on each side for the next move",
      window: ["2019-02-01", "2019-04-01"],
      around: 1,
      want: [2010, 2019, 2020],
    },
    {
      case: "an empty stretch takes its neighbours",
      window: ["2015-01-01", "2016-01-01"],
      around: 0,
      want: [2010, 2019],
    },
  ])("$case", ({ window, around, want }) => {
    const w: [number, number] = [day(window[0] as string), day(window[1] as string)];
    expect(tilesFor(tiles, w, around).map((t) => t.year)).toEqual(want);
  });
});

describe("unloadedEdges(tiles, loaded, counts, keep, window)", () => {
  const counts = countMonths(items);
  it.each([
    // 2020's tile reaches into the window: its events count by month, b (around January) before it, c inside.
    { case: "nothing loaded: whole tiles on each side", loaded: [], topics: [], want: { before: 3, after: 1 } },
    { case: "loaded tiles are counted by the caller", loaded: [2010, 2021], topics: [], want: { before: 2, after: 0 } },
    { case: "a filter counts its own topic only", loaded: [], topics: ["gaza"], want: { before: 1, after: 0 } },
  ])("$case", ({ loaded, topics, want }) => {
    const w: [number, number] = [day("2020-05-01"), day("2020-07-01")];
    expect(unloadedEdges(tiles, new Set(loaded), counts, setFilter(counts, topics), w)).toEqual(want);
  });
});

describe("mergeItems(a, b)", () => {
  it("merges two lists in time order and keeps an event in both once", () => {
    const [e, a, b, c, d] = items as [
      (typeof items)[0],
      (typeof items)[0],
      (typeof items)[0],
      (typeof items)[0],
      (typeof items)[0],
    ];
    expect(mergeItems([e, b, d], [a, b, c]).map((i) => i.id)).toEqual(["e", "a", "b", "c", "d"]);
  });
});

describe("topicSpans(items) and spanOfTopics(spans, topics)", () => {
  const spans = topicSpans(items);
  it("spans every event, and the main period's apart from the background", () => {
    expect(spanOfTopics(spans, [])).toEqual({
      all: [day("2010-05-05"), day("2022-01-01")],
      main: [day("2019-03-01"), day("2022-01-01")],
    });
  });
  it("joins the spans of the topics chosen", () => {
    expect(spanOfTopics(spans, ["gaza"])).toEqual({
      all: [day("2019-03-01"), day("2020-06-02")],
      main: [day("2019-03-01"), day("2020-06-02")],
    });
    expect(spanOfTopics(spans, ["nowhere"])).toBeNull();
  });
});
