export { futureBefore } from "./clauseTense.ts";
export { findInvalidDates } from "./findInvalidDates.ts";
export { IRREGULAR_PAST } from "./lexicon.ts";
export {
  dateLabelBefore,
  opensWithDateLabel,
  PAGE_AGE,
  PAGE_DATE_WORDS_PATTERN,
  PAGE_FIELD,
  separateGluedDates,
} from "./pageDates.ts";
export { FURNITURE_WORDS } from "./pageFurniture.ts";
export { recogniseTimexes } from "./recogniseTimexes.ts";
export { clauseFollows } from "./rules/anchored.ts";
export type * from "./types.ts";
export { monthNumber, weekdayNumber } from "./values.ts";
