// Benchmark: builds a synthetic corpus of 10,000 articles in a temp folder and times the ingest over it in-process.
// Prints articles per second (median of the runs) and peak memory. Figures only: nothing here asserts a time.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { runIngest } from "../src/lib/ingest/index.ts";
import type { BuildReport } from "../src/schema/buildReport.ts";
import { loadIngestInput } from "./ingest.ts";

const { values } = parseArgs({
  options: { articles: { type: "string", default: "10000" }, runs: { type: "string", default: "3" } },
});
const ARTICLES = Number(values.articles);
const RUNS = Math.max(3, Number(values.runs));

// A small seeded generator, so every bench run builds the same corpus.
let seed = 20250609;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const ACTORS = [
  "Lebanese President Joseph Aoun",
  "Syrian President Ahmed al-Sharaa",
  "Israeli Prime Minister Benjamin Netanyahu",
  "Kremlin spokesman Dmitry Peskov",
  "US envoy Tom Barrack",
  "Gaza's health ministry",
  "The United Nations",
  "Hezbollah",
];
const VERBS = ["Warns", "Meets", "Rejects", "Backs", "Condemns", "Welcomes", "Announces", "Questions"];
const OBJECTS = [
  "Ceasefire Talks",
  "Aid Convoy",
  "Border Plan",
  "Reconstruction Fund",
  "Prisoner Exchange",
  "Election Date",
  "Water Crisis",
  "Peace Proposal",
];
const PLACES = ["Beirut", "Damascus", "Gaza City", "Rafah", "Moscow", "Cairo", "Doha", "Tunis"];
const CREDITS = ["(AFP)", "(AP)", "(Reuters)", "(Photo by Omar AL-QATTAA / AFP)"];

function day(): { text: string; weekday: string } {
  const date = new Date(
    Date.UTC(2023 + Math.floor(random() * 3), Math.floor(random() * 12), 1 + Math.floor(random() * 28)),
  );
  return {
    text: `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`,
    weekday: WEEKDAYS[(date.getUTCDay() + 6) % 7] as string,
  };
}

function article(n: number): string {
  const headline = `${pick(["Aoun", "Sharaa", "Netanyahu", "Kremlin", "UN", "Hezbollah"])} ${pick(VERBS)} ${pick(OBJECTS)} in ${pick(PLACES)} (${n})`;
  const shot = day();
  const caption =
    random() < 0.15
      ? `FILED - 17 January 2025, ${pick(PLACES)}: officials at a press conference. Photo: Marwan Naamani/dpa`
      : `Officials meet in ${pick(PLACES)}, ${shot.weekday}, ${shot.text}. ${pick(CREDITS)}`;
  const body = [
    `${pick(ACTORS)} said on ${pick(WEEKDAYS)} that talks on the ${pick(OBJECTS).toLowerCase()} would continue, officials said.`,
    `The ${pick(["war", "conflict", "crisis"])}, which began in ${pick(MONTHS)} ${2011 + Math.floor(random() * 13)}, has displaced thousands of people.`,
    `A ceasefire agreed in ${pick(MONTHS)} has largely held, although ${pick(ACTORS)} reported violations last week.`,
    `Earlier this week, ${pick(ACTORS)} met officials in ${pick(PLACES)} to discuss the ${pick(OBJECTS).toLowerCase()}.`,
    `The plan was first proposed on ${day().text} by a regional committee.`,
    `Aid has been blocked for the past ${2 + Math.floor(random() * 10)} weeks, the United Nations said.`,
    `Israel withdrew from southern Lebanon in 2000, and the two sides fought a war in 2006.`,
    `Officials said the next round of talks would be held in ${pick(PLACES)} next month.`,
  ].filter(() => random() < 0.8);
  return `${headline}\n\n ${caption}\n${caption}\nTT\n20\n\n${headline}\n\n ${caption}\n${caption}\n\n${body.join("\n\n")}`;
}

function buildCorpus(dir: string): number {
  const texts = Array.from({ length: ARTICLES }, (_, i) => article(i + 1));
  let files = 0;
  const write = (content: string) => writeFileSync(join(dir, `${String(++files).padStart(6, "0")}.txt`), content);
  for (let i = 0; i < texts.length; ) {
    // About a fifth of the files hold two articles; about a tenth of articles recur in a second file.
    if (random() < 0.2 && i + 1 < texts.length) {
      write(`${texts[i]}\n\n\n\n${texts[i + 1]}`);
      i += 2;
    } else write(texts[i++] as string);
    if (random() < 0.1) write(texts[Math.floor(random() * i)] as string);
  }
  return files;
}

const dir = mkdtempSync(join(tmpdir(), "bench-ingest-"));
try {
  const input = join(dir, "sources");
  mkdirSync(input);
  const files = buildCorpus(input);
  const gazetteer = join(import.meta.dirname, "../content/gazetteer.json");
  const rates: number[] = [];
  const cpuRates: number[] = [];
  // Only the report outlives a run, so one run's output is never held while the next is built.
  let report: BuildReport | null = null;
  for (let run = 0; run < RUNS; run += 1) {
    const started = process.hrtime.bigint();
    const cpu = process.cpuUsage();
    const output = runIngest(loadIngestInput(input, join(dir, "none.json"), gazetteer));
    JSON.stringify(output.document);
    report = output.report;
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const used = process.cpuUsage(cpu);
    // CPU time as well as wall time: on a shared machine the wall clock measures the neighbours too.
    const cpuSeconds = (used.user + used.system) / 1e6;
    rates.push(output.articles.length / seconds);
    cpuRates.push(output.articles.length / cpuSeconds);
    console.error(
      `run ${run + 1}: ${seconds.toFixed(2)} s wall, ${cpuSeconds.toFixed(2)} s CPU, ${Math.round(output.articles.length / seconds)} articles/s`,
    );
  }
  const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] as number;
  console.log(
    `corpus:          ${files} files, ${report?.articles} articles, ${report?.duplicatesMerged} duplicates merged, ${report?.events} events`,
  );
  console.log(
    `throughput:      ${Math.round(median(rates))} articles/s wall clock, ${Math.round(median(cpuRates))} articles/s of CPU time (median of ${RUNS} runs, single-threaded)`,
  );
  console.log(`peak memory:     ${Math.round(process.resourceUsage().maxRSS / 1024)} MB RSS`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
