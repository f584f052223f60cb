import { decodePayload, type TimelinePayload } from "../lib/timeline/encodePayload.ts";
import type { MonthCounts } from "../lib/timeline/monthCounts.ts";
import type { TimelineItem } from "../lib/timeline/types.ts";

/** Fetches the compact event list the timeline zooms over and the overview's month counts (same origin only, by CSP). */
export async function loadItems(src: string): Promise<{ items: TimelineItem[]; counts: MonthCounts }> {
  const response = await fetch(src, { credentials: "same-origin" });
  if (!response.ok) throw new Error(`timeline data ${src}: HTTP ${response.status}`);
  const payload = (await response.json()) as TimelinePayload;
  return { items: decodePayload(payload), counts: payload.overview };
}
