// Calendar days for the build: reading and writing ISO days, calendar arithmetic, wording. Browser code imports
// isoDay.ts and formatDateValue.ts directly, so the bundle never carries date-fns's arithmetic.
export * from "./calendar.ts";
export * from "./formatDateValue.ts";
export * from "./formatUtc.ts";
export * from "./isoDay.ts";
export * from "./mainPeriod.ts";
