// Words of English grammar the ingest reads sentences by, listed once for every stage that needs them.

/** Reporting verbs: a clause built on one is attribution ("officials said"), not the event it reports. */
export const REPORTING_VERBS: readonly string[] = [
  ...["said", "says", "announced", "warned", "told", "stressed", "emphasized", "emphasised", "added", "reported"],
  ...["stated", "recounted", "confirmed", "noted", "explained", "declared", "insisted", "quoted", "telling"],
];

/** Modal verbs: a clause built on one tells a possibility, a wish or a plan, not something that happened. */
export const MODALS: readonly string[] = ["will", "would", "can", "could", "shall", "should", "may", "might", "must"];
