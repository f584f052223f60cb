export { findInvalidDates } from "./findInvalidDates.ts";
export { recogniseTimexes } from "./recogniseTimexes.ts";
export type * from "./types.ts";
export { monthNumber } from "./values.ts";
