import { describe, expect, it } from "vitest";
import { dayToTime } from "../../../src/lib/dates/isoDay.ts";
import { clusterAction } from "../../../src/lib/timeline/clusterAction.ts";
import { item } from "../../support/factories.ts";

const extent: [number, number] = [dayToTime("2020-01-01"), dayToTime("2026-01-01")];
const rows = { rows: 1, trackRows: 0 };

describe("clusterAction(items, cluster, extent, width, rows)", () => {
  it("zooms to fit events on different days", () => {
    const items = [item("a", "2025-03-01"), item("b", "2025-05-01")];
    const action = clusterAction(
      items,
      { from: dayToTime("2025-03-01"), to: dayToTime("2025-05-02"), ids: ["a", "b"] },
      extent,
      1000,
      rows,
    );
    expect(action.kind).toBe("zoom");
  });

  it("lists events on the same day, which no zoom can draw apart", () => {
    const items = [item("a", "2025-07-13"), item("b", "2025-07-13")];
    const action = clusterAction(
      items,
      { from: dayToTime("2025-07-13"), to: dayToTime("2025-07-14"), ids: ["a", "b"] },
      extent,
      1000,
      rows,
    );
    expect(action).toEqual({ kind: "list", ids: ["a", "b"] });
  });

  it("lists events the narrowest window still cannot draw on their own", () => {
    const items = [item("a", "2025-07-13"), item("b", "2025-07-14")];
    const cluster = { from: dayToTime("2025-07-13"), to: dayToTime("2025-07-15"), ids: ["a", "b"] };
    // 100 px for the narrowest window, a week: 14 px a day, too close to draw two marks apart.
    expect(clusterAction(items, cluster, extent, 100, { rows: 0, trackRows: 0 }).kind).toBe("list");
  });
});
