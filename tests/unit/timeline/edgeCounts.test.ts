import { describe, expect, it } from "vitest";
import { dayToTime } from "../../../src/lib/dates/isoDay.ts";
import { edgeCounts } from "../../../src/lib/timeline/edgeCounts.ts";
import { item } from "../../support/factories.ts";

const items = [
  item("y2013", "2013-01-01", { end: "2013-12-31", precision: "year" }),
  item("a", "2020-01-10"),
  item("b", "2020-03-01"),
  item("c", "2020-05-01"),
  item("d", "2021-01-01"),
];
const window = (from: string, to: string): [number, number] => [dayToTime(from), dayToTime(to)];

describe("edgeCounts(items, window)", () => {
  it.each([
    { from: "2020-02-01", to: "2020-04-01", want: { before: 2, previous: "a", after: 2, next: "c", inside: 1 } },
    { from: "2019-01-01", to: "2019-06-01", want: { before: 1, previous: "y2013", after: 4, next: "a", inside: 0 } },
    { from: "2013-06-01", to: "2013-07-01", want: { before: 0, previous: null, after: 4, next: "a", inside: 1 } },
    { from: "2022-01-01", to: "2023-01-01", want: { before: 5, previous: "d", after: 0, next: null, inside: 0 } },
    // The window ends at the midnight where b's day starts: b is after it.
    { from: "2020-02-01", to: "2020-03-01", want: { before: 2, previous: "a", after: 3, next: "b", inside: 0 } },
  ])("counts around $from to $to", ({ from, to, want }) => {
    const edges = edgeCounts(items, window(from, to));
    expect({ ...edges, previous: edges.previous?.id ?? null, next: edges.next?.id ?? null }).toEqual(want);
  });
});
