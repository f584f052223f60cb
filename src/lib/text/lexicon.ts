// Words of English grammar the ingest reads sentences by, listed once for every stage that needs them.

/** Reporting verbs: a clause built on one is attribution ("officials said"), not the event it reports. */
export const REPORTING_VERBS: readonly string[] = [
  ...["said", "says", "announced", "warned", "told", "stressed", "emphasized", "emphasised", "added", "reported"],
  ...["stated", "recounted", "confirmed", "noted", "explained", "declared", "insisted", "quoted", "telling"],
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
