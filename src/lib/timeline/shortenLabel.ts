import { MAX_LABEL_CHARS } from "./geometry.ts";

/** Cuts a title to a label length at a word boundary, with an ellipsis, so rows stay readable. */
export function shortenLabel(title: string, max = MAX_LABEL_CHARS): string {
  if (title.length <= max) return title;
  const cut = title.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  // Keep at least half the room: a very long first word is cut mid-word rather than leaving a stub.
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
