import type { Article } from "../../src/schema/article.ts";
import type { Precision } from "../../src/schema/dateValue.ts";
import type { TimelineEvent } from "../../src/schema/event.ts";

const TOPICS = ["gaza", "iran", "iraq", "israel", "lebanon", "russia", "syria", "turkey", "yemen"];
const WORDS = [
  "talks",
  "strike",
  "ceasefire",
  "protest",
  "election",
  "summit",
  "offensive",
  "agreement",
  "visit",
  "report",
  "sanctions",
  "border",
  "convoy",
  "vote",
];
const PRECISIONS: Precision[] = ["day", "day", "day", "day", "day", "week", "month", "month", "year"];

/**
 * N deterministic synthetic events between 2011 and 2025 for scale tests (--events 20000).
 * A fixed linear congruential generator keeps the output identical on every run.
 */
export function makeSyntheticEvents(count: number, source: Article | undefined): TimelineEvent[] {
  let seed = 20_110_315;
  const next = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const from = Date.UTC(2011, 2, 1);
  const span = Date.UTC(2025, 5, 1) - from;
  const events: TimelineEvent[] = [];
  for (let i = 0; i < count; i++) {
    const start = new Date(from + Math.floor((next() * span) / 86_400_000) * 86_400_000);
    const precision = PRECISIONS[Math.floor(next() * PRECISIONS.length)] ?? "day";
    const { first, last } = rangeOf(start, precision);
    const topic = TOPICS[Math.floor(next() * TOPICS.length)] ?? "syria";
    const word = WORDS[Math.floor(next() * WORDS.length)] ?? "report";
    const id = `${first}-synthetic-${String(i).padStart(6, "0")}`;
    const title = `Synthetic ${word} ${i} in ${topic[0]?.toUpperCase()}${topic.slice(1)}`;
    events.push({
      id,
      title,
      date: { start: first, end: last, precision, approximate: next() < 0.1, text: first },
      topics: [topic],
      people: [],
      places: [],
      context: false,
      status: "reported",
      sources: [
        {
          article: source?.id ?? "synthetic",
          headline: source?.headline ?? "Synthetic source",
          url: null,
          published: null,
          quote: `${title} was reported.`,
          dateText: first,
          dating: "own-words",
        },
      ],
      edited: [],
    });
  }
  return events;
}

function rangeOf(start: Date, precision: Precision): { first: string; last: string } {
  const y = start.getUTCFullYear();
  const m = start.getUTCMonth();
  if (precision === "year")
    return { first: iso(new Date(Date.UTC(y, 0, 1))), last: iso(new Date(Date.UTC(y, 11, 31))) };
  if (precision === "month")
    return { first: iso(new Date(Date.UTC(y, m, 1))), last: iso(new Date(Date.UTC(y, m + 1, 0))) };
  if (precision === "week") {
    const monday = new Date(start.getTime() - ((start.getUTCDay() + 6) % 7) * 86_400_000);
    return { first: iso(monday), last: iso(new Date(monday.getTime() + 6 * 86_400_000)) };
  }
  return { first: iso(start), last: iso(start) };
}

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}
