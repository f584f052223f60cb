/** Folds the typographic variants scrapes disagree on: curly quotes, dashes, non-breaking and repeated spaces. */
export function foldTypography(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2013\u2014]/g, "-")
    .replace(/[\s\u00A0\u2007\u202F\uFEFF]+/g, " ")
    .trim();
}

/** Key under which two headlines count as the same: typography folded, case ignored. */
export function normaliseHeadline(headline: string): string {
  return foldTypography(headline).toLowerCase();
}
