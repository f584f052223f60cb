import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { resolveStaticPath } from "../../../scripts/support/staticServer.ts";

describe("resolveStaticPath(root, urlPath)", () => {
  const root = mkdtempSync(join(tmpdir(), "static-"));
  mkdirSync(join(root, "events", "a"), { recursive: true });
  writeFileSync(join(root, "index.html"), "home");
  writeFileSync(join(root, "events", "a", "index.html"), "event");

  it.each([
    ["/", join(root, "index.html")],
    ["/events/a/", join(root, "events", "a", "index.html")],
    ["/events/a", join(root, "events", "a", "index.html")],
    ["/events/a/?from=2011-03-01", join(root, "events", "a", "index.html")],
    ["/missing", null],
    ["/../../etc/passwd", null],
    ["/%2e%2e/%2e%2e/etc/passwd", null],
  ])("maps %s to the right file or to nothing", (urlPath, expected) => {
    expect(resolveStaticPath(root, urlPath)).toBe(expected);
  });
});
