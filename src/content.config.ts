import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { articleSchema } from "./schema/article.ts";
import { eventSchema } from "./schema/event.ts";

// The ingest (scripts/ingest.ts) writes one JSON file per entry and validates it
// with these same schemas before writing; the site only reads.
const articles = defineCollection({
  loader: glob({ pattern: "*.json", base: "./content/articles", generateId: ({ data }) => String(data.id) }),
  schema: articleSchema,
});

const events = defineCollection({
  loader: glob({ pattern: "*.json", base: "./content/events", generateId: ({ data }) => String(data.id) }),
  schema: eventSchema,
});

export const collections = { articles, events };
