import { AUXILIARY, FRAME_VERB, MODAL, SPEECH, SPEECH_VERB, TELL } from "./lexicon.ts";
import { TARGET } from "./text.ts";

// "Netanyahu in a video he posted on Telegram said …": a place or occasion between a speaker and the speech verb.
const ADJUNCT_BEFORE_SPEECH = new RegExp(
  `^(\\p{Lu}\\S*(?:\\s+\\S+){0,5}?)\\s+(?:in|during|at)\\s+(?:a|an|the|his|her|its|their)\\s+[^,]*?\\s+(${SPEECH})\\b`,
  "iu",
);
// "said during a visit to France that …", "announced on Twitter that …": the occasion or the medium between the speech
// verb and what was said (a phrase with its determiner, or up to three words).
const ADJUNCT_AFTER_SPEECH = new RegExp(
  `\\b(${SPEECH})\\s+(?:in|during|at|on)\\s+(?:(?:a|an|the|his|her|its|their)\\b[^,]*?|[\\w.’'-]+(?:\\s+[\\w.’'-]+){0,2})\\s+that\\s+`,
  "i",
);
// A clause of its own: a name, a determiner or a pronoun opens it, or a verb follows within three words.
const CLAUSE_START = /^(?:\p{Lu}|(?:the|a|an|he|she|they|it|its|his|her|their|this|these)\b)/u;
// "The company said that it had cut jobs": the speaker (eight words at most before "that", four without it), the verb,
// and the pronoun that repeats the speaker; "told Reuters that": a verb of telling takes its hearer along.
const SPEAKER = new RegExp(
  `^(?:((?:\\S+\\s+){0,8}?)(?:(?:${SPEECH})\\s+|(?:${TELL})\\s+(?:\\S+\\s+){1,3}?)(?:that|how)\\s+(?:(it|he|she|they|its|his|her|their)\\s+)?` +
    `|((?:\\S+\\s+){0,4}?)(?:${SPEECH})\\s+(it|he|she|they)\\s+(?=\\S+\\s))`,
  "i",
);

/**
 * Drops the frames around what happened, in a main clause that still holds its date marks: an inference whose complement
 * holds the date ("his remarks … suggested Putin had sent it on Wednesday" -> "Putin had sent it on Wednesday"), and an
 * occasion set between a speaker, the speech verb and what was said ("Netanyahu in a video … said" -> "Netanyahu said").
 */
export function dropFrames(text: string): string {
  const frame = text.includes(TARGET) ? FRAME_VERB.exec(text) : null;
  if (frame && text.indexOf(TARGET) > frame.index) {
    const complement = text.slice(frame.index + frame[0].length);
    const subjectWords = text.slice(0, frame.index).split(/\s+/).length;
    if (subjectWords <= 10 && isClause(complement)) return complement;
  }
  if (!SPEECH_VERB.test(text)) return text;
  return text.replace(ADJUNCT_BEFORE_SPEECH, "$1 $2").replace(ADJUNCT_AFTER_SPEECH, "$1 that ");
}

function isClause(text: string): boolean {
  if (CLAUSE_START.test(text)) return true;
  return text
    .split(/\s+/)
    .slice(1, 4)
    .some((w) => AUXILIARY.has(w.toLowerCase()) || MODAL.has(w.toLowerCase()));
}

/**
 * "Officials said that the bridge had closed" -> "the bridge had closed": a short attribution gives way to what was said;
 * a pronoun that opens what was said repeats the speaker ("the company said that it had cut jobs" -> "the company had cut jobs").
 */
export function dropSpeaker(text: string): string {
  const m = SPEAKER.exec(text);
  if (!m) return text;
  // "The company has said it wants …": the speaker without the auxiliary of "has said".
  const speaker = (m[1] ?? m[3] ?? "").trim().replace(/\s+(?:has|have|had)$/i, "");
  const pronoun = m[2] ?? m[4];
  const rest = text.slice(m[0].length);
  // "Her lawyer said she would appeal": a possessor in the speaker is whom the pronoun more likely means; leave it to resolve.
  const repeats =
    pronoun !== undefined &&
    speaker !== "" &&
    !/^(?:he|she|they|it|we|i|you)$/i.test(speaker) &&
    !/\b(?:his|her|their|its)\b|['’]s\b/i.test(speaker);
  // "the army said that its forces had begun raids" -> "the army's forces had begun raids"; a person's "his" or "her" is
  // left to the pronoun rules, which name the person without their titles.
  const possessive = /^(?:its|their)$/i.test(pronoun ?? "");
  if (!repeats || /^(?:his|her)$/i.test(pronoun ?? "")) return pronoun ? `${pronoun} ${rest}` : rest;
  return possessive ? `${speaker}${/s$/.test(speaker) ? "'" : "'s"} ${rest}` : `${speaker} ${rest}`;
}
