import { describe, expect, it } from "vitest";
import { DEFAULT_EMBED_VIEW, type EmbedView, parseEmbedParams } from "../../../src/lib/embed/embedParams.ts";

const view = (changes: Partial<EmbedView>): EmbedView => ({ ...DEFAULT_EMBED_VIEW, ...changes });

describe("parseEmbedParams(search)", () => {
  it.each<[string, EmbedView]>([
    ["", view({})],
    ["?", view({})],
    ["?topics=syria", view({ topics: ["syria"] })],
    ["?q=aid%20boat&theme=dark", view({ q: "aid boat", theme: "dark" })],
    ["topics=syria", view({ topics: ["syria"] })],
    ["?topics=syria,gaza", view({ topics: ["gaza", "syria"] })],
    ["?topics=Syria,%20gaza,,syria", view({ topics: ["gaza", "syria"] })],
    ["?topics=syria&topics=lebanon", view({ topics: ["lebanon", "syria"] })],
    ["?topics=<script>,../x", view({})],
    ["?from=2024-12-08", view({ from: "2024-12-08" })],
    ["?from=2024", view({ from: "2024-01-01" })],
    ["?to=2024", view({ to: "2024-12-31" })],
    ["?from=2024-02&to=2024-02", view({ from: "2024-02-01", to: "2024-02-29" })],
    ["?to=2023-02", view({ to: "2023-02-28" })],
    ["?from=2025-02-30", view({})],
    ["?from=2025-13", view({})],
    ["?from=yesterday&to=24-1-1", view({})],
    ["?from=2025-01-01&to=2024-01-01", view({})],
    ["?from=2024-01-01&to=2024-01-01", view({ from: "2024-01-01", to: "2024-01-01" })],
    ["?event=2024-12-08-assad-ousted", view({ event: "2024-12-08-assad-ousted" })],
    ["?event=%3Cimg%20src%3Dx%3E", view({})],
    ["?event=", view({})],
    ["?theme=dark", view({ theme: "dark" })],
    ["?theme=AUTO", view({ theme: "auto" })],
    ["?theme=light", view({ theme: "light" })],
    ["?theme=purple", view({})],
    ["?title=0", view({ title: false })],
    ["?title=false", view({ title: false })],
    ["?title=1", view({ title: true })],
    ["?title=maybe", view({})],
    ["?height=600", view({ height: 600 })],
    ["?height=600px", view({ height: 600 })],
    ["?height=99", view({})],
    ["?height=5001", view({})],
    ["?height=-300", view({})],
    ["?height=1e3", view({})],
    ["?height=12.5", view({})],
    ["?id=chart-1", view({ id: "chart-1" })],
    ["?id=a%20b", view({})],
    ["?theme=dark&theme=light", view({ theme: "dark" })],
    ["?utm_source=x&foo=bar", view({})],
    ["?%E0%A4%A=broken&theme=%", view({})],
  ])("reads %j", (search, expected) => {
    expect(parseEmbedParams(search)).toEqual(expected);
  });

  it("accepts URLSearchParams as well as a string", () => {
    expect(parseEmbedParams(new URLSearchParams({ theme: "dark" })).theme).toBe("dark");
  });

  it("drops topics and events the page does not know, keeping the default view", () => {
    const known = { topics: ["syria", "gaza"], events: ["a-1"] };
    expect(parseEmbedParams("?topics=syria,mars&event=a-2", known)).toEqual(view({ topics: ["syria"] }));
    expect(parseEmbedParams("?topics=mars&event=a-1", known)).toEqual(view({ event: "a-1" }));
  });
});
