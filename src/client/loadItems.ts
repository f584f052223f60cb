import { decodePayload, type TimelinePayload } from "../lib/timeline/encodePayload.ts";
import type { TimelineItem } from "../lib/timeline/types.ts";

/** Fetches the compact event list the timeline zooms over (same origin only, by CSP). */
export async function loadItems(src: string): Promise<TimelineItem[]> {
  const response = await fetch(src, { credentials: "same-origin" });
  if (!response.ok) throw new Error(`timeline data ${src}: HTTP ${response.status}`);
  return decodePayload((await response.json()) as TimelinePayload);
}
