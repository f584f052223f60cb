import { makeIsoDay } from "../../dates/index.ts";
import { monthNumber } from "../../timex/index.ts";

/** What an address's path says of its day: the day ("/2023/05/02/"), or only the month ("/2014/09/"). */
export interface UrlDate {
  day?: string;
  /** YYYY-MM. */
  month?: string;
}

// Only separated path pieces count: "/2019/oct/27/", "/2019-10-28/", "-20130914", "_20190115". Long ids of digits
// ("201492371244889418", "2409201713") are not dates, so a run of digits must be exactly a date.
const PATTERNS: readonly RegExp[] = [
  /(?:^|[/_-])((?:19|20)\d{2})[/_-]([01]\d|[a-z]{3,9})[/_-]([0-3]\d)(?=$|[/_.-])/i,
  /(?:^|[/_-])((?:19|20)\d{2})([01]\d)([0-3]\d)(?=$|[/_.-])/,
];
const MONTH_ONLY = /(?:^|\/)((?:19|20)\d{2})\/([01]\d)(?=\/)/;

/**
 * The date a news address's path carries, or null. Publishers put the day in the path (`/2023/05/02/slug`,
 * `/2022-08-30-slug`, `slug_20190115.html`) or the month (`/archives/2015/03/slug`); a query string or host never counts.
 */
export function dateInUrl(url: string): UrlDate | null {
  let path: string;
  try {
    path = decodeURIComponent(new URL(url).pathname);
  } catch {
    return null;
  }
  for (const pattern of PATTERNS) {
    const m = pattern.exec(path);
    if (!m) continue;
    const month = /^\d+$/.test(m[2] as string) ? Number(m[2]) : monthNumber(m[2] as string);
    const day = makeIsoDay(Number(m[1]), month, Number(m[3]));
    if (day) return { day, month: day.slice(0, 7) };
  }
  const m = MONTH_ONLY.exec(path);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return { month: `${m[1]}-${m[2]}` };
  return null;
}
