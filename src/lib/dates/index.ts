export * from "./calendarParts.ts";
export * from "./isoDay.ts";
export * from "./shiftDay.ts";
