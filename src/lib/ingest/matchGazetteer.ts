import { ascending } from "d3-array";
import type { Gazetteer, GazetteerEntry } from "../../schema/gazetteer.ts";

/** What a text names, as sorted gazetteer ids. */
export interface GazetteerMatches {
  topics: string[];
  people: string[];
  places: string[];
  eventKinds: string[];
}

/** A compiled gazetteer: call it on a text to get the entries the text names. */
export type GazetteerMatcher = (text: string) => GazetteerMatches;

/**
 * Compiles the gazetteer into whole-word matchers. Aliases with a capital ("US", "Gaza") match case-sensitively, so the
 * pronoun "us" is not the United States; all-lower-case aliases ("ceasefire") match in any case.
 */
export function compileGazetteer(gazetteer: Gazetteer): GazetteerMatcher {
  const topics = compileCategory(gazetteer.topics);
  const people = compileCategory(gazetteer.people);
  const places = compileCategory(gazetteer.places);
  const eventKinds = compileCategory(gazetteer.eventKinds);
  return (text) => ({ topics: topics(text), people: people(text), places: places(text), eventKinds: eventKinds(text) });
}

function compileCategory(entries: readonly GazetteerEntry[]): (text: string) => string[] {
  const byAlias = new Map<string, string>();
  for (const entry of entries)
    for (const alias of entry.aliases) if (!byAlias.has(keyOf(alias))) byAlias.set(keyOf(alias), entry.id);
  const aliases = [...new Set(entries.flatMap((e) => e.aliases))].sort(
    (a, b) => b.length - a.length || ascending(a, b),
  );
  const sensitive = aliases.filter((a) => a !== a.toLowerCase());
  const insensitive = aliases.filter((a) => a === a.toLowerCase());
  const regexes = [pattern(sensitive, "gu"), pattern(insensitive, "giu")].filter((r): r is RegExp => r !== null);
  return (text) => {
    const found = new Set<string>();
    for (const regex of regexes)
      for (const m of text.matchAll(regex)) found.add(byAlias.get(keyOf(m[1] as string)) as string);
    return [...found].sort(ascending);
  };
}

function pattern(aliases: readonly string[], flags: string): RegExp | null {
  if (aliases.length === 0) return null;
  const escaped = aliases.map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+"));
  return new RegExp(`(?<![\\p{L}\\p{N}])(${escaped.join("|")})(?![\\p{L}\\p{N}])`, flags);
}

function keyOf(alias: string): string {
  return alias.toLowerCase().replace(/\s+/g, " ");
}
