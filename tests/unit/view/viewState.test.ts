import { describe, expect, it } from "vitest";
import { dayToTime } from "../../../src/lib/dates/isoDay.ts";
import {
  daysOfWindow,
  fillWindow,
  formatView,
  parseView,
  type ViewState,
  windowOfDays,
} from "../../../src/lib/view/viewState.ts";

const view = (over: Partial<ViewState> = {}): ViewState => ({
  from: null,
  to: null,
  topics: [],
  event: null,
  q: "",
  ...over,
});

describe("parseView(search, known)", () => {
  it.each([
    { search: "", want: view() },
    { search: "?from=2014-01-01&to=2016-06-30", want: view({ from: "2014-01-01", to: "2016-06-30" }) },
    { search: "?topics=syria,gaza,syria", want: view({ topics: ["gaza", "syria"] }) },
    { search: "?topics=Syria&topics=gaza", want: view({ topics: ["gaza", "syria"] }) },
    { search: "?event=2024-12-08-assad-ousted", want: view({ event: "2024-12-08-assad-ousted" }) },
    { search: "?from=2025-02-30&to=2025-03-01", want: view({ to: "2025-03-01" }) },
    { search: "?from=2016-01-01&to=2014-01-01", want: view() },
    { search: "?from=2016-01-01&to=2016-01-01", want: view({ from: "2016-01-01", to: "2016-01-01" }) },
    { search: "?event=<script>&topics=a b", want: view() },
    { search: "?from=2024-02-29&to=2024-03-01", want: view({ from: "2024-02-29", to: "2024-03-01" }) },
    { search: "?from=2024&to=2024-02", want: view({ from: "2024-01-01", to: "2024-02-29" }) },
    { search: "?from=2024-13&to=yesterday", want: view() },
  ])("reads $search", ({ search, want }) => {
    expect(parseView(search)).toEqual(want);
  });

  it("drops topics and events the page does not know, including words that name object properties", () => {
    const known = { topics: ["gaza", "syria"], events: ["e-1"] };
    expect(parseView("?topics=gaza,toString,__proto__,constructor&event=e-2", known)).toEqual(
      view({ topics: ["gaza"] }),
    );
    expect(parseView("?event=e-1", known).event).toBe("e-1");
  });
});

describe("parseView(search).q", () => {
  it.each([
    { search: "?q=famine", want: "famine" },
    { search: "?q=%20%20aid%0A%09boat%20", want: "aid boat" },
    { search: `?q=${"x".repeat(150)}`, want: "x".repeat(100) },
    { search: "?q=", want: "" },
    { search: "", want: "" },
  ])("reads $search as $want", ({ search, want }) => {
    expect(parseView(search).q).toBe(want);
  });
});

describe("formatView(view)", () => {
  it("writes keys in a fixed order with readable commas", () => {
    expect(
      formatView({ q: "aid boat", event: "x", topics: ["syria", "gaza"], to: "2016-01-01", from: "2014-01-01" }),
    ).toBe("?from=2014-01-01&to=2016-01-01&topics=gaza,syria&event=x&q=aid+boat");
  });

  it("writes nothing for the default view", () => {
    expect(formatView(view())).toBe("");
  });

  it("round-trips through parseView", () => {
    const state = view({
      from: "2011-03-01",
      to: "2025-04-22",
      topics: ["lebanon"],
      event: "2025-01-aoun-elected",
      q: "ceasefire & <talks>",
    });
    expect(parseView(formatView(state))).toEqual(state);
  });
});

describe("fillWindow(view, home)", () => {
  const home = { from: "2011-03-01", to: "2025-04-22" };
  it.each([
    [null, null, null, null],
    ["2020-01-01", "2021-01-01", "2020-01-01", "2021-01-01"],
    ["2020-01-01", null, "2020-01-01", "2025-04-22"],
    [null, "2020-12-31", "2011-03-01", "2020-12-31"],
    ["2026-01-01", null, null, null],
    [null, "2001-01-01", null, null],
  ])("from %s to %s shows %s to %s", (from, to, wantFrom, wantTo) => {
    const filled = fillWindow(view({ from, to }), home);
    expect([filled.from, filled.to]).toEqual([wantFrom, wantTo]);
  });

  it("leaves the window open when the timeline has no default to borrow", () => {
    expect(fillWindow(view({ from: "2020-01-01" }), {})).toMatchObject({ from: null, to: null });
  });
});

describe("windowOfDays(from, to) and daysOfWindow(window)", () => {
  it("shows the last day whole: from its first midnight to the midnight after the last day", () => {
    expect(windowOfDays("2024-01-01", "2024-12-31")).toEqual([dayToTime("2024-01-01"), dayToTime("2025-01-01")]);
  });

  it("gives back the same days, and a window ending inside a day shows that day", () => {
    expect(daysOfWindow(windowOfDays("2024-01-01", "2024-12-31"))).toEqual({ from: "2024-01-01", to: "2024-12-31" });
    expect(daysOfWindow([dayToTime("2024-01-01"), dayToTime("2024-03-05") + 3_600_000])).toEqual({
      from: "2024-01-01",
      to: "2024-03-05",
    });
  });
});
