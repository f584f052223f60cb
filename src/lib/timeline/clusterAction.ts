import { DAY_MS } from "../dates/isoDay.ts";
import { layoutEvents } from "./layoutEvents.ts";
import type { Cluster, TimelineItem } from "./types.ts";
import { clampWindow } from "./zoomLimits.ts";

/** What choosing a cluster does: zoom to fit its events, or list them where no zoom would draw them apart. */
export type ClusterAction = { kind: "zoom"; window: [number, number] } | { kind: "list"; ids: string[] };

/**
 * Zooms to fit a cluster's events, with some air around them; lists them instead when zooming cannot separate them:
 * all on one day, or the zoom would draw none of them on its own (the window is already as narrow as it goes).
 */
export function clusterAction(
  items: readonly TimelineItem[],
  cluster: Pick<Cluster, "from" | "to" | "ids">,
  extent: readonly [number, number],
  width: number,
  rows: { rows: number; trackRows: number },
): ClusterAction {
  const list = { kind: "list", ids: cluster.ids } as const;
  if (cluster.to - cluster.from <= DAY_MS) return list;
  const pad = Math.max((cluster.to - cluster.from) * 0.15, DAY_MS);
  const window = clampWindow([cluster.from - pad, cluster.to + pad], extent);
  const ids = new Set(cluster.ids);
  const { placed } = layoutEvents(items, window, width, rows);
  return placed.some((p) => ids.has(p.item.id)) ? { kind: "zoom", window } : list;
}
