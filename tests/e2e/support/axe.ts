import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";

/** What every page is held to: WCAG 2.2 AA and axe-core's best practices. */
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/** Runs axe-core on the page as it is now; one line a violation, starting with `where` (e.g. "home dark"). */
export async function axeViolations(page: Page, where: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations.map(
    (v) => `${where}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(" ")} ${v.nodes[0]?.failureSummary ?? ""}`,
  );
}
