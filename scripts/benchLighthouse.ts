/**
 * Lighthouse (mobile profile) against the built site served on loopback, plus the home page's JavaScript
 * weight. Prints one line per page and exits non-zero when a score falls under 0.95 or the JavaScript over 35 KB gzip.
 *
 *   npm run build && npm run bench:lighthouse
 *
 * Reports go to bench-results/ (git-ignored) for a person to open.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM_ARGS, chromiumPath } from "./support/browser.ts";
import { serveStatic } from "./support/staticServer.ts";

const TARGET = 0.95;
// Scores wobble on a busy 2-core machine; the median of a few runs is what the bench reports.
const runs = Number(parseArgs({ options: { runs: { type: "string", default: "3" } } }).values.runs);
const JS_BUDGET = 35 * 1024;

if (!existsSync("dist/index.html")) {
  console.error("dist/index.html is missing: run `npm run build` first, then `npm run bench:lighthouse`.");
  process.exit(1);
}

const jsBytes = homePageScripts().reduce(
  (sum, file) => sum + gzipSync(readFileSync(join("dist", file)), { level: 9 }).length,
  0,
);
console.log(`home page JavaScript: ${(jsBytes / 1024).toFixed(1)} KB gzip (budget ${JS_BUDGET / 1024} KB)`);

const pages = ["/", firstPage("events"), firstPage("articles")].filter((p): p is string => p !== null);
// Serve a snapshot, so a build started meanwhile (another terminal, a test run) cannot pull pages away mid-run.
const snapshot = mkdtempSync(join(tmpdir(), "bench-dist-"));
cpSync("dist", snapshot, { recursive: true });
const server = await serveStatic(snapshot);
const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: CHROMIUM_ARGS });
let failed = jsBytes > JS_BUDGET;
mkdirSync("bench-results", { recursive: true });
try {
  for (const path of pages) {
    const results = [];
    for (let run = 0; run < runs; run++) {
      const result = await lighthouse(`${server.url}${path}`, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility"],
      });
      if (!result || result.lhr.runtimeError)
        throw new Error(`Lighthouse could not audit ${path}: ${result?.lhr.runtimeError?.message ?? "no result"}`);
      results.push(result);
    }
    results.sort((a, b) => (a.lhr.categories.performance?.score ?? 0) - (b.lhr.categories.performance?.score ?? 0));
    const result = results[Math.floor(results.length / 2)] ?? results[0];
    if (!result) continue;
    const { performance, accessibility } = result.lhr.categories;
    const scores = { performance: performance?.score ?? 0, accessibility: accessibility?.score ?? 0 };
    const cls = result.lhr.audits["cumulative-layout-shift"]?.numericValue ?? 0;
    const lcp = result.lhr.audits["largest-contentful-paint"]?.numericValue ?? 0;
    const tbt = result.lhr.audits["total-blocking-time"]?.numericValue ?? 0;
    console.log(
      `${path}: performance ${scores.performance.toFixed(2)}, accessibility ${scores.accessibility.toFixed(2)} (median of ${runs}; LCP ${Math.round(lcp)} ms, TBT ${Math.round(tbt)} ms, CLS ${cls.toFixed(3)})`,
    );
    if (scores.performance < TARGET || scores.accessibility < TARGET) failed = true;
    writeFileSync(
      join("bench-results", `lighthouse${path.replace(/\W+/g, "-")}json`),
      JSON.stringify(result.lhr, null, 2),
    );
  }
} finally {
  chrome.kill();
  await server.close();
  rmSync(snapshot, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);

/** Script files the built home page loads: its module entries and every chunk they import, each once. */
function homePageScripts(): string[] {
  const html = readFileSync("dist/index.html", "utf8");
  const queue = [...html.matchAll(/<script[^>]*\ssrc="\/([^"]+)"/g)].map((m) => m[1] ?? "");
  const seen = new Set<string>();
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join("dist", file), "utf8");
    // Vite writes static imports of sibling chunks as from"./name.hash.js" (minified, no space).
    for (const m of code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) queue.push(join(dirname(file), m[1] ?? ""));
  }
  return [...seen];
}

/** The first built page of a kind, so the bench covers each page type. */
function firstPage(kind: string): string | null {
  const folder = join("dist", kind);
  if (!existsSync(folder)) return null;
  const first = readdirSync(folder).sort()[0];
  return first ? `/${kind}/${first}/` : null;
}
