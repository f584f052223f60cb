// Share widgets leave their labels and counters as lines of their own ("TT" for the text-size toggle, "20" for a share count).
const WIDGET_LABEL =
  /^(?:TT|A\+?|A-|\d{1,4}|share|shares|tweet|print|email|e-mail|whatsapp|facebook|twitter|x|telegram|linkedin|copy link|comments?)$/i;

/** True for a line that is page furniture, not article text: widget labels, counters, lone punctuation. */
export function isNoiseLine(line: string): boolean {
  const text = line.trim();
  if (text === "") return true;
  if (WIDGET_LABEL.test(text)) return true;
  // A line with no letter or digit at all (a rule of dashes, a bullet) carries no words.
  return !/[\p{L}\p{N}]/u.test(text);
}
