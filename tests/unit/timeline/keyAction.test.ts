import { describe, expect, it } from "vitest";
import { keyAction } from "../../../src/lib/timeline/keyAction.ts";

describe("keyAction(event)", () => {
  it.each([
    ["ArrowRight", { kind: "move", by: 1 }],
    ["ArrowLeft", { kind: "move", by: -1 }],
    ["Home", { kind: "jump", to: "first" }],
    ["End", { kind: "jump", to: "last" }],
    ["+", { kind: "zoom", by: "in" }],
    ["-", { kind: "zoom", by: "out" }],
    ["Enter", { kind: "open" }],
    ["Escape", { kind: "close" }],
    ["a", null],
  ])("maps %s", (key, want) => {
    expect(keyAction({ key })).toEqual(want);
  });

  it("leaves Ctrl + to the browser's page zoom", () => {
    expect(keyAction({ key: "+", ctrlKey: true })).toBeNull();
  });
});
