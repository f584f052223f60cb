import { describe, expect, it } from "vitest";
import {
  DEFAULT_EMBED_VIEW,
  type EmbedView,
  formatEmbedParams,
  parseEmbedParams,
} from "../../../src/lib/embed/embedParams.ts";

const view = (changes: Partial<EmbedView>): EmbedView => ({ ...DEFAULT_EMBED_VIEW, ...changes });

describe("formatEmbedParams(view)", () => {
  it.each<[EmbedView, string]>([
    [view({}), ""],
    [view({ topics: ["syria", "gaza"] }), "?topics=gaza,syria"],
    [view({ from: "2024-01-01", to: "2024-12-31" }), "?from=2024-01-01&to=2024-12-31"],
    [view({ event: "2024-12-08-assad-ousted", theme: "dark" }), "?event=2024-12-08-assad-ousted&theme=dark"],
    [view({ title: false, height: 600, id: "c1" }), "?title=0&height=600&id=c1"],
  ])("writes only what differs from the default: %j", (input, expected) => {
    expect(formatEmbedParams(input)).toBe(expected);
  });

  it("round-trips through parseEmbedParams", () => {
    const full = view({
      topics: ["gaza", "syria"],
      from: "2020-01-01",
      to: "2025-03-31",
      event: "e-1",
      theme: "auto",
      title: false,
      height: 720,
      id: "x",
    });
    expect(parseEmbedParams(formatEmbedParams(full))).toEqual(full);
  });
});
