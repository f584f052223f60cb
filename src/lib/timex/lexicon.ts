// The recogniser's words, as data: every word list its rules match lives here once, in the spirit of HeidelTime's
// `repattern/` and `normalization/` resources. Rules build their patterns from these lists (see pattern.ts) and never
// spell a list inside a regular expression; adding a spelling touches one line here.

/** Months: number, full name, and abbreviations as news writes them (with and without a full stop). */
export const MONTHS = [
  { number: 1, name: "January", short: ["Jan.", "Jan"] },
  { number: 2, name: "February", short: ["Feb.", "Feb"] },
  { number: 3, name: "March", short: ["Mar.", "Mar"] },
  { number: 4, name: "April", short: ["Apr.", "Apr"] },
  { number: 5, name: "May", short: [] },
  { number: 6, name: "June", short: ["Jun.", "Jun"] },
  { number: 7, name: "July", short: ["Jul.", "Jul"] },
  { number: 8, name: "August", short: ["Aug.", "Aug"] },
  { number: 9, name: "September", short: ["Sept.", "Sept", "Sep.", "Sep"] },
  { number: 10, name: "October", short: ["Oct.", "Oct"] },
  { number: 11, name: "November", short: ["Nov.", "Nov"] },
  { number: 12, name: "December", short: ["Dec.", "Dec"] },
] as const;

/** Abbreviations that are also English words or names ("Mar", "Jun", "Sep"): months only before a day number. */
export const MONTH_SHORT_ONLY_BEFORE_DAY = ["Mar", "Jun", "Jul", "Sep"] as const;

/** Weekdays: ISO number, name, and the abbreviations of date lines ("Wed, 05 Aug 2020"). */
export const WEEKDAYS = [
  { number: 1, name: "Monday", short: ["Mon.", "Mon"] },
  { number: 2, name: "Tuesday", short: ["Tues.", "Tues", "Tue.", "Tue"] },
  { number: 3, name: "Wednesday", short: ["Wed.", "Wed"] },
  { number: 4, name: "Thursday", short: ["Thurs.", "Thurs", "Thu.", "Thu"] },
  { number: 5, name: "Friday", short: ["Fri.", "Fri"] },
  { number: 6, name: "Saturday", short: ["Sat.", "Sat"] },
  { number: 7, name: "Sunday", short: ["Sun.", "Sun"] },
] as const;

/** Names that put a weekday in a holiday or an event, not on the coming or last such day ("Good Friday"). */
export const WEEKDAY_NAME_PREFIXES = ["Good", "Black", "Cyber", "Super", "Easter", "Ash", "Bloody", "Holy", "Palm"];

/** Number words up to nineteen, by value. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

/** Tens, by value; they combine with a unit word ("twenty-one", "forty five"). */
export const TENS_WORDS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** Counts written as phrases, by value; null for a vague count, which TIMEX3 writes as X. */
export const COUNT_PHRASES: Readonly<Record<string, number | null>> = {
  "a couple of": 2,
  "couple of": 2,
  "a dozen": 12,
  "a hundred": 100,
  "a thousand": 1000,
  "an additional": 1,
  "a further": 1,
  another: 1,
  "a few": null,
  few: null,
  several: null,
  many: null,
  some: null,
  a: 1,
  an: 1,
};

/** Fractions after a count ("two and a half years", "2 1/2 hours"). */
export const FRACTIONS: Readonly<Record<string, number>> = { "and a half": 0.5, "1/2": 0.5, "½": 0.5 };

/** Ordinals, by value: quarters, halves, centuries and days of a month ("the first quarter", "January 3rd"). */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  nineteenth: 19,
  twentieth: 20,
  "twenty-first": 21,
};

/** Suffixes of numeric ordinals ("3rd", "14th"). */
export const ORDINAL_SUFFIXES = ["st", "nd", "rd", "th"];

/**
 * Time units: singular, plural, the TIMEX3 duration letter and how many of it one unit is, whether the letter follows
 * "T" (clock units), and the next finer unit that a fraction is written in ("2 1/2 years" = P2Y6M).
 */
export const UNITS = [
  { word: "second", plural: "seconds", letter: "S", factor: 1, clock: true, finer: null },
  { word: "minute", plural: "minutes", letter: "M", factor: 1, clock: true, finer: { letter: "S", per: 60 } },
  { word: "hour", plural: "hours", letter: "H", factor: 1, clock: true, finer: { letter: "M", per: 60 } },
  { word: "day", plural: "days", letter: "D", factor: 1, clock: false, finer: { letter: "TH", per: 24 } },
  { word: "week", plural: "weeks", letter: "W", factor: 1, clock: false, finer: { letter: "D", per: 7 } },
  { word: "month", plural: "months", letter: "M", factor: 1, clock: false, finer: { letter: "D", per: 30 } },
  { word: "quarter", plural: "quarters", letter: "Q", factor: 1, clock: false, finer: null },
  { word: "year", plural: "years", letter: "Y", factor: 1, clock: false, finer: { letter: "M", per: 12 } },
  { word: "decade", plural: "decades", letter: "Y", factor: 10, clock: false, finer: null },
  { word: "century", plural: "centuries", letter: "Y", factor: 100, clock: false, finer: null },
  { word: "millennium", plural: "millennia", letter: "Y", factor: 1000, clock: false, finer: null },
] as const;

