import { itemTimes } from "./prepareItems.ts";
import type { TimelineItem } from "./types.ts";

/**
 * Where a keyboard move lands in the time-ordered items: one step from the current event, or the first
 * or last event. With no current event a step starts from the first event in view, not the archive's first.
 */
export function stepIndex(
  items: readonly TimelineItem[],
  activeId: string | null,
  move: { kind: "move"; by: -1 | 1 } | { kind: "jump"; to: "first" | "last" },
  viewStart: number,
): number {
  if (items.length === 0) return -1;
  if (move.kind === "jump") return move.to === "first" ? 0 : items.length - 1;
  const current = items.findIndex((item) => item.id === activeId);
  if (current === -1)
    return Math.max(
      items.findIndex((item) => itemTimes(item)[1] >= viewStart),
      0,
    );
  return Math.min(Math.max(current + move.by, 0), items.length - 1);
}
