import { cutAtSubordinate, isThin, ownSubject, subjectOf, subordinates } from "./clauses.ts";
import { BACKGROUND, DETERMINER, PREPOSITION, RELATIVE, SPEECH_VERB } from "./lexicon.ts";
import { hasVerbForm, isVerbForm, lastWords, opensWithVerb, pastOf, removeDates, TARGET, wordCount } from "./text.ts";

// Title strategies that take the subordinate clause holding the date, when the date belongs to it rather than to the
// sentence's main event: a "when" clause after the date, a relative clause with its noun, a background clause.

/** "…since 2015, when gunmen killed 38 tourists" -> "Gunmen killed 38 tourists": a "when" clause that tells what the date was. */
export function whenClause(segments: readonly string[], k: number): string | null {
  const next = segments[k + 1];
  if (!next || !/\uE000[\s.]*$/.test(segments[k] as string)) return null;
  const m = /^when\s+/i.exec(next);
  return m ? cutAtSubordinate(removeDates(next.slice(m[0].length))) : null;
}

/** The subordinate clause that holds the date, when the date belongs to it rather than to the main event. */
export function clauseOfDate(segments: readonly string[], k: number): string | null {
  const segment = segments[k] as string;
  const at = segment.indexOf(TARGET);
  const all = subordinates(segment);
  const markers = all.filter((m) => m.index < at);
  // "since 2015 in support of …", "after 6 in the morning", "after an eight-hour pause on Thursday": a marker whose
  // object is the date itself, a clock time or a bare indefinite noun gives no event; the clause around it has the date.
  const marker = markers.findLast((m) => !BACKGROUND.has((m[1] as string).toLowerCase()) || namesEvent(segment, m, at));
  if (!marker) return null;
  const lead = (marker[1] as string).toLowerCase();
  const next = all.find((n) => n.index > at);
  let clause = segment
    .slice(marker.index + marker[0].length, next?.index ?? segment.length)
    .trim()
    .replace(/[.!?]+$/, "");
  let before = segment.slice(0, marker.index).trim();
  let ofPhrase = "";
  if (RELATIVE.has(lead)) {
    // "optimism that surfaced last week of a looming deal has faded": an auxiliary after the date is the main verb's, so
    // the relative clause ends at the date and an "of" phrase between them belongs to the noun.
    const after = clause.slice(clause.indexOf(TARGET) + 1);
    // "The envoy who brokered a truce in April returned …": in a relative inside the subject, a verb right after the
    // date is the main clause's too.
    const subject = !hasVerbForm(before) && isVerbForm(/^\s*(\S+)/.exec(after)?.[1] ?? "") ? /^\s*/.exec(after) : null;
    const main =
      subject ?? /\b(?:has|have|had|is|are|was|were|will|would|could|can|may|might|must|should)\b/.exec(after);
    if (main && clause.indexOf(TARGET) > 0) {
      const between = after.slice(0, main.index).trim();
      clause = clause.slice(0, clause.indexOf(TARGET) + 1);
      if (/^of\b/.test(between)) ofPhrase = ` ${between}`;
    }
    // "an installation which hosted … and which the Houthis captured": the second relative has the first one's noun.
    const first = /\s(?:and|but)$/.test(before) ? subordinates(before).find((r) => isRelative(r)) : undefined;
    if (first) before = before.slice(0, first.index).trim();
  }
  const rest = removeDates(clause);
  const afterSpeech = SPEECH_VERB.test(lastWords(before, 1));
  if ((lead === "that" || lead === "how") && afterSpeech) return wordCount(before) <= 5 ? rest : null;
  if (BACKGROUND.has(lead)) {
    // "he wrote after signing the deal on Monday": a gerund's subject is the main clause's ("He signed the deal").
    const gerund = /^(?!being|having)([a-z]{3,}ing)\s+(?=\S)/.exec(rest);
    const subject = gerund ? subjectOf(before) : null;
    if (gerund && subject) return `${subject} ${pastOf(gerund[1] as string)} ${rest.slice(gerund[0].length)}`;
    return wordCount(rest) >= 2 ? rest.replace(/^the\s+/i, "") : null;
  }
  // "Tensions rose when the army joined the war on June 22": the date's event is the when-clause, if the clause it
  // tells the time of is thin or a state ("Millions are eligible to vote when the country heads to the polls").
  if (lead === "when" || lead === "as") {
    const main = removeDates(before);
    // "as" is also a preposition ("imprisoned as an activist"): after it, only words with a verb are a clause.
    const clause = wordCount(rest) >= 3 && !opensWithVerb(rest) && (lead === "when" || hasVerbForm(rest));
    return clause && (isThin(main) || isStative(main)) ? rest : null;
  }
  if (!RELATIVE.has(lead)) return null;
  const noun = apposed(before, segments, k) ?? nounPhrase(before || (segments[k - 1] ?? ""));
  if (!noun || wordCount(rest) === 0) return null;
  const antecedent = noun + ofPhrase;
  // "that Israel shattered" has its own subject: the antecedent is its object.
  return ownSubject(rest)
    ? `${rest} ${antecedent.replace(/^(?:The|A|An)\b/, (d) => d.toLowerCase())}`
    : `${antecedent} ${rest}`;
}

