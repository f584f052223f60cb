/**
 * Splits a quote around the first occurrence of the words that dated it, [before, words, after], so the
 * page can highlight them; [quote] alone when the words are not in it (an editor changed one of them).
 */
export function splitQuote(quote: string, dateText: string): string[] {
  const at = dateText ? quote.indexOf(dateText) : -1;
  if (at === -1) return [quote];
  return [quote.slice(0, at), dateText, quote.slice(at + dateText.length)];
}