/** Words between a count and its unit that keep it a duration ("eight trading days", "two more weeks"). */
export const UNIT_ADJECTIVES = ["trading", "business", "working", "calendar", "full", "straight", "consecutive"];

/** Units a calendar period is named by ("last week", "this quarter", "the next decade"). */
export const PERIOD_UNITS = ["day", "week", "month", "quarter", "year", "decade", "century"] as const;

/** Parts of a day and their TIMEX3 codes ("Monday morning" = 2025-06-09TMO). */
export const DAY_PARTS: Readonly<Record<string, string>> = {
  morning: "TMO",
  afternoon: "TAF",
  "mid-afternoon": "TAF",
  "mid afternoon": "TAF",
  evening: "TEV",
  night: "TNI",
};

/** Words before a named time that make an idiom or a title of it, not a time ("high noon", the film "High Noon"). */
export const NAMED_TIME_IDIOMS = ["high"];

/** Named times of day and their clock values. */
export const NAMED_TIMES: Readonly<Record<string, string>> = { noon: "12:00", midday: "12:00", midnight: "24:00" };

/** Words after a clock figure that give it a half of the day ("10:35 a.m."). */
export const CLOCK_HALVES = { am: ["a.m.", "a.m", "am"], pm: ["p.m.", "p.m", "pm"] } as const;

/**
 * Time zones written after a clock time, which stay inside the expression ("5 p.m. EST", "12.34 BST"). Only
 * abbreviations that are no English word: the list is matched apart from case, so "EAT" or "CAT" would read "eat".
 */
export const TIME_ZONES = [
  ...["local time", "GMT", "UTC", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "ET", "PT"],
  ...["BST", "CET", "CEST", "EET", "EEST", "MSK", "IST", "IDT", "AST", "PKT", "HKT", "SGT", "JST", "AEST", "AEDT"],
];

/** Seasons and their TIMEX3 codes, with the month each begins (winter belongs to the year of its December). */
export const SEASONS: Readonly<Record<string, { code: string; firstMonth: number }>> = {
  spring: { code: "SP", firstMonth: 3 },
  summer: { code: "SU", firstMonth: 6 },
  fall: { code: "FA", firstMonth: 9 },
  autumn: { code: "FA", firstMonth: 9 },
  winter: { code: "WI", firstMonth: 12 },
};

/** Frames before a bare season showing it is a time ("in spring", "during winter"), not a verb or a noun ("the fall of Aleppo"). */
export const SEASON_FRAMES = ["in", "during", "by", "until", "since", "over", "through", "this", "last", "next", "of"];

/** Adverbs of recurrence and their TIMEX3 SET values. */
export const SET_ADVERBS: Readonly<Record<string, string>> = {
  daily: "P1D",
  nightly: "P1D",
  weekly: "P1W",
  biweekly: "P2W",
  monthly: "P1M",
  annually: "P1Y",
  yearly: "P1Y",
  hourly: "PT1H",
};

/** Words that make a following unit, weekday or month a recurrence ("every month", "each Thursday"). */
export const SET_QUANTIFIERS = ["every", "each"];

/** Ordinals that count a weekday back from a period's end ("the last Friday of every month"), beside ORDINAL_WORDS. */
export const FROM_END_ORDINALS = ["last", "final"];

/** Words before "a year" / "per day" that make it a rate ("$5 a year", "twice a day"), a SET. */
export const RATE_PRECEDERS = ["cents", "cent", "dollar", "dollars", "times", "twice", "once", "per cent", "percent"];

/** Amounts before "a year" that make it a rate too, but one TimeBank leaves unmarked ("$2 million a year"). */
export const RATE_AMOUNTS = ["million", "billion", "dozen", "hundred", "thousand"];

/** Vague references and their TIMEX3 values ("now" is PRESENT_REF); those in THE_REFERENCES only after "the" ("the past"). */
export const REFERENCE_WORDS: Readonly<Record<string, "PRESENT_REF" | "PAST_REF" | "FUTURE_REF">> = {
  "right now": "PRESENT_REF",
  now: "PRESENT_REF",
  currently: "PRESENT_REF",
  "at present": "PRESENT_REF",
  "at the moment": "PRESENT_REF",
  "these days": "PRESENT_REF",
  nowadays: "PRESENT_REF",
  presently: "PRESENT_REF",
  present: "PRESENT_REF",
  current: "PRESENT_REF",
  "then current": "PAST_REF",
  recently: "PAST_REF",
  "more recently": "PAST_REF",
  "recent years": "PAST_REF",
  "past years": "PAST_REF",
  recent: "PAST_REF",
  past: "PAST_REF",
  lately: "PAST_REF",
  future: "FUTURE_REF",
  "near future": "FUTURE_REF",
  "in future": "FUTURE_REF",
  someday: "FUTURE_REF",
  soon: "FUTURE_REF",
  "near term": "FUTURE_REF",
  "short term": "FUTURE_REF",
};

