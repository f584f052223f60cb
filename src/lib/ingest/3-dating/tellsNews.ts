import {
  BACK_POINTERS,
  CONTENT_NOUNS,
  CONTRASTS,
  NEGATED_AUXILIARIES,
  NEGATIONS,
  REPORTING_VERBS,
  SUBORDINATORS,
} from "../../text/lexicon.ts";
import { IRREGULAR_PAST } from "../../timex/index.ts";

// Whether a sentence tells news of its own, read from its grammar: what context may date (contextDates). A sentence
// that points back, qualifies, denies, or tells its happening only in a subordinate clause, the pluperfect or the
// present details or comments on news already told. Rough rules of news English, with no parser: each is a row of
// tests/unit/ingest/3-dating/tellsNews.test.ts.

// A sentence that opens by pointing back ("That conflict …", "It comes after …", "He said …", "The three were …")
// comments on or details what came before rather than telling news of its own.
const POINTS_BACK = new RegExp(`^\\W*(?:${BACK_POINTERS.join("|")})\\b`, "i");
// A contrast that opens the sentence ("However, …") or stands after its subject between commas ("Hagari, though, …").
const CONTRASTED = new RegExp(`^\\W*(?:(?:${CONTRASTS.join("|")})\\b|[^,]{1,40},\\s*(?:${CONTRASTS.join("|")}),)`, "i");
// A verb in the simple past, active or passive: "were killed", "confirmed", "began", "shot down". Not a participle of
// the pluperfect ("had killed": before the time the story is at), of the present perfect ("have worsened", "has
// warned": a state of the present, at no time of its own) or of a compound ("US-backed"), nor one after an article or a
// possessive, which is an adjective ("a retired teacher"). The reporting verbs ("said", "told") tell no happening.
const HAPPENED = IRREGULAR_PAST.filter((verb) => !REPORTING_VERBS.includes(verb));
const PAST_EVENT = new RegExp(
  `(?<!\\b(?:is|are|be|been|being|am|had|has|have|[Aa]|[Aa]n|[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur)\\s+|-)\\b(?:(?:was|were)\\s+(?:[a-z]+ly\\s+)?[a-z]+(?:ed|en|wn|ht|lt)|(?!(?:need|speed|seed|feed|bleed|breed|creed|indeed)\\b)[a-z]{3,}ed|${HAPPENED.join("|")})\\b`,
);
const NEGATED = new RegExp(
  `\\b(?:${NEGATIONS.join("|")})\\b|\\b(?:${NEGATED_AUXILIARIES.join("|")})\\s+not\\b|n't\\b`,
  "i",
);
// The sentence's first verb, roughly: the main clause's, in news English where the subject comes first.
const FIRST_VERB = /\b(?:is|are|was|were|has|have|had|says|said|told|[a-z]{3,}ed)\b/i;
// The attribution that closes a sentence (", added the statement.", ", two officials told the agency."): its verb is
// the reporting one, not the news's.
const ATTRIBUTION = new RegExp(`,\\s*(?:\\S+\\s+){0,6}(?:${REPORTING_VERBS.join("|")})(?:\\s+\\S+){0,3}\\s*$`, "i");
// A quotation of a few words is the sentence's own wording ("said he was “martyred” in a strike"); a longer one is
// someone else's speech, whose verbs tell what they said, not what the report tells.
const QUOTATION = /["“][^"”]{25,}["”]/g;

/**
 * A report that tells more news: it does not point back at what came before, denies nothing, and has a verb in the
 * simple past other than the reporting one ("officials said the famine is likely" tells a view; "said the blast
 * killed" tells news).
 */
export function tellsNews(text: string): boolean {
  // Brackets hold an aside ("• Kulanu (centre-right, focused on the economy)"), never the sentence's news.
  const outsideQuotes = text.replace(QUOTATION, " ").replace(/\([^()]*\)/g, " ");
  // "Israel had continued shelling …": the pluperfect tells what came before the time the story is at.
  const anterior = FIRST_VERB.exec(outsideQuotes)?.[0].toLowerCase() === "had";
  const told = mainClauses(outsideQuotes.replace(ATTRIBUTION, ""));
  return (
    !POINTS_BACK.test(text) &&
    !CONTRASTED.test(text) &&
    !NEGATED.test(outsideQuotes) &&
    !anterior &&
    PAST_EVENT.test(told)
  );
}

// Where a clause that is not the main one opens: a comma (not in "2,000"), a relative or subordinating word, or a "that"
// after a noun it tells the content of ("confirmation that …") or with no reporting verb just before it ("told Reuters
// that …" goes on with the main clause).
const SUBORDINATE = new RegExp(
  `,(?!\\d)|(?<!\\bsuch\\s)\\b(?:${SUBORDINATORS.join("|")})\\b|(?<=\\b(?:${CONTENT_NOUNS.join("|")})\\s+)that\\b|(?<!\\b(?:${REPORTING_VERBS.join("|")})(?:\\s+\\S+){0,4}\\s+)\\bthat\\b`,
  "gi",
);
const OPENS_SUBORDINATE = new RegExp(`^\\s*(?:${SUBORDINATORS.join("|")}|that)\\b`, "i");

/** The words of a sentence's main clauses, roughly: its parts between clause breaks that no subordinating word opens. */
export function mainClauses(text: string): string {
  const parts: string[] = [];
  let from = 0;
  for (const m of text.matchAll(SUBORDINATE)) {
    parts.push(text.slice(from, m.index));
    from = m[0] === "," ? m.index + 1 : m.index;
  }
  parts.push(text.slice(from));
  return parts.filter((part) => part.trim() !== "" && !OPENS_SUBORDINATE.test(part)).join(" ; ");
}
