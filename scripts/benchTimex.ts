// Benchmark of the temporal-expression recogniser alone: npm run bench:timex [-- --runs 9]
// Times recogniseTimexes over the TempEval-3 texts next to the repo (each with its own creation date) and the seed
// articles in content/sources (reference 2025-07-11), and prints ms per article and KB/s, each the median of the runs.
// Figures only: nothing here asserts a time.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { normaliseIsoDay } from "../src/lib/dates/index.ts";
import { recogniseTimexes } from "../src/lib/timex/recogniseTimexes.ts";

interface Doc {
  text: string;
  reference: string | null;
}

const { values } = parseArgs({ options: { runs: { type: "string", default: "7" } } });
const RUNS = Math.max(3, Number(values.runs));
const root = resolve(import.meta.dirname, "..");
const tempeval = resolve(root, "..", "shared", "tempeval");
// The seeds' own dates live in seeds.meta.json by headline; one fixed day resolves them all the same way every run.
const SEED_REFERENCE = "2025-07-11";

async function loadTempeval(name: string): Promise<Doc[]> {
  if (!existsSync(join(tempeval, "eval.mjs"))) return [];
  const scorer = (await import(pathToFileURL(join(tempeval, "eval.mjs")).href)) as {
    loadCorpus(dir: string): { dct: string | null; text: string }[];
  };
  return scorer
    .loadCorpus(join(tempeval, name))
    .map((doc) => ({ text: doc.text, reference: doc.dct ? normaliseIsoDay(doc.dct) : null }));
}

function loadSeeds(): Doc[] {
  const dir = join(root, "content", "sources");
  return readdirSync(dir)
    .filter((file) => file.endsWith(".txt"))
    .sort()
    .map((file) => ({ text: readFileSync(join(dir, file), "utf8"), reference: SEED_REFERENCE }));
}

const corpora: [string, Doc[]][] = [
  ["timebank", await loadTempeval("timebank")],
  ["aquaint", await loadTempeval("aquaint")],
  ["seeds", loadSeeds()],
];
const all = corpora.flatMap(([, docs]) => docs);
if (corpora[0]?.[1].length === 0) console.error(`no TempEval corpora at ${tempeval}: timing the seeds only`);

/**
 * Milliseconds to recognise every text of a corpus once, averaged over as many passes as fit in a tenth of a second,
 * so a corpus of five articles is not timed at the clock's grain.
 */
function timeOnce(docs: readonly Doc[]): number {
  const started = process.hrtime.bigint();
  let passes = 0;
  let elapsed = 0;
  do {
    for (const doc of docs) recogniseTimexes(doc.text, { reference: doc.reference });
    passes += 1;
    elapsed = Number(process.hrtime.bigint() - started) / 1e6;
  } while (elapsed < 100);
  return elapsed / passes;
}

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] as number;
// Untimed passes first, so the figures are the optimised code's, not the interpreter's.
for (let pass = 0; pass < 3; pass += 1) timeOnce(all);
const rows: [string, Doc[]][] = [...corpora.filter(([, docs]) => docs.length > 0), ["all", all]];
console.log(`corpus      articles      KB   ms/article     KB/s   (median of ${RUNS} runs)`);
for (const [name, docs] of rows) {
  const kb = docs.reduce((sum, doc) => sum + Buffer.byteLength(doc.text), 0) / 1024;
  const ms = median(Array.from({ length: RUNS }, () => timeOnce(docs)));
  console.log(
    `${name.padEnd(10)} ${String(docs.length).padStart(9)} ${kb.toFixed(0).padStart(7)} ${(ms / docs.length).toFixed(3).padStart(12)} ${((kb / ms) * 1000).toFixed(0).padStart(8)}`,
  );
}
