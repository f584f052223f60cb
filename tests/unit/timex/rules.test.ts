import { describe, expect, it } from "vitest";
import { recogniseTimexes } from "../../../src/lib/timex/recogniseTimexes.ts";
import type { Example } from "../../../src/lib/timex/rule.ts";
import { PREFIX_RULES, RULES } from "../../../src/lib/timex/rules/index.ts";

// Every rule's examples run here: the recogniser must find exactly the bracketed expression of each example, by that
// rule, with the example's TIMEX3 value (and tense, range and story day when the example names them).
const cases = [...RULES, ...PREFIX_RULES].flatMap((rule) =>
  rule.examples.map((example) => [rule.name, example] as [string, Example]),
);

describe("the rule table", () => {
  it("names every rule once", () => {
    const names = [...RULES, ...PREFIX_RULES].map((rule) => rule.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it("gives every rule at least one example", () => {
    expect([...RULES, ...PREFIX_RULES].filter((rule) => rule.examples.length === 0).map((r) => r.name)).toEqual([]);
  });
});

describe.each(cases)("rule %s", (name, [sentence, reference, value, extra]) => {
  it(`finds ${sentence} (published ${reference}) as ${value}`, () => {
    const open = sentence.indexOf("[");
    const close = sentence.indexOf("]");
    const text = sentence.slice(0, open) + sentence.slice(open + 1, close) + sentence.slice(close + 1);
    const expression = sentence.slice(open + 1, close);
    const found = recogniseTimexes(text, { reference, storyDay: extra?.storyDay ?? null });
    const timex = found.find((t) => t.start === open);
    expect(
      timex && { text: timex.text, rule: timex.rule, value: timex.value },
      JSON.stringify(found.map((t) => [t.text, t.rule, t.value])),
    ).toEqual({ text: expression, rule: name, value });
    if (extra?.tense) expect(timex?.tense).toBe(extra.tense);
    if (extra?.range) expect([timex?.range?.start, timex?.range?.end]).toEqual(extra.range);
  });
});
