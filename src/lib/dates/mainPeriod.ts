/**
 * The timeline's main period starts with the Syrian uprising: events that end before it are background (`context`),
 * reached by zooming out. One constant for the ingest, which marks them, and the timeline, which frames them.
 */
export const MAIN_PERIOD_START = "2011-03-01";
