import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { chromiumPath, missingBrowserMessage } from "../../scripts/support/browser.ts";
import { serveStatic } from "../../scripts/support/staticServer.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** Where the built site is served for this run, e.g. http://127.0.0.1:40123 */
    baseURL: string;
  }
}

/**
 * Builds the site once (unless E2E_SKIP_BUILD=1 and dist/ exists) and serves dist/
 * on a free loopback port for every end-to-end test file.
 * Without a browser the run fails with instructions: a browser test that
 * silently skips would let a broken site through CI.
 */
export default async function setup(project: TestProject) {
  const browser = chromiumPath();
  if (!existsSync(browser)) throw new Error(missingBrowserMessage(browser));
  if (!(process.env.E2E_SKIP_BUILD === "1" && existsSync("dist/index.html"))) {
    execFileSync("npm", ["run", "-s", "build"], { stdio: "inherit" });
  }
  const server = await serveStatic("dist");
  project.provide("baseURL", server.url);
  return () => server.close();
}
