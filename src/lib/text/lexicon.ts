// Words of English grammar the ingest reads sentences by, listed once for every stage that needs them.

/** Reporting verbs: a clause built on one is attribution ("officials said"), not the event it reports. */
export const REPORTING_VERBS: readonly string[] = [
  ...["said", "says", "announced", "warned", "told", "stressed", "emphasized", "emphasised", "added", "reported"],
  ...["stated", "recounted", "confirmed", "noted", "explained", "declared", "insisted", "quoted", "telling"],
  // What was posted or written reports as what was said ("tweeted that …", "wrote in a statement that …").
  ...["tweeted", "wrote", "claimed"],
  // A first-person announcement ("I am announcing that …") reports as "announced" does.
  ...["announcing"],
];

/** Modal verbs: a clause built on one tells a possibility, a wish or a plan, not something that happened. */
export const MODALS: readonly string[] = ["will", "would", "can", "could", "shall", "should", "may", "might", "must"];

/**
 * Words of a plan in a main clause ("talks are due to resume"): like a modal, they tell what is to come, not what was done.
 * "Due to" only after a form of "be": bare, it means "because of" ("fled due to the shelling"), which tells a deed.
 */
export const PLAN_WORDS: readonly string[] = [
  ...["is to", "are to", "was to", "plan to", "plans to", "expected to", "set to"],
  ...["is due to", "are due to", "was due to", "were due to", "be due to"],
];

/** Participles that put a plan on the calendar ("is scheduled for later this month"): their "-ed" tells nothing done. */
export const PLAN_PARTICIPLES: readonly string[] = ["scheduled", "rescheduled", "slated", "planned", "expected"];

/** Words that open a condition: a date inside one is a hypothesis ("if it happens on Monday"), not an event. */
export const CONDITIONALS: readonly string[] = ["if", "unless", "in case", "in the event that", "provided that"];

/**
 * Words after which "if" asks whether, not on what condition ("it was not immediately clear if anyone was killed in
 * Monday's strike"): the date there is the news's own.
 */
export const IF_AS_WHETHER_AFTER: readonly string[] = [
  ...["clear", "unclear", "known", "unknown", "say", "said", "says", "tell", "told", "know", "knew", "ask", "asked"],
  ...["see", "check", "confirm", "confirmed", "wonder", "wondered", "question", "determine", "verify"],
];

/** Words that deny what a clause tells ("said there had been no clashes", "never reached"): a denial is no happening. */
export const NEGATIONS: readonly string[] = ["no", "never", "none", "neither", "nobody", "nothing"];

/** Auxiliaries that "not" denies a verb after ("did not fire", "were not hurt"); "or not" denies nothing. */
export const NEGATED_AUXILIARIES: readonly string[] = [
  ...["do", "does", "did", "is", "are", "was", "were", "has", "have", "had", "could", "would", "will"],
];

/**
 * Subjects that point back at what the sentence before told ("He said …", "They fled …", "The three were …"): the
 * sentence gives detail of news already told, not news of its own.
 */
export const BACK_POINTERS: readonly string[] = [
  ...["that", "this", "these", "those", "it", "there", "such", "he", "she", "they"],
  ...["the two", "the three", "the four", "the five", "the six", "the seven", "the eight", "the nine", "the ten"],
];

/**
 * Words that set a sentence against the one before ("However, …", "Hagari, though, said …"): it qualifies news already
 * told rather than telling news of its own.
 */
export const CONTRASTS: readonly string[] = ["however", "though", "but", "yet", "still", "nonetheless", "nevertheless"];

/**
 * Nouns whose "that" clause is their content, not news the sentence tells ("confirmation that he was killed is
 * pending", "fears that the truce collapsed").
 */
export const CONTENT_NOUNS: readonly string[] = [
  ...["confirmation", "fact", "news", "claim", "claims", "report", "reports", "fear", "fears", "hope", "hopes"],
  ...["belief", "evidence", "sign", "signs", "suggestion", "suggestions", "assurance", "assurances", "rumours"],
  ...["rumors", "idea", "possibility", "likelihood", "speculation", "allegation", "allegations", "doubt", "doubts"],
];

/** Words that open a subordinate clause: what it tells hangs on the main clause ("as troops advanced"). */
export const SUBORDINATORS: readonly string[] = [
  ...["which", "who", "whose", "whom", "what", "when", "while", "as", "because", "although", "though", "after"],
  ...["before", "since", "until", "where", "if"],
];
