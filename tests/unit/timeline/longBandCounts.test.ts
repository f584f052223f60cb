import { describe, expect, it } from "vitest";
import { dayToTime } from "../../../src/lib/dates/isoDay.ts";
import { layoutEvents, MAX_MISSED_BANDS } from "../../../src/lib/timeline/layoutEvents.ts";
import { sortItems } from "../../../src/lib/timeline/sortItems.ts";
import type { TimelineItem } from "../../../src/lib/timeline/types.ts";
import { item } from "../../support/factories.ts";

/** `n` year-long events of a year, and a few days inside it. */
function yearOf(year: number, n: number): TimelineItem[] {
  const bands = Array.from({ length: n }, (_, i) =>
    item(`y${year}-${String(i).padStart(3, "0")}`, `${year}-01-01`, { end: `${year}-12-31`, precision: "year" }),
  );
  const days = ["03-01", "06-15", "09-30"].map((d) => item(`d${year}-${d}`, `${year}-${d}`));
  return [...bands, ...days];
}

const window = (from: string, to: string): [number, number] => [dayToTime(from), dayToTime(to)];
const options = { rows: 5, trackRows: 2 };

describe("layoutEvents: long bands counted on the track", () => {
  it.each([
    { case: "a few more than the track holds go to the rows, as before", n: 2 + MAX_MISSED_BANDS, counted: 0 },
    { case: "many year-long events are counted on the track's last row", n: 180, counted: 179 },
  ])("$case", ({ n, counted }) => {
    const items = sortItems(yearOf(2019, n));
    const { placed, clusters } = layoutEvents(items, window("2019-03-01", "2019-05-01"), 1000, options);
    const bands = clusters.filter((c) => c.band);
    expect(bands.reduce((sum, c) => sum + c.count, 0)).toBe(counted);
    // Every event in the window is drawn or counted once.
    const shown = placed.length + clusters.reduce((sum, c) => sum + c.count, 0);
    expect(shown).toBe(n + 1);
  });

  it("keeps the first track row for single events and counts the rest by year, each year on its own stretch", () => {
    const items = sortItems([...yearOf(2019, 40), ...yearOf(2020, 40)]);
    const { placed, clusters } = layoutEvents(items, window("2018-07-01", "2021-07-01"), 1200, options);
    const track = placed.filter((p) => p.kind === "track");
    expect(track.every((p) => p.row === 0)).toBe(true);
    const bands = clusters.filter((c) => c.band);
    expect(bands.map((c) => new Date(c.from).getUTCFullYear())).toEqual([2019, 2020]);
    expect(bands.reduce((sum, c) => sum + c.count, 0) + track.length).toBe(80);
    expect((bands[0]?.band?.x1 ?? 0) <= (bands[1]?.band?.x0 ?? 0)).toBe(true);
  });
});