/** Words before "the second day (of the strike)" that make it the day of writing ("It's the second day of the offensive"). */
export const PRESENT_DAY_LEADS = ["today is", "it is", "it's", "it’s", "this is", "comes on", "come on"];

/** Words after "soon" that make it a conjunction or a shift from another time ("as soon as", "soon after the vote"). */
export const NOT_SOON_AFTER = ["after", "afterward", "afterwards", "thereafter", "as", "before", "enough"];

/** Reference words that count only after "the" ("the past", "the future"), which stays in the expression. */
export const THE_REFERENCES = ["present", "past", "future", "near future", "near term", "short term"];

/** Nouns after "current"/"recent" that make a period of their own ("the current quarter", "recent weeks"). */
export const REFERENCE_PERIOD_NOUNS = [
  ...["quarter", "quarters", "year", "years", "month", "months", "week", "weeks", "day", "days", "period", "fiscal"],
  ...["session", "decade", "season", "term", "times"],
];

/** Nouns after "today's" that make it the present age, not a day ("today's youth", "in today's world"). */
export const AGE_NOUNS = ["world", "youth", "society", "generation", "children", "kids", "teenagers", "young"];

/** Words after "at the time" that make it the time of something named next ("at the time of its founding"), not "then". */
export const TIME_OF_WORDS = ["of", "when", "that", "which", "for"];

/** Days named from the publication day, by their shift in days. */
export const DAY_WORDS: Readonly<Record<string, number>> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 };

/** Modifiers, maybe after "the", that name a period from the publication ("last week", "the next year"), by their shift in periods. */
export const PERIOD_MODIFIERS: Readonly<Record<string, -1 | 0 | 1>> = {
  last: -1,
  "this past": -1,
  latest: -1,
  next: 1,
  "this coming": 1,
  this: 0,
  current: 0,
};

/** Modifiers after "the" that make one unit a stretch reaching back or ahead from the publication ("the past year", "the coming month"). */
export const STRETCH_MODIFIERS: Readonly<Record<string, -1 | 1>> = { past: -1, coming: 1 };

/** Hedges before a named period that narrow it to before or after the publication ("earlier this week", "later in the month"). */
export const RELATIVE_HEDGES = ["early", "late", "earlier", "later"];

/** Modifiers of a weekday, month or season and the direction they force. */
export const DIRECTION_MODIFIERS: Readonly<Record<string, "last" | "next" | "this">> = {
  last: "last",
  "this past": "last",
  "this last": "last",
  next: "next",
  "this coming": "next",
  this: "this",
};

/** Hedges that narrow a period to a part of it, maybe after "the" ("mid-March", "the late 1970s", "the end of January"). */
export const PERIOD_PARTS: Readonly<Record<string, PeriodPart>> = {
  early: "early",
  "beginning of": "start",
  "start of": "start",
  mid: "mid",
  "middle of": "mid",
  late: "late",
  "end of": "end",
  "turn of": "turn",
  "first half of": "firstHalf",
  "second half of": "secondHalf",
  "latter half of": "secondHalf",
  "last half of": "secondHalf",
};

/** Which part of a period a hedge names. */
export type PeriodPart = "early" | "mid" | "late" | "end" | "start" | "turn" | "firstHalf" | "secondHalf";

/** Hedges TimeBank keeps inside a duration ("nearly two years", "at least 30 days"); "about", "almost", "over", "only" and "just" mostly stay outside. */
export const DURATION_HEDGES = [
  ...["nearly", "some", "more than", "less than", "no more than", "at least", "at most", "up to", "fewer than"],
  ...["approximately", "better part of"],
];

/** Hedges before a counted shift ("about two years ago", "just hours later"). */
export const SHIFT_HEDGES = [
  ...["about", "almost", "nearly", "some", "more than", "less than", "over", "roughly", "around", "only", "just"],
  "barely",
];

/** Words before a counted duration that look back from or ahead of the report ("the past 10 weeks", "the next two years"). */
export const DURATION_LEADS: Readonly<Record<string, "back" | "ahead" | "none">> = {
  "the past": "back",
  "the last": "back",
  "the previous": "back",
  "the preceding": "back",
  past: "back",
  last: "back",
  "the next": "ahead",
  "the coming": "ahead",
  "the following": "ahead",
  "the remaining": "ahead",
  next: "ahead",
  "the first": "none",
  "the final": "none",
  "the latest": "none",
  "the same": "none",
  "the initial": "none",
  the: "none",
  first: "none",
};

/** Possessives and demonstratives before a duration that stay outside it ("its 10 years"). */
export const DURATION_DETERMINERS = ["its", "their", "his", "her", "this", "that"];

/**
 * Words after a counted unit that count from another date ("a year earlier", "two days later", "a week after the
 * vote"), with their direction. After a signal TimeML marks only the counted words, as a DURATION ("two days" +
 * SIGNAL "later"); "earlier" makes one DATE with them, as TimeBank's "a year earlier".
 */
