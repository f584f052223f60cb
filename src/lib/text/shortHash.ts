import { createHash } from "node:crypto";

/** First `length` hex digits of the text's SHA-1: a stable tie-breaker for ids, not a security measure. */
export function shortHash(text: string, length = 6): string {
  return createHash("sha1").update(text, "utf8").digest("hex").slice(0, length);
}
