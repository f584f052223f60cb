import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { normaliseIsoDay } from "../../../src/lib/dates/isoDay.ts";
import { recogniseTimexes } from "../../../src/lib/timex/recogniseTimexes.ts";

// The TempEval corpora are research data kept outside the repo; without them this guard is skipped, and says so.
const tempeval = resolve(import.meta.dirname, "../../../../shared/tempeval");
const present = existsSync(join(tempeval, "eval.mjs"));
const SKIPPED = `SKIPPED: no TempEval corpora at ${tempeval} (put the shared folder beside the project to run this guard)`;
if (!present) console.warn(`tempevalScore.test.ts: ${SKIPPED}`);

interface Doc {
  id: string;
  dct: string | null;
  text: string;
}

describe.skipIf(!present)(
  present ? "recogniseTimexes on TempEval-3 (regression guard)" : SKIPPED,
  { timeout: 60_000 },
  () => {
    it.each([
      ["timebank", 0.85],
      ["aquaint", 0.78],
    ])("keeps value F1 on %s at or above %f", async (name, floor) => {
      const scorer = await import(pathToFileURL(join(tempeval, "eval.mjs")).href);
      const corpus = scorer.loadCorpus(join(tempeval, name)) as Doc[];
      const predictions = Object.fromEntries(
        corpus.map((doc) => [
          doc.id,
          recogniseTimexes(doc.text, { reference: doc.dct ? normaliseIsoDay(doc.dct) : null }),
        ]),
      );
      const result = scorer.score(corpus, predictions);
      expect(result.all.value.f).toBeGreaterThanOrEqual(floor);
    });
  },
);
