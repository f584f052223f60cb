import { MODALS, REPORTING_VERBS } from "../../../text/lexicon.ts";

// Word lists for deriveTitle. They name grammar, not news: a title is cut from the sentence's own words.
const words = (list: string) => new Set(list.split(" "));

/** Reporting verbs as a pattern's alternatives: a clause built on one is attribution ("officials said"), not the event. */
export const SPEECH = REPORTING_VERBS.join("|");
/** Modal verbs. */
export const MODAL = new Set(MODALS);
/** Matches one reporting verb. */
export const SPEECH_VERB = new RegExp(`\\b(?:${SPEECH})\\b`, "i");

/** Clause openers whose clause is background to the sentence: the date belongs to the noun phrase they introduce. */
export const BACKGROUND = words("since following after before until amid");
/** Prepositions whose object can be an event dated right after it ("after the attack on Oct. 7"). */
export const NOUN_PHRASE_OPENER = words("after before since following amid during");
/** Relative pronouns: the clause they open describes the noun before them. */
export const RELATIVE = words("which who that");
/** Where a subordinate clause starts; the title keeps the clause the date is in, or cuts before the first one. */
export const SUBORDINATE =
  /\b(since|following|after|before|until|amid|which|who|whose|that|when|while|as|because|although|though|if|unless|whereas|how|where|despite|saying|seeking|adding|even as)\b/gi;
/** Subordinators: a noun right after one is a clause's subject ("when a bus overturned"). */
export const CLAUSE_OPENER = words(
  "when while as after before because if since until although though where whereas once",
);
/** Words that open a noun phrase; a noun phrase is read back to one of them. */
export const DETERMINER = words("the a an its his her their this these those one");
/** Pronouns: a phrase holding one is a clause, not a noun phrase, and makes a poor title. */
export const PRONOUN = words("he she it they we i you");
/** Auxiliaries: "had sent" is a verb, not the participle of "the letters sent". */
export const AUXILIARY = words("was were is are be been being has have had am");
/** Participles that do not end in -ed, for "the letters sent by Moscow on …". */
export const IRREGULAR_PARTICIPLE = words(
  "sent held made built won lost begun taken given known seen set struck hit shot led brought fought sold paid written spoken broken chosen drawn sworn torn born shown thrown driven",
);
/** Connectives a title should not start with ("But Israel intercepted it"). */
export const LEADING_FILLER = /^(?:and|but|or|so|yet|also|however|meanwhile|then|still)\b[\s,]*/i;
/** Words a title must not end on: a cut at twelve words can leave one dangling ("Israel would not"). */
export const TRAILING_STOP = words(
  "a an and as at but by for from in into of on or the to with that which who his her its their " +
    "is are was were be been being has have had do does did will would can could shall should may might must not never",
);
/** Where a phrase starts: a title cut for length ends before one, not inside the phrase it opens. */
export const PHRASE_START = words(
  "to in on at for from with into by of about over under after before during since against between while as that which who whose and but or",
);
/** Verbs that frame an inference ("his remarks suggested Putin had sent it"): the event is the clause they report. */
export const FRAME_VERB =
  /\b(?:suggested|suggests|indicated|indicates|showed|shows|signalled|signaled|signals|implied|implies|meant|revealed|reveals)\s+(?:that\s+)?/i;
/** Words that pick one of a counted plural before them ("two wars, one in 2006, and the other …"). */
export const DISTRIBUTIVE =
  /^(?:and\s+|but\s+)?(one|another|both|the (?:other|first|second|third|last|latter|former))\b\s*/i;
/** Adverbs that say a clause happened again ("again in May and a third time in July"); what they repeat is the title. */
export const REPEAT =
  /\b(?:and\s+)?(?:again|once more|once again|twice|a (?:second|third|fourth|fifth|sixth|final|last) time)\b/gi;
/** Counts that make a plural noun a set a later fragment can pick from. */
export const COUNT = words("two three four five six seven eight nine ten several multiple");
/** Past tenses of irregular verbs a fragment may give as "-ing" ("the other beginning …" -> "began"). */
export const IRREGULAR_PAST: ReadonlyMap<string, string> = new Map([
  ["beginning", "began"],
  ["breaking", "broke"],
  ["making", "made"],
  ["taking", "took"],
  ["running", "ran"],
  ["coming", "came"],
  ["going", "went"],
  ["holding", "held"],
  ["fighting", "fought"],
  ["leading", "led"],
  ["bringing", "brought"],
  ["giving", "gave"],
  ["winning", "won"],
  ["spreading", "spread"],
]);
/** Words before a name that make it a person's ("Kremlin spokesman Dmitry Peskov", "President Joseph Aoun"). */
export const PERSON_TITLE = words(
  "president prime minister spokesman spokeswoman spokesperson envoy ambassador chancellor king queen prince sheikh emir " +
    "pope general gen. lt. col. colonel commander chief secretary senator sen. rep. governor mayor premier speaker " +
    "mr mr. mrs mrs. ms ms. dr dr. diplomat leader campaigner official journalist activist member",
);
/** Subject pronouns at a title's start that a reader of the timeline cannot resolve. */
export const PERSON_PRONOUN = words("he she his her");
/** Plural subject pronouns, resolved only to a plural name ("Palestinians", "the Houthis"). */
export const GROUP_PRONOUN = words("they their");
