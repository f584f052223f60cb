import { describe, expect, it } from "vitest";
import { DAY_MS, dayToTime, timeToDay } from "../../../src/lib/dates/isoDay.ts";
import { clampWindow, MIN_WINDOW_MS, zoomWindow } from "../../../src/lib/timeline/zoomLimits.ts";

const extent: [number, number] = [dayToTime("1940-01-01"), dayToTime("2030-01-01")];
const days = (w: readonly [number, number]) => w.map((t) => timeToDay(t));

describe("clampWindow(window, extent)", () => {
  it.each([
    {
      name: "keeps a window inside the extent",
      window: ["2020-01-01", "2021-01-01"],
      want: ["2020-01-01", "2021-01-01"],
    },
    {
      name: "moves a window that runs past the end",
      window: ["2029-01-01", "2031-01-01"],
      want: ["2028-01-02", "2030-01-01"],
    },
    {
      name: "moves a window that starts before the start",
      window: ["1930-01-01", "1941-01-01"],
      want: ["1940-01-01", "1951-01-01"],
    },
    {
      name: "shrinks a window wider than the extent to the extent",
      window: ["0100-01-01", "9000-01-01"],
      want: ["1940-01-01", "2030-01-01"],
    },
    {
      name: "widens a day to a week around its centre",
      window: ["2020-01-10", "2020-01-11"],
      want: ["2020-01-07", "2020-01-14"],
    },
  ])("$name", ({ window, want }) => {
    expect(days(clampWindow([dayToTime(window[0] as string), dayToTime(window[1] as string)], extent))).toEqual(want);
  });

  it("cuts a window asked for by name at the data's end, keeping its start", () => {
    const window: [number, number] = [dayToTime("2029-01-01"), dayToTime("2031-01-01")];
    expect(days(clampWindow(window, extent, "cut"))).toEqual(["2029-01-01", "2030-01-01"]);
    const outside: [number, number] = [dayToTime("2041-01-01"), dayToTime("2042-01-01")];
    expect(days(clampWindow(outside, extent, "cut"))).toEqual(["2029-01-01", "2030-01-01"]);
  });

  it("gives the extent for a window that is not a number", () => {
    expect(clampWindow([Number.NaN, 5], extent)).toEqual(extent);
  });

  it("keeps the view in the extent however many times it is zoomed out", () => {
    let window: [number, number] = [dayToTime("2025-03-01"), dayToTime("2025-07-15")];
    for (let i = 0; i < 12; i++) window = clampWindow(zoomWindow(window, 2, (window[0] + window[1]) / 2), extent);
    expect(window).toEqual(extent);
    expect(window[1] - window[0]).toBeGreaterThanOrEqual(MIN_WINDOW_MS);
  });
});

describe("zoomWindow(window, factor, at)", () => {
  it("keeps the time it zooms around at the same place", () => {
    const window: [number, number] = [0, 100 * DAY_MS];
    expect(zoomWindow(window, 0.5, 20 * DAY_MS)).toEqual([10 * DAY_MS, 60 * DAY_MS]);
  });
});
