import type { DateValue } from "../../schema/dateValue.ts";
import { formatUtc } from "./formatUtc.ts";
import { dayToTime } from "./isoDay.ts";

/**
 * A date value in words at its precision: "5 December 2014", "week of 7 July 2025", "December 2024",
 * "spring 2024", "first quarter of 2024", "2014", "the 2010s"; hedged values start with "around".
 */
export function formatDateValue(date: Pick<DateValue, "start" | "end" | "precision" | "approximate">): string {
  const words = exactWords(date);
  return date.approximate ? `around ${words}` : words;
}

function exactWords({ start, end, precision }: Pick<DateValue, "start" | "end" | "precision">): string {
  const year = start.slice(0, 4).replace(/^0+(?=\d)/, "");
  const month = Number(start.slice(5, 7)) - 1;
  switch (precision) {
    case "day":
      return start === end ? dayWords(start) : `${dayWords(start)} to ${dayWords(end)}`;
    case "week":
      return start === end ? `week of ${dayWords(start)}` : `${dayWords(start)} to ${dayWords(end)}`;
    case "month":
      return start.slice(0, 7) === end.slice(0, 7) ? monthWords(start) : `${monthWords(start)} to ${monthWords(end)}`;
    case "season":
      return `${seasonOf(month)} ${year}`;
    case "quarter":
      return `${["first", "second", "third", "fourth"][Math.floor(month / 3)]} quarter of ${year}`;
    case "half":
      return `${month < 6 ? "first" : "second"} half of ${year}`;
    case "year":
      return start.slice(0, 4) === end.slice(0, 4) ? year : `${year} to ${end.slice(0, 4).replace(/^0+(?=\d)/, "")}`;
    case "decade":
      return `the ${year.slice(0, -1)}0s`;
    case "century":
      return `the ${ordinal(Math.floor(Number(year) / 100) + 1)} century`;
  }
}

/** Northern-hemisphere meteorological seasons, as the sources (Levant news) use them. */
function seasonOf(month: number): string {
  return (
    [
      "winter",
      "winter",
      "spring",
      "spring",
      "spring",
      "summer",
      "summer",
      "summer",
      "autumn",
      "autumn",
      "autumn",
      "winter",
    ][month] ?? ""
  );
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}

/** "5 December 2014". */
function dayWords(day: string): string {
  return formatUtc(dayToTime(day), { day: "numeric", month: "long", year: "numeric" });
}

/** "December 2014". */
function monthWords(day: string): string {
  return formatUtc(dayToTime(day), { month: "long", year: "numeric" });
}
