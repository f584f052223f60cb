import { describe, expect, it } from "vitest";
import { formatViewState, parseViewState } from "../../../src/lib/timeline/parseViewState.ts";

describe("parseViewState(search)", () => {
  it.each([
    { search: "", want: { from: null, to: null, topics: [], event: null } },
    {
      search: "?from=2014-01-01&to=2016-06-30",
      want: { from: "2014-01-01", to: "2016-06-30", topics: [], event: null },
    },
    { search: "?topics=syria,gaza,syria", want: { from: null, to: null, topics: ["gaza", "syria"], event: null } },
    {
      search: "?event=2024-12-08-assad-ousted",
      want: { from: null, to: null, topics: [], event: "2024-12-08-assad-ousted" },
    },
    { search: "?from=2025-02-30&to=2025-03-01", want: { from: null, to: "2025-03-01", topics: [], event: null } },
    { search: "?from=2016-01-01&to=2014-01-01", want: { from: null, to: null, topics: [], event: null } },
    { search: "?event=<script>&topics=a b", want: { from: null, to: null, topics: [], event: null } },
    {
      search: "?from=2024-02-29&to=2024-03-01",
      want: { from: "2024-02-29", to: "2024-03-01", topics: [], event: null },
    },
  ])("reads $search", ({ search, want }) => {
    expect(parseViewState(search)).toEqual(want);
  });
});

describe("formatViewState(state)", () => {
  it("writes keys in a fixed order with readable commas", () => {
    expect(formatViewState({ event: "x", topics: ["syria", "gaza"], to: "2016-01-01", from: "2014-01-01" })).toBe(
      "?from=2014-01-01&to=2016-01-01&topics=gaza,syria&event=x",
    );
  });

  it("writes nothing for the default view", () => {
    expect(formatViewState({ from: null, to: null, topics: [], event: null })).toBe("");
  });

  it("round-trips through parseViewState", () => {
    const state = {
      from: "2011-03-01",
      to: "2025-04-22",
      topics: ["lebanon"],
      event: "2025-01-aoun-elected-president",
    };
    expect(parseViewState(formatViewState(state))).toEqual(state);
  });
});
