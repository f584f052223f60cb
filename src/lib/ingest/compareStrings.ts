/** Code-unit order: unlike localeCompare, the same on every machine and ICU version, so output order never drifts. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
