// Scores the recogniser on the TempEval-3 corpora next to the repo: npm run eval:timex [-- --errors] [-- --corpus timebank]
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { normaliseIsoDay } from "../src/lib/dates/index.ts";
import { recogniseTimexes } from "../src/lib/timex/recogniseTimexes.ts";

interface Doc {
  id: string;
  dct: string | null;
  text: string;
}
interface Scorer {
  loadCorpus(dir: string): Doc[];
  score(
    corpus: Doc[],
    predictions: Record<string, unknown[]>,
  ): { all: { value: { f: number }; strict: { f: number }; relaxed: { f: number } } };
  formatReport(result: unknown, label?: string): string;
  formatErrors(result: unknown): string;
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const tempeval = resolve(root, "..", "shared", "tempeval");
const args = process.argv.slice(2);
const showErrors = args.includes("--errors");
const only = args.includes("--corpus") ? args[args.indexOf("--corpus") + 1] : null;

if (!existsSync(join(tempeval, "eval.mjs"))) {
  process.stdout.write(
    `eval:timex skipped: no TempEval corpora at ${tempeval} (expected ../shared/tempeval next to the repo)\n`,
  );
  process.exit(0);
}
const scorer = (await import(pathToFileURL(join(tempeval, "eval.mjs")).href)) as Scorer;

const summary: string[] = [];
for (const name of ["timebank", "aquaint"]) {
  if (only && only !== name) continue;
  const corpus = scorer.loadCorpus(join(tempeval, name));
  const predictions: Record<string, unknown[]> = {};
  for (const doc of corpus) {
    // DCTs come as 19980108 or 1998-01-08T12:00; the recogniser wants the day.
    const reference = doc.dct ? normaliseIsoDay(doc.dct) : null;
    predictions[doc.id] = recogniseTimexes(doc.text, { reference }).map(({ start, end, type, value, text }) => ({
      start,
      end,
      type,
      value,
      text,
    }));
  }
  const result = scorer.score(corpus, predictions);
  process.stdout.write(`${scorer.formatReport(result, `${name} (${corpus.length} docs)`)}\n\n`);
  if (showErrors) process.stdout.write(`${scorer.formatErrors(result)}\n\n`);
  const pct = (x: number) => (100 * x).toFixed(2);
  summary.push(
    `${name}: value F1 ${pct(result.all.value.f)}  strict span F1 ${pct(result.all.strict.f)}  relaxed span F1 ${pct(result.all.relaxed.f)}`,
  );
}
process.stdout.write(`${summary.join("\n")}\n`);
