// npm run bench [-- --only NAME,NAME] [--runs N] [--out FILE] [--list] [--articles N …]
// Runs the benchmarks of scripts/bench/registry.ts one after the other, prints each one's table of figures (medians of
// the runs) and writes them all as JSON (test-results/bench.json unless --out says otherwise). Other options
// are the benchmarks' own (--articles for the ingest's; --list shows them). Figures only: nothing here asserts a time.
import { mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg } from "node:os";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { type BenchRow, formatRows } from "./bench/benchmark.ts";
import { BENCHMARKS } from "./bench/registry.ts";

// Each benchmark's own options are options of the command line too.
const own = Object.fromEntries(
  BENCHMARKS.flatMap((b) => Object.keys(b.options ?? {})).map((name) => [name, { type: "string" as const }]),
);
const { values } = parseArgs<{ options: Record<string, { type: "string" | "boolean"; default?: string | boolean }> }>({
  options: {
    ...own,
    only: { type: "string" },
    runs: { type: "string", default: "3" },
    out: { type: "string", default: join(import.meta.dirname, "../test-results/bench.json") },
    list: { type: "boolean", default: false },
  },
});
if (values.list) {
  for (const b of BENCHMARKS) {
    console.log(`${b.name.padEnd(20)} ${b.about}`);
    for (const [name, about] of Object.entries(b.options ?? {})) console.log(`${"".padEnd(20)}   --${name}: ${about}`);
  }
  process.exit(0);
}
const names = typeof values.only === "string" ? values.only.split(",") : BENCHMARKS.map((b) => b.name);
const unknown = names.filter((name) => !BENCHMARKS.some((b) => b.name === name));
if (unknown.length > 0) {
  console.error(`bench: no benchmark called ${unknown.join(", ")} (npm run bench -- --list)`);
  process.exit(2);
}
const runs = Math.max(1, Number(values.runs));

// The machine is shared: the load average says how much the wall clock measured the neighbours too.
const machine = {
  cpus: availableParallelism(),
  cpu: cpus()[0]?.model ?? null,
  node: process.version,
  loadAverageBefore: loadavg().map((n) => Number(n.toFixed(2))),
  loadAverageAfter: [] as number[],
};
const results: { name: string; about: string; rows: BenchRow[]; notes: string[] }[] = [];
for (const benchmark of BENCHMARKS.filter((b) => names.includes(b.name))) {
  console.error(`bench: ${benchmark.name}: ${benchmark.about}`);
  const { rows, notes = [] } = await benchmark.run({
    runs,
    options: Object.fromEntries(
      Object.keys(benchmark.options ?? {}).flatMap((name) =>
        typeof values[name] === "string" ? [[name, values[name] as string]] : [],
      ),
    ),
    log: (line) => console.error(`  ${benchmark.name}: ${line}`),
  });
  console.log(`\n${benchmark.name}\n${formatRows(rows)}${notes.map((note) => `\n  ${note}`).join("")}`);
  results.push({ name: benchmark.name, about: benchmark.about, rows, notes });
}
machine.loadAverageAfter = loadavg().map((n) => Number(n.toFixed(2)));
mkdirSync(dirname(values.out as string), { recursive: true });
writeFileSync(values.out as string, `${JSON.stringify({ machine, benchmarks: results }, null, 2)}\n`);
console.log(
  `\nload average ${machine.loadAverageBefore.join(" ")} before, ${machine.loadAverageAfter.join(" ")} after (${machine.cpus} cores); written to ${values.out}`,
);
