/** Formatters by their options: making an Intl.DateTimeFormat costs far more than using one, and a frame uses hundreds. */
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * Formats a UTC instant in British English word order ("5 March 2011") with the platform's Intl, always in UTC so the
 * reader's (or test machine's) zone never moves a day. Intl keeps the browser bundle small; each set of options makes
 * its formatter once, since the timeline labels hundreds of marks on every zoom frame.
 */
export function formatUtc(time: number, options: Intl.DateTimeFormatOptions): string {
  const key = JSON.stringify(options);
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-GB", { ...options, timeZone: "UTC" });
    formatters.set(key, formatter);
  }
  return formatter.format(time);
}
