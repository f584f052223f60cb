import { describe, expect, it } from "vitest";
import { DEFAULT_EMBED_VIEW } from "../../../src/lib/embed/embedView.ts";
import { fillWindow } from "../../../src/lib/embed/fillWindow.ts";

const home = { from: "2011-03-01", to: "2025-04-22" };
const view = (from: string | null, to: string | null) => ({ ...DEFAULT_EMBED_VIEW, from, to });

describe("fillWindow(view, home)", () => {
  it.each([
    [null, null, null, null],
    ["2020-01-01", "2021-01-01", "2020-01-01", "2021-01-01"],
    ["2020-01-01", null, "2020-01-01", "2025-04-22"],
    [null, "2020-12-31", "2011-03-01", "2020-12-31"],
    ["2026-01-01", null, null, null],
    [null, "2001-01-01", null, null],
  ])("from %s to %s shows %s to %s", (from, to, wantFrom, wantTo) => {
    const filled = fillWindow(view(from, to), home);
    expect([filled.from, filled.to]).toEqual([wantFrom, wantTo]);
  });

  it("leaves the window open when the timeline has no default to borrow", () => {
    expect(fillWindow(view("2020-01-01", null), {})).toMatchObject({ from: null, to: null });
  });
});
