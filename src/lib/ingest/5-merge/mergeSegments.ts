// Where the merge can be cut: mergeEvents goes through reports by precision, then start, and a report can only join a
// group still open at its start. Wherever no earlier report of the same precision reaches a report's start, no group
// is open there, so the reports before and after are merged independently. The ingest script caches the events of
// each such segment, so that a changed article recomposes only the segments its reports fall in.

/** The fields of a report that place it in the merge: its date's precision, start and end, and its unique key. */
export interface MergePlace {
  precision: string;
  start: string;
  end: string;
  key: string;
}

/** The fields that order reports for the merge: precision, start, end, key (unique, so the order is total). */
export function mergeOrder(place: MergePlace): string[] {
  return [place.precision, place.start, place.end, place.key];
}

/**
 * `items` split into the merge's independent segments, segments in merge order; within a segment, items keep their
 * input order by start (mergeEvents sorts each segment itself). A segment ends where the next report has another
 * precision or starts after every end in the segment so far. Items are bucketed by precision and start, so only the
 * buckets are sorted: this runs over every report of the archive on every run.
 */
export function mergeSegments<T>(items: readonly T[], place: (item: T) => MergePlace): T[][] {
  // Precision, then start, then the bucket: nested maps, so no key is built per item.
  const buckets = new Map<string, Map<string, { end: string; items: T[] }>>();
  for (const item of items) {
    const at = place(item);
    let byStart = buckets.get(at.precision);
    if (!byStart) {
      byStart = new Map();
      buckets.set(at.precision, byStart);
    }
    const bucket = byStart.get(at.start);
    if (!bucket) byStart.set(at.start, { end: at.end, items: [item] });
    else {
      bucket.items.push(item);
      if (at.end > bucket.end) bucket.end = at.end;
    }
  }
  const segments: T[][] = [];
  for (const precision of [...buckets.keys()].sort()) {
    const byStart = buckets.get(precision) as Map<string, { end: string; items: T[] }>;
    let current: T[] = [];
    let end = "";
    for (const start of [...byStart.keys()].sort()) {
      const bucket = byStart.get(start) as { end: string; items: T[] };
      if (current.length > 0 && start > end) {
        segments.push(current);
        current = [];
      }
      if (current.length === 0 || bucket.end > end) end = bucket.end;
      for (const item of bucket.items) current.push(item);
    }
    if (current.length > 0) segments.push(current);
  }
  return segments;
}

/**
 * `items` sorted by the fields `fields` gives each, compared in turn as strings: the fields are joined once per item
 * with a separator below every character, which orders as the field-by-field comparison would, at a fraction of the
 * comparator calls' cost (the merge sorts tens of thousands of reports on every run).
 */
export function sortedBy<T>(items: readonly T[], fields: (item: T) => string[]): T[] {
  const keyed = items.map((item) => ({ item, key: fields(item).join("\u0000") }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return keyed.map(({ item }) => item);
}
