import { MODALS, REPORTING_VERBS } from "../../../text/lexicon.ts";

// Word lists for deriveTitle. They name grammar, not news: a title is cut from the sentence's own words.
const words = (list: string) => new Set(list.split(" "));

/** Reporting verbs as a pattern's alternatives: a clause built on one is attribution ("officials said"), not the event. */
export const SPEECH = REPORTING_VERBS.join("|");
/** Verbs of telling, whose hearer comes before what was said ("told Reuters that …"), as alternatives of a pattern. */
export const TELL = "told|telling|informed|assured|reminded|warned";
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
/** Connectives a title should not start with ("But Israel intercepted it"). */
export const LEADING_FILLER = /^(?:and|but|or|so|yet|also|however|meanwhile|then|still)\b[\s,]*/i;
/** Adverbs that link a sentence to the text around it ("meanwhile accused"); a long title can lose them. */
export const DISCOURSE_ADVERB = words("meanwhile however also moreover furthermore nonetheless nevertheless");
/** Words that open a sentence alone before a comma, besides the discourse adverbs ("Still, …", "Instead, …", "Now, …"). */
export const ONE_WORD_OPENERS = words(
  "still instead now then again yet thus indeed overall later earlier here there yes no well besides otherwise " +
    "elsewhere afterwards today yesterday tonight",
);
/** Words a title must not end on: a cut at twelve words can leave one dangling ("Israel would not"). */
export const TRAILING_STOP = words(
  "a an and as at but by for from in into of on or the to with that which who his her its their " +
    "is are was were be been being has have had do does did will would can could shall should may might must not never",
);
/** Participles that open a phrase like a preposition ("a ceasefire starting at 0400", "sites including Fordo"). */
export const PHRASE_PARTICIPLE = words("starting beginning ending including following");
/** Where a phrase starts: a title cut for length ends before one, not inside the phrase it opens. */
export const PHRASE_START = new Set([
  ...words(
    "to in on at for from with into by of about over under after before during since against between while as that which who whose and but or",
  ),
  ...PHRASE_PARTICIPLE,
]);
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
/**
 * Irregular verbs as news uses them, a row each: the "-ing" form, the past tense and the past participle. A regular
 * verb's are made by rule ("starting", "started"); these are not ("hearing" -> "heard", never "heared"). A participle
 * of "-" is not taken for one: it reads first as an adjective ("two districts left", "fallen soldiers") or as the
 * past tense of the clause's own verb ("said", "told").
 */
const IRREGULAR_VERBS = `
  beginning began begun, breaking broke broken, making made made, taking took taken,
  running ran -, coming came -, going went gone, holding held held,
  fighting fought fought, leading led led, bringing brought brought, giving gave given,
  winning won won, spreading spread -, meeting met -, leaving left -,
  seeing saw seen, telling told -, speaking spoke spoken, sending sent sent,
  losing lost lost, paying paid paid, saying said -, building built built,
  hitting hit hit, putting put -, setting set set, becoming became become,
  selling sold sold, writing wrote written, keeping kept -, flying flew -,
  getting got -, finding found -, choosing chose chosen, hearing heard -,
  standing stood -, falling fell -, rising rose -, growing grew -,
  knowing knew known, striking struck struck, shooting shot shot, driving drove driven,
  throwing threw thrown, overthrowing overthrew overthrown, drawing drew drawn, withdrawing withdrew withdrawn,
  feeling felt -, meaning meant -, quitting quit -, reading read -,
  sitting sat -, shutting shut -, sleeping slept -, spending spent -,
  splitting split -, stealing stole -, swearing swore sworn, tearing tore torn,
  understanding understood -, waking woke -, showing showed shown, doing did done,
  cutting cut -, seeking sought sought, buying bought -, catching caught caught,
  hiding hid -, freezing froze -, shaking shook -, forgetting forgot -,
  hanging hung -, upholding upheld upheld, undertaking undertook undertaken, sinking sank -,
  bearing bore born, feeding fed -, dealing dealt -, sticking stuck -,
  arising arose -, forbidding forbade -, lending lent -
`
  .split(",")
  .map((row) => row.trim().split(" ") as [ing: string, past: string, participle: string]);
/** Past tenses of irregular verbs a fragment or a clause may give as "-ing" ("the other beginning …" -> "began"). */
export const IRREGULAR_PAST: ReadonlyMap<string, string> = new Map(IRREGULAR_VERBS.map(([ing, past]) => [ing, past]));
/** Participles that do not end in -ed, for "the letters sent by Moscow on …". */
export const IRREGULAR_PARTICIPLE = new Set(
  IRREGULAR_VERBS.flatMap(([, , participle]) => (participle === "-" ? [] : [participle])),
);
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
/** Past tenses that do not end in -ed, to tell a clause's verb ("the rebel offensive overthrew …", "protests began …"). */
export const IRREGULAR_PAST_TENSE = new Set(IRREGULAR_VERBS.map(([, past]) => past));
/** Prepositions that open a phrase a title can lose whole; "of" is not one: it binds its noun to the one before. */
export const PREPOSITION = words(
  "to in on at for from with into by about over under after before during since against between across through " +
    "toward towards near amid without within along around",
);
/** Words that head a compound preposition ("south of Sanaa", "close to the border", "loyal to", "such as", "along with"). */
export const COMPOUND_PREPOSITION_HEAD = words(
  "south north east west ahead because instead out close due next prior according thanks regardless loyal such along together",
);
/** Adverbs that go with the subordinator after them ("just after", "shortly before", "even as"). */
export const SUBORDINATE_ADVERB = words("just shortly soon long right even only immediately moments");
/** Nouns of a stretch of time: "the end of 2020" names no event of that date ("the invasion of 2003" does). */
export const TIME_NOUN = words(
  "end start beginning middle half part rest course spring summer autumn fall winter week weekend month year day night " +
    "morning evening afternoon decade century quarter",
);
