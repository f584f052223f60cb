import {
  addDays as fnsAddDays,
  addMonths as fnsAddMonths,
  addWeeks as fnsAddWeeks,
  addYears as fnsAddYears,
} from "date-fns";
import { formatIsoDay, type IsoDay, parseIsoDay } from "./isoDay.ts";

// Texts name the same few days again and again (the publication day, the day before), and each date-fns call builds a
// Date, so shifted days are remembered; the cache is dropped when it grows, to bound memory over a long ingest.
const shifted = new Map<string, IsoDay>();

function remember(unit: string, day: IsoDay, amount: number, shift: () => Date): IsoDay {
  const key = `${unit}|${day}|${amount}`;
  let result = shifted.get(key);
  if (result === undefined) {
    if (shifted.size >= 10_000) shifted.clear();
    result = formatIsoDay(shift());
    shifted.set(key, result);
  }
  return result;
}

/** Moves an ISO day by whole days (negative goes back). */
export function addDays(day: IsoDay, amount: number): IsoDay {
  return remember("d", day, amount, () => fnsAddDays(parseIsoDay(day), amount));
}

/** Moves an ISO day by whole weeks. */
export function addWeeks(day: IsoDay, amount: number): IsoDay {
  return remember("w", day, amount, () => fnsAddWeeks(parseIsoDay(day), amount));
}

/** Moves an ISO day by whole months, clamping to the month's last day (Jan 31 + 1 month = Feb 28). */
export function addMonths(day: IsoDay, amount: number): IsoDay {
  return remember("m", day, amount, () => fnsAddMonths(parseIsoDay(day), amount));
}

/** Moves an ISO day by whole years, clamping Feb 29 to Feb 28. */
export function addYears(day: IsoDay, amount: number): IsoDay {
  return remember("y", day, amount, () => fnsAddYears(parseIsoDay(day), amount));
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDay, to: IsoDay): number {
  return Math.round((parseIsoDay(to).getTime() - parseIsoDay(from).getTime()) / 86_400_000);
}
