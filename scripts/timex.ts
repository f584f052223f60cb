// Prints the temporal expressions of a plain-text file as JSON: npm run -s timex -- [--ref YYYY-MM-DD] FILE
import { readFileSync } from "node:fs";
import { normaliseIsoDay } from "../src/lib/dates/index.ts";
import { recogniseTimexes } from "../src/lib/timex/recogniseTimexes.ts";

function fail(message: string): never {
  process.stderr.write(`timex: ${message}\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
let refText: string | null = null;
const files: string[] = [];
for (let i = 0; i < args.length; i++) {
  const arg = args[i] as string;
  if (arg === "--ref") refText = args[++i] ?? "";
  else if (arg.startsWith("--ref=")) refText = arg.slice("--ref=".length);
  else files.push(arg);
}
if (files.length !== 1) fail("usage: npm run -s timex -- [--ref YYYY-MM-DD] FILE");
const file = files[0] as string;
const reference = refText === null ? null : normaliseIsoDay(refText);
if (refText !== null && !reference)
  fail(`${file}: --ref ${JSON.stringify(refText)} is not a date; write it as YYYY-MM-DD`);

let text: string;
try {
  text = readFileSync(file, "utf8");
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  fail(`${file}: cannot read it (${code === "ENOENT" ? "no such file" : (error as Error).message})`);
}
const found = recogniseTimexes(text, { reference }).map(({ start, end, text, type, value }) => ({
  start,
  end,
  text,
  type,
  value,
}));
process.stdout.write(`${JSON.stringify(found, null, 2)}\n`);
