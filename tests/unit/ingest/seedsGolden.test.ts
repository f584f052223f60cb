import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runIngest } from "../../../src/lib/ingest/index.ts";
import type { EventsDocument } from "../../../src/schema/eventsDocument.ts";
import { loadFolder, seeds } from "../../support/loadFolder.ts";

// The spec was written by hand from reading the seeds; the test never rewrites it. On mismatch it writes
// tests/golden/seeds-changed.json (git-ignored) with what the ingest produced, for a person to diff.
const golden = join(import.meta.dirname, "../../golden");
const expected = JSON.parse(readFileSync(join(golden, "seeds.expected.json"), "utf8")) as Spec;

interface SpecEvent {
  title: string;
  /** "scheduled" for a plan; "reported" when absent. */
  status?: "reported" | "scheduled";
  date: { start: string; end: string; precision: string };
  context: boolean;
  sources: { article: string; quote: string }[];
}
interface Spec {
  articles: { id: string; headline: string; files: string[]; published: string | null; publishedBasis: string }[];
  events: SpecEvent[];
  optional: SpecEvent[];
}
type DocumentEvent = EventsDocument["events"][number];

// In-process, with no overrides, so the spec checks what the extraction gives on its own.
const document = runIngest(loadFolder(seeds)).document;
let mismatch = false;

afterAll(() => {
  if (mismatch) {
    const changed = {
      articles: document.articles.map(({ id, headline, files, published, publishedBasis }) => ({
        id,
        headline,
        files,
        published,
        publishedBasis,
      })),
      events: document.events.map((e) => ({
        title: e.title,
        date: { start: e.date.start, end: e.date.end, precision: e.date.precision },
        context: e.context,
        sources: e.sources.map((s) => ({ article: s.article, quote: s.quote })),
      })),
    };
    writeFileSync(join(golden, "seeds-changed.json"), `${JSON.stringify(changed, null, 2)}\n`);
  } else {
    // A match leaves no stale copy to mislead the next person diffing.
    rmSync(join(golden, "seeds-changed.json"), { force: true });
  }
});

/** Same event: same date, context flag and sources (each spec quote inside its source's sentence); titles are checked apart. */
function sameEvent(spec: SpecEvent, event: DocumentEvent): boolean {
  return (
    event.date.start === spec.date.start &&
    event.date.end === spec.date.end &&
    event.date.precision === spec.date.precision &&
    event.context === spec.context &&
    event.sources.length === spec.sources.length &&
    spec.sources.every((s) => event.sources.some((a) => a.article === s.article && a.quote.includes(s.quote)))
  );
}

function check(fn: () => void): void {
  try {
    fn();
  } catch (error) {
    mismatch = true;
    throw error;
  }
}

describe("runIngest over the seeds (tests/golden/seeds)", () => {
  it("finds the seven articles with their files, publication days and bases", () => {
    check(() =>
      expect(
        document.articles.map(({ id, headline, files, published, publishedBasis }) => ({
          id,
          headline,
          files,
          published,
          publishedBasis,
        })),
      ).toEqual(expected.articles),
    );
  });

  const cases = expected.events.map((spec) => ({
    spec,
    name: `${spec.date.start}…${spec.date.end} (${spec.date.precision}): ${spec.sources.map((s) => s.quote).join(" + ")}`,
  }));
  for (const { spec, name } of cases) {
    it(`dates, titles and marks as reported or scheduled ${name}`, () =>
      check(() => {
        const event = document.events.find((e) => sameEvent(spec, e));
        expect(event, `no event ${JSON.stringify(spec)}`).toBeDefined();
        expect(event?.title).toBe(spec.title);
        expect(event?.status).toBe(spec.status ?? "reported");
      }));
  }

  it("gives each optional event that appears its expected title", () => {
    const found = expected.optional.flatMap((spec) => {
      const event = document.events.find((e) => sameEvent(spec, e));
      return event ? [[event.title, spec.title]] : [];
    });
    check(() => expect(found.map(([got]) => got)).toEqual(found.map(([, want]) => want)));
  });

  it("produces no event beyond the expected and optional ones", () => {
    const allowed = [...expected.events, ...expected.optional];
    const unexpected = document.events.filter((e) => !allowed.some((spec) => sameEvent(spec, e)));
    check(() => expect(unexpected.map((e) => `${e.date.start} ${e.title}`)).toEqual([]));
  });

  it("marks only events before March 2011 as context", () => {
    check(() => expect(document.events.filter((e) => e.context).every((e) => e.date.end < "2011-03-01")).toBe(true));
  });
});
