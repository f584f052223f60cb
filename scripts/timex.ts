// Prints the temporal expressions of a plain-text file as JSON:
// npm run -s timex -- [--ref YYYY-MM-DD] [--story YYYY-MM-DD] FILE
import { readFileSync } from "node:fs";
import { normaliseIsoDay } from "../src/lib/dates/index.ts";
import { recogniseTimexes } from "../src/lib/timex/recogniseTimexes.ts";

function fail(message: string): never {
  process.stderr.write(`timex: ${message}\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
const days: Record<"ref" | "story", string | null> = { ref: null, story: null };
const files: string[] = [];
for (let i = 0; i < args.length; i++) {
  const arg = args[i] as string;
  const option = /^--(ref|story)(?:=(.*))?$/.exec(arg);
  if (option) days[option[1] as "ref" | "story"] = option[2] ?? args[++i] ?? "";
  else files.push(arg);
}
if (files.length !== 1) fail("usage: npm run -s timex -- [--ref YYYY-MM-DD] [--story YYYY-MM-DD] FILE");
const file = files[0] as string;
const [reference, storyDay] = (["ref", "story"] as const).map((name) => {
  const text = days[name];
  const day = text === null ? null : normaliseIsoDay(text);
  if (text !== null && !day) fail(`${file}: --${name} ${JSON.stringify(text)} is not a date; write it as YYYY-MM-DD`);
  return day;
});

let text: string;
try {
  text = readFileSync(file, "utf8");
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  fail(`${file}: cannot read it (${code === "ENOENT" ? "no such file" : (error as Error).message})`);
}
const found = recogniseTimexes(text, { reference, storyDay }).map(({ start, end, text, type, value, tense, rule }) => ({
  start,
  end,
  text,
  type,
  value,
  tense,
  rule,
}));
process.stdout.write(`${JSON.stringify(found, null, 2)}\n`);
