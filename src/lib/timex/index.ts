export { findInvalidDates } from "./findInvalidDates.ts";
export { monthNumber } from "./lexicon.ts";
export { recogniseTimexes } from "./recogniseTimexes.ts";
export type * from "./types.ts";
