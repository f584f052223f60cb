import { intlFormat } from "date-fns/intlFormat";

/**
 * Formats a UTC instant in British English word order ("5 March 2011") through date-fns's intlFormat,
 * always in UTC so the reader's (or test machine's) zone never moves a day. intlFormat rides on the
 * platform's Intl, which keeps the browser bundle small.
 */
export function formatUtc(time: number, options: Intl.DateTimeFormatOptions): string {
  return intlFormat(new Date(time), { ...options, timeZone: "UTC" }, { locale: "en-GB" });
}
