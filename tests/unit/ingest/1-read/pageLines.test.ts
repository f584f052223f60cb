import { describe, expect, it } from "vitest";
import { PAGE_LINE_RULES, pageLineKind } from "../../../../src/lib/ingest/1-read/index.ts";

describe("PAGE_LINE_RULES", () => {
  const rows = PAGE_LINE_RULES.flatMap((rule, index) => rule.examples.map((line) => ({ line, rule, index })));
  it.each(rows)("classifies $line as $rule.kind, by no earlier rule", ({ line, rule, index }) => {
    expect(rule.test(line)).toBe(true);
    expect(PAGE_LINE_RULES.slice(0, index).some((earlier) => earlier.test(line))).toBe(false);
    expect(pageLineKind(line, rule.where === "header")).toBe(rule.kind);
  });
});

describe("pageLineKind(line, header)", () => {
  // Article text that names a date, a page label or an age is still article text, in the header and in the body.
  it.each([
    "Israel said on October 7, 2023 it had struck targets in Gaza.",
    "On 7 October 2023, gunmen crossed into southern Israel.",
    "Updated figures released on March 14, 2024 put the toll higher.",
    "Two hours ago, a rocket hit a house in Sderot.",
    "The ministry published its report on 14 March 2024 after a delay.",
    "Source: the ministry said on March 14, 2024 that talks would resume",
    "The ceasefire agreed on 14/03/2024 held until the weekend.",
    "By evening, calm had largely fallen.",
    "By Tuesday, the army had withdrawn from the town",
  ])("keeps %j as article text", (line) => {
    expect(pageLineKind(line, true)).toBeNull();
    expect(pageLineKind(line, false)).toBeNull();
  });
});