export const SHIFT_DIRECTIONS: Readonly<Record<string, { sign: -1 | 1; signal: boolean }>> = {
  earlier: { sign: -1, signal: false },
  previously: { sign: -1, signal: false },
  before: { sign: -1, signal: true },
  prior: { sign: -1, signal: true },
  later: { sign: 1, signal: true },
  after: { sign: 1, signal: true },
  afterward: { sign: 1, signal: true },
  afterwards: { sign: 1, signal: true },
};

/** Nouns after a count that make it an age ("a six-month-old baby"), which TimeBank does not mark. */
export const PERSON_NOUNS = ["baby", "babies", "infant", "infants", "girl", "boy", "child", "son", "daughter", "twin"];

/** Frames before a bare "May" or "March" showing a month, not a verb or a name. */
export const MONTH_FRAMES = [
  ...["in", "on", "by", "since", "until", "till", "from", "of", "during", "before", "after", "through", "to"],
  ...["last", "next", "this", "early", "late", "mid", "and", "or", "between", "the", "that", "each", "every"],
  ...["end", "beginning", "start", "middle"],
];

/**
 * Words before "for" that make a bare "May" or "March" after it a month ("slated for March", "set for May"), where
 * "for" alone may be followed by a name ("a vote for May").
 */
export const PLAN_FOR_WORDS = [
  ...["scheduled", "rescheduled", "slated", "planned", "expected", "proposed", "set", "due", "penciled"],
  ...["pencilled", "earmarked"],
];

/** Frames before a four-digit number showing a year ("in 2006", "since 1948", "the 2006 war"). */
export const YEAR_FRAMES = [
  ...["in", "since", "by", "until", "till", "from", "of", "before", "after", "during", "through", "throughout"],
  ...["to", "and", "or", "between", "around", "circa", "early", "late", "mid", "the", "year", "than", "at", "over"],
  ...["for", "on", "as", "this", "that", "last", "fiscal", "spring", "summer", "autumn", "fall", "winter"],
  ...["beginning", "end", "start", "middle", "half", "quarter", "about", "but", "then", "its", "when", "against"],
  ...["&", "due", "into", "like", "pre", "post", "both"],
];

/** Nouns after a four-digit number that make it a quantity ("2000 people"). */
export const QUANTITY_NOUNS = [
  ...["people", "persons", "men", "women", "children", "troops", "soldiers", "civilians", "times", "members"],
  ...["units", "cases", "homes", "houses", "buildings", "tons", "tonnes", "dollars", "euros", "pounds", "workers"],
  ...["students", "residents", "refugees", "dead", "killed", "injured", "wounded", "miles", "kilometers"],
  ...["kilometres", "km", "meters", "metres", "feet", "votes", "seats", "rockets", "missiles", "shares"],
  ...["employees", "jobs", "deaths", "fighters", "prisoners", "detainees", "hostages", "families", "vehicles"],
  ...["trucks", "barrels", "acres", "points", "calories", "words", "pages", "copies"],
];

/** Words after a four-digit number that make it a clock time in wire copy ("at 1930 GMT"). */
export const CLOCK_AFTER_FIGURE = ["GMT", "UTC", "EST", "EDT", "CET", "hours", "hrs", "local", "Zulu"];

/** Nouns before a number that make it a label, not a year ("Resolution 1701", "flight 1549"). */
export const LABEL_NOUNS = [
  ...["resolution", "number", "no", "flight", "route", "article", "section", "room", "page", "chapter", "model"],
  "highway",
];

