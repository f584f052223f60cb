import { describe, expect, it } from "vitest";
import { explainTitle, TITLE_STRATEGIES } from "../../../../src/lib/ingest/4-events/index.ts";
import { markedSentence } from "../../../support/factories.ts";

describe("TITLE_STRATEGIES: each strategy's example", () => {
  it.each(TITLE_STRATEGIES.map((s) => [s.name, s.example.sentence, s.example.title]))(
    "%s: %j gives %j by that strategy",
    (name, marked, want) => {
      const { sentence, target, others } = markedSentence(marked);
      expect(explainTitle(sentence, target, others)).toEqual({ title: want, strategy: name });
    },
  );

  it("names every strategy once", () => {
    const names = TITLE_STRATEGIES.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
  });
});
