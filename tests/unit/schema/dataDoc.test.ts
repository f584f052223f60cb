import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { eventSourceSchema } from "../../../src/schema/event.ts";
import { eventsDocumentSchema } from "../../../src/schema/eventsDocument.ts";

// docs/data.md is the contract researchers read: each of its field tables must name exactly the schema's fields.
const doc = readFileSync("docs/data.md", "utf8");

/** Field names in the first column of the table under a "## `heading`" section. */
function documentedFields(heading: string): string[] {
  const section = doc.split(`## \`${heading}\``)[1]?.split("\n## ")[0] ?? "";
  return [...section.matchAll(/^\| `(\w+)`\s*\|/gm)].map((m) => m[1] as string).sort();
}

describe("docs/data.md, the events.json contract", () => {
  it.each([
    ["articles[]", eventsDocumentSchema.shape.articles.element],
    ["events[]", eventsDocumentSchema.shape.events.element],
    ["events[].sources[]", eventSourceSchema],
  ] as const)("documents every field of %s and no other", (heading, schema) => {
    expect(documentedFields(heading)).toEqual(Object.keys(schema.shape).sort());
  });
});
