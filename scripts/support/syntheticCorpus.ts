// A synthetic corpus of scraped articles for benchmarks and the incremental-ingest tests: seeded, so every call with the
// same options writes the same bytes. The articles look like the wire scrapes in content/sources (doubled header block,
// captions with credits, share widgets, relative and absolute dates) so every stage of the ingest has work to do.
import { writeFileSync } from "node:fs";
import { join } from "node:path";

/** How big a corpus to write, and from which seed. */
export interface CorpusOptions {
  articles: number;
  seed?: number;
}

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

/** A small linear congruential generator: the same seed gives the same sequence on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** Texts of `count` synthetic articles; the number in each headline keeps headlines (and so ids) distinct. */
export function syntheticArticles(count: number, random: () => number): string[] {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const day = (): { text: string; weekday: string } => {
    const date = new Date(
      Date.UTC(2023 + Math.floor(random() * 3), Math.floor(random() * 12), 1 + Math.floor(random() * 28)),
    );
    return {
      text: `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`,
      weekday: WEEKDAYS[(date.getUTCDay() + 6) % 7] as string,
    };
  };
  const article = (n: number): string => {
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
  };
  return Array.from({ length: count }, (_, i) => article(i + 1));
}

/**
 * Writes the corpus into `dir` as numbered `.txt` files: about a fifth of the files hold two articles and about a tenth of
 * the articles recur in a second file, as in real scrapes. Returns the file names in order.
 */
export function writeSyntheticCorpus(dir: string, options: CorpusOptions): string[] {
  const random = seededRandom(options.seed ?? 20250609);
  const texts = syntheticArticles(options.articles, random);
  const names: string[] = [];
  const write = (content: string) => {
    const name = `${String(names.length + 1).padStart(6, "0")}.txt`;
    writeFileSync(join(dir, name), content);
    names.push(name);
  };
  for (let i = 0; i < texts.length; ) {
    if (random() < 0.2 && i + 1 < texts.length) {
      write(`${texts[i]}\n\n\n\n${texts[i + 1]}`);
      i += 2;
    } else write(texts[i++] as string);
    if (random() < 0.1) write(texts[Math.floor(random() * i)] as string);
  }
  return names;
}
