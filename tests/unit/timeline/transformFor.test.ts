import { describe, expect, it } from "vitest";
import { dayToTime, timeToDay } from "../../../src/lib/dates/isoDay.ts";
import { makeScale, transformFor } from "../../../src/lib/timeline/zoomLimits.ts";

describe("transformFor(extent, window, width)", () => {
  it("gives the zoom that shows exactly the window on the base scale", () => {
    const extent: [number, number] = [dayToTime("1940-01-01"), dayToTime("2030-01-01")];
    const window: [number, number] = [dayToTime("2011-03-01"), dayToTime("2025-04-22")];
    const { k, x } = transformFor(extent, window, 1000);
    const base = makeScale(extent, 1000);
    const shown = base.copy().domain([base.invert((0 - x) / k), base.invert((1000 - x) / k)]);
    expect(shown.domain().map((d) => timeToDay(d.getTime()))).toEqual(["2011-03-01", "2025-04-22"]);
  });
});

describe("makeScale(domain, width)", () => {
  it("is a UTC scale: midnight UTC of a day maps to the same pixel in any zone", () => {
    const scale = makeScale([dayToTime("2024-01-01"), dayToTime("2024-01-11")], 1000);
    expect(scale(new Date(dayToTime("2024-01-06")))).toBe(500);
    expect(scale.ticks(10).map((d) => d.toISOString().slice(0, 10))[0]).toBe("2024-01-01");
  });
});

describe("dayToTime(day)", () => {
  it.each(["2011-03-01", "0030-06-15", "1948-05-14", "2024-02-29"])("round-trips %s", (day) => {
    expect(timeToDay(dayToTime(day))).toBe(day);
  });
});