/** Determiners before an adjectival year ("a 1996 law", "his 2006 campaign"). */
export const DETERMINERS = ["a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "whose"];

/** Prepositions and conjunctions after a number that show it is no adjectival year ("a 1996 law", not "in 1996 in Paris"). */
export const PREPOSITIONS = ["in", "on", "at", "of", "to", "and", "or", "by", "for", "from", "with", "than", "as"];

/** Decades as words, by their digit ("the nineties" = 199). */
export const DECADE_WORDS: Readonly<Record<string, number>> = {
  twenties: 2,
  thirties: 3,
  forties: 4,
  fifties: 5,
  sixties: 6,
  seventies: 7,
  eighties: 8,
  nineties: 9,
};

/** Words that open a spelled-out year ("nineteen ninety-six", "two thousand and five"), by century. */
export const SPELLED_CENTURIES: Readonly<Record<string, number>> = { eighteen: 18, nineteen: 19, twenty: 20 };

/** Words before "quarter" or "period" for the one compared with ("the same period a year earlier"). */
export const SAME_PERIOD_WORDS = ["same", "comparable", "corresponding", "year-earlier", "year-ago"];

/** Words after "the quarter" or "the period" that move it a year back ("the quarter a year ago"). */
export const YEAR_BACK_WORDS = ["a year ago", "a year earlier", "last year", "the year before", "the previous year"];

/** Quarters and halves ("the third quarter", "the first half"), and the words, maybe after "the", for "the quarter just reported" (shift in quarters). */
export const QUARTER_NOUNS = ["quarter", "half"];
export const LATEST_QUARTER_WORDS: Readonly<Record<string, number>> = {
  "last year's": -5,
  latest: -1,
  recent: -1,
  "most recent": -1,
  previous: -1,
  past: -1,
  "latest fiscal": -1,
  "just-ended": -1,
  "just-completed": -1,
  last: -1,
  current: 0,
  this: 0,
  next: 1,
};

/**
 * Holidays and how their day is found each year: a fixed month and day, the n-th weekday of a month (n = -1 for the
 * last), days from Western or Orthodox Easter, or a look-up in MOVING_HOLIDAY_DAYS for those of the Islamic and
 * Iranian calendars. Names are written as in text; "Day" variants are listed where news writes both.
 */
export const HOLIDAYS: readonly { names: readonly string[]; day: HolidayRule }[] = [
  { names: ["Orthodox Christmas", "Orthodox Christmas Day"], day: { month: 1, day: 7 } },
  { names: ["Christmas Eve"], day: { month: 12, day: 24 } },
  { names: ["Christmas", "Christmas Day"], day: { month: 12, day: 25 } },
  { names: ["Boxing Day"], day: { month: 12, day: 26 } },
  { names: ["New Year's Eve"], day: { month: 12, day: 31 } },
  { names: ["New Year's Day", "New Year's"], day: { month: 1, day: 1 } },
  { names: ["Valentine's Day"], day: { month: 2, day: 14 } },
  // Every country has an Independence Day (Israel's moves with the Hebrew calendar): only the US one is named by its day.
  { names: ["Fourth of July", "July Fourth"], day: { month: 7, day: 4 } },
  { names: ["Halloween"], day: { month: 10, day: 31 } },
  { names: ["Veterans Day"], day: { month: 11, day: 11 } },
  { names: ["Thanksgiving", "Thanksgiving Day"], day: { month: 11, weekday: 4, nth: 4 } },
  { names: ["Labor Day"], day: { month: 9, weekday: 1, nth: 1 } },
  { names: ["Memorial Day"], day: { month: 5, weekday: 1, nth: -1 } },
  // US Election Day: the Tuesday after the first Monday of November.
  { names: ["Election Day"], day: { month: 11, weekday: 1, nth: 1, plus: 1 } },
  { names: ["Easter", "Easter Sunday"], day: { easter: 0 } },
  { names: ["Good Friday"], day: { easter: -2 } },
  { names: ["Easter Monday"], day: { easter: 1 } },
  { names: ["Orthodox Easter"], day: { orthodoxEaster: 0 } },
  { names: ["Ramadan"], day: { table: "ramadan", until: "eidAlFitr" } },
  { names: ["Eid al-Fitr", "Eid al Fitr", "Eid el-Fitr", "Eid ul-Fitr"], day: { table: "eidAlFitr" } },
  { names: ["Eid al-Adha", "Eid al Adha", "Eid el-Adha", "Eid ul-Adha"], day: { table: "eidAlAdha" } },
  { names: ["Nowruz", "Norouz", "Newroz"], day: { table: "nowruz" } },
];

/** How a holiday's day is found in a given year. */
export type HolidayRule =
  | { month: number; day: number }
  | { month: number; weekday: number; nth: number; plus?: number }
  | { easter: number }
  | { orthodoxEaster: number }
  | { table: keyof typeof MOVING_HOLIDAY_DAYS; until?: keyof typeof MOVING_HOLIDAY_DAYS };

/** How news names the month of a holiday before it ("the first day of the Muslim holy month of Ramadan"). */
const HOLIDAY_MONTHS = [
  "the holy month of",
  "the Muslim holy month of",
  "the Islamic holy month of",
  "the fasting month of",
];

/** Words before a holiday or Ramadan that name its first day ("the start of Ramadan", "the first day of Eid"). */
export const HOLIDAY_STARTS = ["the start of", "the beginning of", "the first day of", "the eve of"].flatMap(
  (start) => [start, ...HOLIDAY_MONTHS.map((month) => `${start} ${month}`)],
);

/**
 * Days of the holidays that move with the Islamic lunar calendar or the March equinox, 2011–2030: the first day of
 * Ramadan, Eid al-Fitr and Eid al-Adha as Saudi Arabia announced or the Umm al-Qura calendar projects them (sightings
 * elsewhere can differ by a day), and Nowruz (1 Farvardin). Ramadan falls twice in 2030.
 */
export const MOVING_HOLIDAY_DAYS = {
  ramadan: [
    ...["2011-08-01", "2012-07-20", "2013-07-10", "2014-06-28", "2015-06-18", "2016-06-06", "2017-05-27"],
    ...["2018-05-17", "2019-05-06", "2020-04-24", "2021-04-13", "2022-04-02", "2023-03-23", "2024-03-11"],
    ...["2025-03-01", "2026-02-18", "2027-02-08", "2028-01-28", "2029-01-16", "2030-01-06", "2030-12-26"],
  ],
  eidAlFitr: [
    ...["2011-08-30", "2012-08-19", "2013-08-08", "2014-07-28", "2015-07-17", "2016-07-06", "2017-06-25"],
    ...["2018-06-15", "2019-06-04", "2020-05-24", "2021-05-13", "2022-05-02", "2023-04-21", "2024-04-10"],
    ...["2025-03-30", "2026-03-20", "2027-03-10", "2028-02-26", "2029-02-14", "2030-02-05", "2031-01-25"],
  ],
  eidAlAdha: [
    ...["2011-11-06", "2012-10-26", "2013-10-15", "2014-10-04", "2015-09-24", "2016-09-12", "2017-09-01"],
    ...["2018-08-21", "2019-08-11", "2020-07-31", "2021-07-20", "2022-07-09", "2023-06-28", "2024-06-16"],
    ...["2025-06-06", "2026-05-27", "2027-05-16", "2028-05-05", "2029-04-24", "2030-04-14"],
  ],
  nowruz: [
    ...["2011-03-21", "2012-03-20", "2013-03-21", "2014-03-21", "2015-03-21", "2016-03-20", "2017-03-21"],
    ...["2018-03-21", "2019-03-21", "2020-03-20", "2021-03-21", "2022-03-21", "2023-03-21", "2024-03-20"],
    ...["2025-03-21", "2026-03-21", "2027-03-21", "2028-03-20", "2029-03-20", "2030-03-21"],
  ],
} as const;

/**
 * Words that put the clause's event ahead of the report, so an unanchored weekday or month resolves forward, on
 * either side of the date. Plain "would" is left out: reported speech ("said he would") looks back as often as ahead.
 */
export const FUTURE_CUES = [
  ...["will", "won't", "shall", "'ll", "’ll", "is to", "are to", "is set to", "are set to", "set to", "plans to"],
  ...["plan to", "planned to", "planning to", "planning for", "preparation for", "preparations for", "ahead of"],
  ...["scheduled", "slated", "expects to", "expect to", "expected to", "going to", "due to", "intends to"],
  ...["intend to", "upcoming", "coming", "tomorrow", "hopes to", "hope to", "aims to", "aim to", "as soon as"],
  ...["as early as", "supposed to", "payable", "effective", "expire", "expires", "to be held", "to be signed"],
  ...["to be released", "to be published", "to be completed", "be held", "would be", "would begin", "would start"],
  ...["would take", "would hold", "would meet", "would vote", "would travel", "would arrive", "would return"],
  ...["would go", "would leave", "would visit", "would resume", "next week", "next month", "next year"],
  ...["later this week", "later in the week", "later this month", "later this year"],
  // An obligation points ahead: "needs to present the terms before Thursday".
  ...["needs to", "need to", "has to", "have to", "must"],
];

/** Words that put the event ahead only when they come before the date ("starting Tuesday", "takes effect on Sunday", "before the deadline on Monday"). */
export const FUTURE_CUES_BEFORE = [
  ...["starting", "starts", "to begin", "to start", "to open", "takes effect", "take effect", "set for", "due on"],
  ...["before the deadline", "is due", "are due"],
  // The present tense of a timetable: "a truce that begins on June 14", "Congress reconvenes Jan. 24".
  ...["begins", "opens", "closes", "ends", "resumes", "reconvenes", "convenes", "takes place", "kicks off"],
  // A trip or a sitting on the timetable, as wire copy writes them: "Biden travels to Israel on Wednesday".
  ...["meets", "arrives", "departs", "travels to", "flies to", "heads to", "head to", "hosts", "gets under way"],
  ...["get under way", "goes to the polls", "go to the polls", "goes on trial", "go on trial", "goes to a vote"],
  ...["to resume", "to reopen", "to reconvene"],
  // A deadline: "results announced no later than Thursday".
  ...["no later than", "not later than"],
];

/** Auxiliaries that carry the future to the end of their clause ("will meet the president and his aides on Tuesday"). */
export const FUTURE_AUXILIARIES = [
  "will",
  "won't",
  "shall",
  "'ll",
  "’ll",
  "is to",
  "are to",
  "is set to",
  "are set to",
];

/** Words right before a day that make it a limit or a target, which may lie ahead even in a past clause ("was extended to Nov. 16", "stock of record Dec. 21"). */
export const TARGET_WORDS = [
  ...["by", "until", "till", "through", "to", "before", "record", "past", "effective", "payable", "set", "between"],
  "from",
  "and",
];

/** Small words between a verb or preposition and the date it governs ("said on Monday", "until the Jan. 14"). */
export const DATE_PREFIXES = ["the", "on", "at", "early", "late", "mid"];

/** Words right before a date that make it a limit, which may lie on either side of the report ("postponed until Tuesday"). */
export const LIMIT_WORDS = ["until", "till", "by", "before", "through"];

/** Words right before a date that put it before the report whatever the clause says ("on patrol since March"). */
export const SINCE_WORDS = ["since"];

/** Words right after a day that make it a limit ("the Jan. 14 deadline"). */
export const TARGET_NOUNS = ["deadline", "target", "expiry", "expiration"];

/** Words of a plan told in the past ("was to meet Friday", "were due to vote"): the day is the one nearest the report. */
export const PAST_PLAN_CUES = [
  ...["was to", "were to", "was due to", "were due to", "was scheduled to", "were scheduled to", "was set to"],
  ...["were set to", "was expected to", "were expected to", "was supposed to", "were supposed to"],
  ...["had been scheduled to", "had been set to", "had been due to", "had been expected to", "was planned for"],
  // Reported speech puts a plan in the past progressive ("said it was sending a delegation Sunday").
  ...["was sending", "were sending", "was dispatching", "were dispatching", "was heading", "were heading"],
  ...["was travelling", "were travelling", "was traveling", "were traveling", "was flying", "were flying"],
];

/** Present-tense words next to a date that keep it today or later ("is meeting on Monday"). */
export const PRESENT_CUES = ["today", "tonight", "now", "is", "are", "am"];

/** Modal verbs, before which "one day" is some day to come ("will one day be"). */
export const MODALS = ["will", "would", "could", "may", "might", "can", "shall", "should", "must"];

/** Past-tense words that cancel a present or future cue before them in a clause ("will resign, officials who met Friday said"). */
export const PAST_VERBS = ["said", "says", "told", "was", "were", "had", "did", "been", "announced", "reported"];

/**
 * Irregular past tenses (and short ones the "-ed" test misses): they date the day beside them ("met Friday", "fled on
 * Sunday"), and the ingest reads them as a sentence's happening (3-dating/tellsNews.ts). Regular ones end in "-ed".
 */
export const IRREGULAR_PAST = [
  ...["said", "told", "met", "went", "came", "began", "fled", "took", "gave", "held", "left", "sent", "won", "lost"],
  ...[
    "made",
    "broke",
    "fell",
    "struck",
    "shot",
    "fought",
    "died",
    "saw",
    "spoke",
    "drove",
    "ran",
    "rose",
    "hit",
    "led",
    "blew",
  ],
];

/** Past participles that plan rather than tell ("scheduled Tuesday", "postponed until Friday"). */
export const PLANNING_PARTICIPLES = [
  ...["scheduled", "slated", "expected", "planned", "proposed", "intended", "needed", "required", "delayed"],
  ...["postponed", "extended"],
];

/** Words that may stand before a date opening its sentence ("On Tuesday,", "Late Friday,"). */
export const OPENING_WORDS = ["on", "early", "late", "earlier", "later", "by", "until"];

/** Abbreviations that end in a full stop without ending a sentence. */
export const ABBREVIATIONS = [
  ...["Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Sgt", "Capt", "Prof", "Inc", "Corp"],
  ...["Co", "Jr", "Sr", "No", "vs"],
];

// Page date lines: the lines a page prints about itself ("Published 11:02 AM EDT, Sat October 7, 2023"), which a
// scrape keeps beside the headline. They date the page, never an event.

/** Labels before a page's own date, by what that date is: when the page went out, or when it last changed. */
export const PAGE_DATE_LABELS: Readonly<Record<"published" | "updated", readonly string[]>> = {
  published: [
    ...["published", "first published", "published date", "posted", "issued", "created", "date published"],
    ...["print edition", "this story is from", "this article is from", "originally published"],
  ],
  updated: ["updated", "update", "last updated", "last update", "modified", "last modified", "edited", "revised"],
};

/** Other words a date line prints around its date, carrying no news: prepositions, reading time, print widgets. */
export const PAGE_DATE_WORDS = [
  ...["on", "at", "date", "time", "print", "local", "last", "first", "min read", "mins read", "minute read"],
  ...["minutes read", "comments", "comment", "and"],
];

/** Labels of a field a date line prints before a name ("Source: Xinhua", "Editor: huaxia"): the name is no news. */
export const PAGE_FIELD_LABELS = ["source", "editor", "author", "writer", "reporter", "by"];

/**
 * Month and weekday names of other languages, as pages that repost English news print their own date lines
 * ("quinta-feira, 19 de março de 2015", "13 iunie 2018", "Donnerstag, 19. März 2015"): Spanish, Portuguese, French,
 * Italian, German, Dutch, Romanian, Turkish and Indonesian. Read on date lines only, never in article text. Months in
 * calendar order; a name English shares ("April") is left out.
 */
export const FOREIGN_DATE_WORDS = {
  months: [
    ["enero", "janeiro", "janvier", "gennaio", "Januar", "Jänner", "januari", "ianuarie", "Ocak"],
    ["febrero", "fevereiro", "février", "febbraio", "Februar", "februari", "februarie", "Şubat", "Februari"],
    ["marzo", "março", "mars", "März", "maart", "martie", "Mart", "Maret"],
    ["abril", "avril", "aprile", "aprilie", "Nisan"],
    ["mayo", "maio", "mai", "maggio", "mei", "Mayıs"],
    ["junio", "junho", "juin", "giugno", "Juni", "iunie", "Haziran"],
    ["julio", "julho", "juillet", "luglio", "Juli", "iulie", "Temmuz"],
    ["agosto", "août", "augustus", "Ağustos", "Agustus"],
    ["septiembre", "setiembre", "setembro", "septembre", "settembre", "septembrie", "Eylül"],
    ["octubre", "outubro", "octobre", "ottobre", "Oktober", "octombrie", "Ekim"],
    ["noviembre", "novembro", "novembre", "noiembrie", "Kasım"],
    ["diciembre", "dezembro", "décembre", "dicembre", "Dezember", "decembrie", "Aralık", "Desember"],
  ],
  weekdays: [
    ...["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    ...["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira"],
    ...["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    ...["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    ...["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    ...["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    ...["luni", "marți", "miercuri", "joi", "vineri", "sâmbătă", "duminică"],
    ...["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"],
    ...["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"],
  ],
  /** Words between a date's parts: "19 de março de 2015". */
  joins: ["de"],
} as const;

/** Short units of a page's age ("5 mins ago", "2 hrs ago"), besides the units' own names. */
export const PAGE_AGE_UNITS = ["min", "mins", "hr", "hrs"];

// Page furniture besides date lines: credits, widgets and navigation that a scrape keeps as lines of their own. They
// are never paragraphs or events; the ingest's read stage builds its patterns from these lists.

/** News agencies and outlets as a story or a photo credits them ("(Reuters) -", "© AFP", a line reading "Reuters"). */
export const NEWS_AGENCIES = [
  ...["Reuters", "AP", "Associated Press", "The Associated Press", "AFP", "Agence France-Presse", "Xinhua", "UPI"],
  ...["dpa", "EFE", "EPA", "EPA-EFE", "ANSA", "Anadolu", "Anadolu Agency", "Bloomberg", "CNN", "BBC", "Al Jazeera"],
  ...["WAFA", "SANA", "IRNA", "TASS", "Kyodo", "Yonhap", "KUNA", "WAM", "SPA", "NNA", "MENA", "Petra", "JTA", "TPS"],
];

/** Picture services a photo credit ends with, maybe after "via" ("Getty Images", "AFP via Getty Images"). */
export const PHOTO_SERVICES = [
  "Getty Images",
  "Shutterstock",
  "Alamy",
  "NurPhoto",
  "SOPA Images",
  "ZUMA Press",
  "Sipa USA",
];

/** Words a caption names its picture by ("Picture taken with a drone", "Photo: AFP"). */
export const PICTURE_WORDS = ["picture", "photo", "photograph", "image", "video grab", "screen grab"];

/** Roles a wire story's closing credits name ("Reporting by …; Additional reporting by …; Editing by …"). */
export const CREDIT_ROLES = [
  ...["reporting", "additional reporting", "reporting and writing", "writing", "written", "editing", "edited"],
  ...["compiled", "compiling", "graphics", "translation", "translated", "fact-checking", "production"],
];

/** Lines a page's widgets and navigation print whole ("Share this article", "Copy link", "Most read", "Print"). */
export const PAGE_WIDGETS = [
  ...["share", "share this", "share this article", "share this story", "share article", "share story", "print"],
  ...["email", "e-mail", "send in e-mail", "comments", "comment", "copy link", "copy the link", "link copied"],
  ...["published", "updated", "image caption", "advertisement", "ad", "skip advert", "skip ad", "skip to content"],
  ...["skip to main content", "skip to navigation", "listen", "listen to this article", "listen to article"],
  ...["watch", "read more", "continue reading", "show more", "load more", "see more", "subscribe", "sign up"],
  ...["sign in", "log in", "most read", "most popular", "most viewed", "trending", "recommended"],
  ...["recommended stories", "recommended for you", "related", "related articles", "related stories"],
  ...["related content", "related topics", "more on this story", "more stories", "top stories", "back to top"],
  ...["leave a comment", "leave a reply", "view comments", "list", "list of", "end of list", "items"],
];

/** Openings of lines that speak to the reader, never news ("Share on Facebook", "Sign up for our newsletter"). */
export const PAGE_WIDGET_OPENINGS = [
  ...["share on", "share via", "share to", "follow us", "sign up for", "sign up to", "subscribe to", "click here"],
  ...["tap here", "download the", "download our", "join our", "get our", "story continues", "already a subscriber"],
  ...["skip to main content", "skip to content", "skip to navigation", "navigate to"],
  ...["support our journalism", "support our independent", "support independent journalism", "support us"],
  ...["donate now", "donate today", "make a donation", "become a member", "become a supporter"],
];

/** Labels before a colon that open a link to another page ("Read more: …", "Related: …", "Watch: …"). */
export const PAGE_LINK_LABELS = [
  ...["read more", "read also", "also read", "see also", "related", "more", "watch", "listen", "recommended"],
  ...["our standards", "more on this", "most read"],
];

/** Units of a widget's count ("Listen · 4 min", "list of 4 items"). */
export const PAGE_WIDGET_UNITS = ["min", "mins", "minute", "minutes", "items", "item"];
