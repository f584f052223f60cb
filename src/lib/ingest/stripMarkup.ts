import type { BuildWarning } from "../../schema/buildReport.ts";
import { warning } from "./ingestWarning.ts";

// Script and style bodies are code, not prose: drop them with their tags.
const CODE_BLOCK = /<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const TAG = /<\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?\/?>|<!--[\s\S]*?-->/g;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00A0" };

/**
 * Removes HTML tags from scraped text, keeping their text, and warns once per file with the first line that had markup.
 * The site escapes everything anyway; stripping means markup never reaches a headline or quote as stray tags.
 */
export function stripMarkup(file: string, text: string): { text: string; warning: BuildWarning | null } {
  CODE_BLOCK.lastIndex = 0;
  TAG.lastIndex = 0;
  const first = firstMatch(text);
  if (first < 0) return { text, warning: null };
  const line = text.slice(0, first).split("\n").length;
  // Keep the newlines a removed block spanned so later line numbers still point at the file.
  const keepLines = (match: string) => "\n".repeat(match.split("\n").length - 1);
  const stripped = text
    .replace(CODE_BLOCK, keepLines)
    .replace(TAG, keepLines)
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (entity, name: string) => decodeEntity(entity, name));
  return {
    text: stripped,
    warning: warning(file, "HTML markup found and removed; the text is kept as plain text", line),
  };
}

function firstMatch(text: string): number {
  const a = text.search(CODE_BLOCK);
  const b = text.search(TAG);
  return a < 0 ? b : b < 0 ? a : Math.min(a, b);
}

function decodeEntity(entity: string, name: string): string {
  if (name.startsWith("#")) {
    const code =
      name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  }
  return ENTITIES[name.toLowerCase()] ?? entity;
}
