import { describe, expect, it } from "vitest";
import { dayToTime } from "../../../src/lib/dates/isoDay.ts";
import { stepIndex } from "../../../src/lib/timeline/stepIndex.ts";
import { item } from "../../support/factories.ts";

const items = [item("a", "1948-05-14"), item("b", "2011-03-15"), item("c", "2024-12-08")];
const view = dayToTime("2011-03-01");

describe("stepIndex(items, activeId, move, viewStart)", () => {
  it.each([
    { active: "b", move: { kind: "move", by: 1 }, want: 2 },
    { active: "b", move: { kind: "move", by: -1 }, want: 0 },
    { active: "c", move: { kind: "move", by: 1 }, want: 2 },
    { active: "a", move: { kind: "move", by: -1 }, want: 0 },
    { active: null, move: { kind: "move", by: 1 }, want: 1 },
    { active: "b", move: { kind: "jump", to: "first" }, want: 0 },
    { active: null, move: { kind: "jump", to: "last" }, want: 2 },
  ] as const)("goes from $active by $move.kind to $want", ({ active, move, want }) => {
    expect(stepIndex(items, active, move, view)).toBe(want);
  });

  it("gives -1 when there is no event", () => {
    expect(stepIndex([], null, { kind: "move", by: 1 }, view)).toBe(-1);
  });
});