/** Whether the words after a background marker name an event, rather than being the date, a time or a bare noun. */
function namesEvent(segment: string, marker: RegExpExecArray, at: number): boolean {
  const object = segment.slice(marker.index + marker[0].length).trim();
  if (object.startsWith(TARGET)) return false;
  // The object up to the date, with the date's preposition: "a brief lull (on Thursday)".
  const bare = removeDates(object.slice(0, object.indexOf(TARGET) + 1 || object.length));
  return !(/^\d/.test(bare) || (at > marker.index && /^(?:a|an)\s+\S+(?:\s+\S+)?$/i.test(bare)));
}

function isRelative(m: RegExpExecArray): boolean {
  return RELATIVE.has((m[1] as string).toLowerCase());
}

const STATE = /\b(?:is|are|was|were|remains?|has|have)\s+(\S+)/i;

/** A state, not an event: "are eligible", "has no plans", "remains closed"; not "has closed", "was holding". */
function isStative(clause: string): boolean {
  const next = STATE.exec(clause)?.[1];
  return next !== undefined && !isVerbForm(next) && !/ing$/.test(next);
}

// Where reading a noun phrase back stops: a verb, a subordinator or a relative, a conjunction before a verb.
const NP_STOP = /^(?:when|while|as|if|because|although|though|whether|where|who|which|that|whose|but|than)$/i;

/**
 * The noun a relative clause describes, read back from the relative pronoun: to its determiner ("a two-month
 * ceasefire", "the al-Anad airbase in southern Lahj province"), or else back to a verb or a preposition ("joined
 * anti-government protests", "in Yemen's third city Taiz", "recapturing all of east Aleppo").
 */
function nounPhrase(text: string): string | null {
  const words = removeDates(text)
    .replace(/[.,;:]+$/, "")
    .split(/\s+/)
    .filter(Boolean);
  for (let d = words.length - 1; d >= Math.max(0, words.length - 7); d -= 1) {
    const word = (words[d] as string).toLowerCase();
    if (DETERMINER.has(word)) return words.slice(d).join(" ");
    // "the most wanted list", "a newly elected body": after an adverb a participle describes the noun.
    const adjective = /^(?:most|more|less|least|well|newly|so|\w+ly)$/i.test(words[d - 1] ?? "");
    if ((isVerbForm(word) && !adjective) || NP_STOP.test(word)) break;
  }
  let s = words.length;
  while (s > 0 && words.length - s < 6) {
    const word = (words[s - 1] as string).toLowerCase();
    // An "-ing" word before the noun is its verb ("recapturing all of east Aleppo"); the noun itself may be one ("shelling").
    const verb = isVerbForm(word) || (s < words.length && /^[a-z]{3,}ing$/.test(word));
    // "and" between names joins them ("Hezbollah and Israel"); elsewhere it joins a clause before.
    const pair = /^(?:and|or)$/.test(word) && /^\p{Lu}/u.test(words[s] ?? "") && /^\p{Lu}/u.test(words[s - 2] ?? "");
    if (verb || NP_STOP.test(word) || PREPOSITION.has(word) || (/^(?:and|or)$/.test(word) && !pair)) break;
    s -= 1;
  }
  // "hostilities between Hezbollah and Israel": the pair after "between" belongs to the noun before it.
  if (/^(?:between|among)$/i.test(words[s - 1] ?? "")) return null;
  const stopped = s > 0 && words.length - s < 6;
  return s < words.length && (stopped || words.length <= 6) ? words.slice(s).join(" ") : null;
}

/**
 * "Strikes targeted the airbase in the south, an installation which …": an indefinite noun set off after a noun
 * phrase renames it, so the relative clause describes the noun phrase before.
 */
function apposed(before: string, segments: readonly string[], k: number): string | null {
  if (k === 0 || !/^(?:a|an)\s+\S+(?:\s+\S+)?$/i.test(before)) return null;
  // The object of the verb before, with its phrases ("the dam on the river"), renamed by the apposition.
  const words = removeDates(segments[k - 1] as string).split(/\s+/);
  const verb = words.findLastIndex((w) => isVerbForm(w));
  const object = words.slice(verb + 1);
  if (verb >= 0 && object.length <= 7 && /^(?:the|its|his|her|their)$/i.test(object[0] ?? "")) return object.join(" ");
  const previous = nounPhrase(segments[k - 1] as string);
  return previous && /^(?:the|its|his|her|their)\s/i.test(previous) ? previous : null;
}
