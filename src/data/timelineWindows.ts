import { defaultWindow } from "../lib/timeline/defaultWindow.ts";
import { filterByTopics } from "../lib/timeline/filterByTopics.ts";
import { SCREENS, type ScreenName, trackRowsFor } from "../lib/timeline/geometry.ts";
import type { TimelineItem } from "../lib/timeline/types.ts";
import { daysOfWindow } from "../lib/view/viewState.ts";

/** A default window as days, [from, to] (to inclusive), for each screen class. */
export type ScreenWindows = Record<ScreenName, [string, string]>;

/** Default windows by topic ("" for every topic), as the pages hand them to the client. */
export type TopicWindows = Record<string, ScreenWindows>;

// Pages load the events afresh, so the memo is keyed by what the windows depend on, not by the array.
const memo = new Map<string, TopicWindows>();

/**
 * Each topic's default windows (and every topic's, under ""), chosen from its own events for each screen class.
 * Several pages draw the same timeline (home, topic pages, the embed), so each list and row count is worked out once
 * per build.
 */
export function timelineWindows(items: readonly TimelineItem[], rows: number): TopicWindows {
  const key = `${rows}\n${items.map((item) => `${item.id} ${item.start} ${item.end} ${item.title}`).join("\n")}`;
  const cached = memo.get(key);
  if (cached) return cached;
  const topics = [...new Set(items.flatMap((item) => item.topics))].sort();
  const windows: TopicWindows = {};
  for (const topic of ["", ...topics]) {
    const shown = filterByTopics(items, topic ? [topic] : []);
    const perScreen = {} as ScreenWindows;
    for (const screen of SCREENS) {
      const days = daysOfWindow(defaultWindow(shown, screen.width, { rows, trackRows: trackRowsFor(rows) }));
      perScreen[screen.name] = [days.from, days.to];
    }
    windows[topic] = perScreen;
  }
  memo.set(key, windows);
  return windows;
}
