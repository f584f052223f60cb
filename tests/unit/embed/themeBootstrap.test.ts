import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { parseEmbedParams } from "../../../src/lib/embed/embedParams.ts";
import { THEME_BOOTSTRAP_SCRIPT } from "../../../src/lib/embed/themeBootstrap.ts";

/** Runs the inline script against a stub document and returns the attributes it set. */
function bootstrap(search: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  const documentElement = { setAttribute: (name: string, value: string) => (attributes[name] = value) };
  runInNewContext(THEME_BOOTSTRAP_SCRIPT, { URLSearchParams, location: { search }, document: { documentElement } });
  return attributes;
}

describe("THEME_BOOTSTRAP_SCRIPT", () => {
  it.each([
    "",
    "?theme=dark",
    "?theme=AUTO",
    "?theme=light",
    "?theme=x",
    "?title=0",
    "?title=off&theme=dark",
    "?title=1",
    "?theme=dark&theme=auto",
    "?theme=%20dark%20",
  ])("agrees with parseEmbedParams on %j", (search) => {
    const view = parseEmbedParams(search);
    const set = bootstrap(search);
    expect(set["data-theme"] ?? "light").toBe(view.theme);
    expect(set["data-title"] !== "off").toBe(view.title);
  });
});
