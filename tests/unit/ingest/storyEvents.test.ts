import { describe, expect, it } from "vitest";
import type { EventCandidate } from "../../../src/lib/ingest/4-events/index.ts";
import { ingestText, page } from "../../support/ingestText.ts";

// Made-up articles as wire services, newspapers and broadcasters write them, each with every event it must make and
// the date words that must make none. An event is written `words: start[..end] precision status`, its words being the
// date's words in the sentence, or the way context dated it in brackets ("(report-day)": see content/README.md, "What
// becomes an event"). The page date line makes Saturday 7 October 2023 the publication day unless a case names another.

interface Case {
  /** What the case shows, as the test's name. */
  name: string;
  /** The body's paragraphs. */
  body: readonly string[];
  /** Every event the article must make. */
  events: readonly string[];
  /** Date words that must date no event. */
  not?: readonly string[];
  /** The page's date line, when not the default's Saturday. */
  dateLine?: string;
}

const SATURDAY = "Published 11:02 AM EDT, Sat October 7, 2023";
const HEADLINE = "Fighting Spreads Across the Region";
// A lede dated to a day before publication (Tuesday 12 September), for expressions counted from the story's day.
const ATTACK = "Gunmen attacked an army checkpoint near Jenin on Sept. 12, killing two soldiers.";
const ATTACK_EVENT = "Sept. 12: 2023-09-12 day reported";

const SCHEDULED: readonly Case[] = [
  {
    name: "takes effect on a weekday",
    body: ["The ceasefire takes effect on Sunday, the foreign ministry said."],
    // Dated only by a plan, the lede reports the day's news too.
    events: ["Sunday: 2023-10-08 day scheduled", "(report-day): 2023-10-07 day reported"],
  },
  {
    name: "set for a weekday",
    body: ["Talks between the two sides are set for Tuesday in Doha."],
    events: ["Tuesday: 2023-10-10 day scheduled"],
  },
  {
    name: "will open on a month and day",
    body: ["The conference will open in Cairo on June 3."],
    events: ["June 3: 2024-06-03 day scheduled"],
  },
  {
    name: "a deadline on a weekday",
    body: ["Negotiators are racing to reach a deal before the deadline on Monday."],
    events: ["Monday: 2023-10-09 day scheduled"],
  },
  {
    // "Due to" as "because of" tells a deed: the lede with no date words is the day's news.
    name: "due to meaning because of, in a lede",
    body: ["Thousands of families fled their homes due to heavy shelling, the United Nations said."],
    events: ["(report-day): 2023-10-07 day reported"],
  },
  {
    name: "due to vote next week",
    body: ["Parliament is due to vote on the bill next week."],
    events: ["next week: 2023-10-09..2023-10-15 week scheduled"],
  },
  {
    name: "scheduled for later this month",
    body: ["A second round of talks is scheduled for later this month."],
    events: ["later this month: 2023-10-08..2023-10-31 month scheduled"],
  },
  {
    name: "slated for a month",
    body: ["The summit is slated for March, two diplomats said."],
    events: ["March: 2024-03-01..2024-03-31 month scheduled", "(report-day): 2023-10-07 day reported"],
  },
  {
    name: "will begin at midnight",
    body: ["The curfew will begin at midnight across the occupied West Bank."],
    // Midnight closes the publication day (T24:00); the future clause makes it a plan that day has not yet passed.
    events: ["midnight: 2023-10-07 day scheduled"],
  },
  {
    name: "expected to arrive on a weekday",
    body: ["The aid convoy is expected to arrive on Thursday."],
    events: ["Thursday: 2023-10-12 day scheduled"],
  },
  {
    name: "due to be held in a month",
    body: ["Elections are due to be held in January."],
    events: ["January: 2024-01-01..2024-01-31 month scheduled"],
  },
  {
    name: "will meet on a month and day",
    body: ["The two leaders will meet in Paris on Oct. 15."],
    events: ["Oct. 15: 2023-10-15 day scheduled"],
  },
  {
    name: "resumes on a weekday, in the present of a timetable",
    body: ["The trial resumes on Monday in The Hague."],
    events: ["Monday: 2023-10-09 day scheduled"],
  },
  {
    name: "travels on a weekday, in the present of a wire's timetable",
    body: ["The US secretary of state travels to Israel on Wednesday for talks with the prime minister."],
    events: ["Wednesday: 2023-10-11 day scheduled"],
  },
  {
    name: "meets on a weekday",
    body: ["The security cabinet meets on Sunday to approve the deal."],
    events: ["Sunday: 2023-10-08 day scheduled"],
  },
  {
    name: "gets under way on a weekday",
    body: ["Voting in the presidential election gets under way on Sunday."],
    events: ["Sunday: 2023-10-08 day scheduled"],
  },
  {
    name: "expected to resume on a weekday",
    body: ["Mediators expect the talks to resume in Cairo on Monday."],
    events: ["Monday: 2023-10-09 day scheduled"],
  },
  {
    name: "will meet again in two weeks",
    body: ["The two delegations will meet again in two weeks."],
    // A plan's deadline counted from the report, approximate.
    events: ["two weeks: 2023-10-21 day scheduled"],
  },
  {
    name: "will be held in three months",
    body: ["Elections will be held in three months, the electoral commission said."],
    events: ["three months: 2024-01-01..2024-01-31 month scheduled"],
  },
  {
    name: "will resume later today",
    body: ["Negotiations will resume later today in Doha."],
    events: ["later today: 2023-10-07 day scheduled"],
  },
];

const RELATIVE: readonly Case[] = [
  {
    name: "the next day",
    body: [ATTACK, "The next day, troops raided the town."],
    events: [ATTACK_EVENT, "The next day: 2023-09-13 day reported"],
  },
  {
    name: "the day after, in a paragraph of its own",
    body: [ATTACK, "The day after, the army sealed off the camp."],
    // As TimeML marks it, "after" is a signal outside the date's words.
    events: [ATTACK_EVENT, "The day: 2023-09-13 day reported"],
  },
  {
    name: "the following week",
    body: [ATTACK, "The following week, the army sealed off the camp."],
    events: [ATTACK_EVENT, "The following week: 2023-09-18..2023-09-24 week reported"],
  },
  {
    name: "two days later",
    body: [ATTACK, "Two days later, troops raided the town."],
    events: [ATTACK_EVENT, "Two days: 2023-09-14 day reported"],
  },
  {
    name: "a week later",
    body: [ATTACK, "A week later, the army sealed off the camp."],
    // A count lands on its unit's period: the week the seventh day falls in.
    events: [ATTACK_EVENT, "A week: 2023-09-18..2023-09-24 week reported"],
  },
  {
    name: "a day after the attack",
    body: [ATTACK, "A day after the attack, troops raided the town."],
    events: [ATTACK_EVENT, "A day: 2023-09-13 day reported"],
  },
  {
    name: "hours later",
    body: [ATTACK, "Hours later, troops raided the town."],
    events: [ATTACK_EVENT, "Hours later: 2023-09-12 day reported"],
  },
  {
    name: "that evening",
    body: [ATTACK, "That evening, troops raided the town."],
    events: [ATTACK_EVENT, "That evening: 2023-09-12 day reported"],
  },
  {
    name: "later that day",
    body: [ATTACK, "Later that day, troops raided the town."],
    events: [ATTACK_EVENT, "Later that day: 2023-09-12 day reported"],
  },
  {
    name: "earlier that year",
    body: [ATTACK, "Earlier that year, the army had raided the camp."],
    events: [ATTACK_EVENT, "Earlier that year: 2023-01-01..2023-09-11 year reported"],
  },
  {
    name: "a month after the siege began",
    body: ["The siege of the city began on March 4, 2022.", "A month after the siege began, the city fell."],
    events: ["March 4, 2022: 2022-03-04 day reported", "A month: 2022-04-01..2022-04-30 month reported"],
  },
  {
    name: "overnight, the night before the publication day",
    body: ["Overnight, Israeli jets struck dozens of targets across Gaza, the army said."],
    events: ["Overnight: 2023-10-06 day reported"],
  },
  {
    name: "overnight into a weekday",
    body: ["Israeli jets struck dozens of targets across Gaza overnight, the army said."],
    events: ["overnight: 2023-10-06 day reported"],
  },
  {
    name: "the day before",
    body: ["The talks opened in Cairo on Oct. 2.", "The day before, protesters marched through the city."],
    events: ["Oct. 2: 2023-10-02 day reported", "The day: 2023-10-01 day reported"],
  },
  {
    name: "last Tuesday",
    body: ["Gunmen attacked an army checkpoint last Tuesday, killing two soldiers."],
    events: ["last Tuesday: 2023-10-03 day reported"],
  },
  {
    name: "a weekday's attack",
    body: ["Tuesday's attack killed two soldiers, the army said."],
    events: ["Tuesday: 2023-10-03 day reported"],
  },
  {
    name: "a week ago",
    body: ["An air strike hit a school in Rafah a week ago, killing 12 people."],
    events: ["a week ago: 2023-09-30 day reported"],
  },
  {
    name: "three days ago",
    body: ["Three days ago, the army ordered the north of the town evacuated."],
    events: ["Three days ago: 2023-10-04 day reported"],
  },
  {
    name: "this week",
    body: ["Protests spread to three more cities this week."],
    events: ["this week: 2023-10-02..2023-10-08 week reported"],
  },
  {
    name: "earlier this month",
    body: ["The two sides met in Doha earlier this month."],
    events: ["earlier this month: 2023-10-01..2023-10-06 month reported"],
  },
  {
    name: "late last year",
    body: ["The group was founded late last year in Nablus."],
    events: ["late last year: 2022-09-01..2022-12-31 year reported"],
  },
  {
    name: "the previous two days",
    body: [ATTACK, "Air strikes on the previous two days had killed 40 people."],
    events: [ATTACK_EVENT, "the previous two days: 2023-09-10..2023-09-11 day reported"],
  },
];

const PERIODS: readonly Case[] = [
  {
    name: "the late 1970s",
    body: ["The dispute over the border dates back to the late 1970s."],
    events: ["the late 1970s: 1977-01-01..1979-12-31 year reported"],
  },
  {
    name: "the early 2000s",
    body: ["The company expanded rapidly across the region in the early 2000s."],
    events: ["the early 2000s: 2000-01-01..2003-12-31 year reported"],
  },
  {
    name: "the turn of the century",
    body: ["The mosque was rebuilt at the turn of the century."],
    events: ["the turn of the century: 1998-01-01..2002-12-31 year reported"],
  },
  {
    name: "the mid-2010s",
    body: ["Settlement building accelerated in the mid-2010s."],
    events: ["the mid-2010s: 2014-01-01..2016-12-31 year reported"],
  },
  {
    name: "in the 1990s",
    body: ["The two countries fought a border war in the 1990s."],
    events: ["the 1990s: 1990-01-01..1999-12-31 decade reported"],
  },
  {
    name: "in recent years, no event",
    body: ["Attacks on the road could rise further, as they have in recent years."],
    events: [],
    not: ["recent years"],
  },
];

const HOLIDAYS: readonly Case[] = [
  {
    name: "Orthodox Christmas, past",
    body: ["Thousands of pilgrims gathered in Bethlehem for Orthodox Christmas."],
    events: ["Orthodox Christmas: 2023-01-07 day reported"],
  },
  {
    name: "Orthodox Christmas Day, ahead",
    dateLine: "Published January 3, 2024",
    body: ["Churches across Ukraine will mark Orthodox Christmas Day for the last time on 7 January."],
    events: ["Orthodox Christmas Day: 2024-01-07 day scheduled"],
    not: ["7 January"],
  },
  {
    name: "the first day of Ramadan",
    body: ["Police blocked access to the mosque on the first day of Ramadan."],
    events: ["the first day of Ramadan: 2023-03-23 day reported"],
  },
  {
    name: "Eid al-Fitr in 2024",
    dateLine: "Published April 12, 2024",
    body: ["Families gathered among the ruins to mark Eid al-Fitr."],
    events: ["Eid al-Fitr: 2024-04-10 day reported"],
  },
  {
    name: "Eid al-Fitr in 2025, ahead",
    dateLine: "Published March 25, 2025",
    body: ["Prayers for Eid al-Fitr will be held in the main square."],
    events: ["Eid al-Fitr: 2025-03-30 day scheduled"],
  },
  {
    name: "Christmas Eve, last year's",
    dateLine: "Published January 2, 2024",
    body: ["An air strike on Christmas Eve killed 70 people in the Maghazi camp."],
    events: ["Christmas Eve: 2023-12-24 day reported"],
  },
  {
    name: "New Year's Day",
    dateLine: "Published January 3, 2024",
    body: ["Rockets were fired at Tel Aviv on New Year's Day."],
    events: ["New Year's Day: 2024-01-01 day reported"],
  },
  {
    name: "Nowruz",
    dateLine: "Published March 25, 2024",
    body: ["Kurds in the city celebrated Nowruz with bonfires."],
    events: ["Nowruz: 2024-03-20 day reported"],
  },
];

const NOT_EVENTS: readonly Case[] = [
  {
    name: "a paragraph that only names a date",
    body: ["Israeli jets struck targets in Gaza on Friday, the army said.", "Tuesday, October 10, 2023"],
    events: ["Friday: 2023-10-06 day reported"],
    not: ["October 10, 2023", "Tuesday"],
  },
  {
    name: "every Friday, a set",
    body: ["Protesters gather outside parliament every Friday."],
    events: [],
    not: ["every Friday", "Friday"],
  },
  {
    name: "each month, a set",
    body: ["The agency publishes its figures on the first Monday of each month."],
    events: [],
    not: ["Monday", "each month"],
  },
  {
    name: "a hypothetical in a quotation",
    body: ['"If it happens on Monday, we will respond," the minister told reporters.'],
    events: [],
    not: ["Monday"],
  },
  {
    // "If" after "clear" asks whether: the strike's day is the news's own.
    name: "'if' that asks whether",
    body: ["It was not immediately clear if anyone was killed in Monday's strike on the port."],
    events: ["Monday: 2023-10-02 day reported"],
  },
  {
    name: "'if' that asks whether, after a reporting verb",
    body: ["The army did not say if the convoy hit on Thursday was carrying weapons."],
    events: ["Thursday: 2023-10-05 day reported"],
  },
  {
    name: "a hypothetical in reported speech",
    body: ["The minister warned that the army would respond if the attack came on Monday."],
    // The warning itself is the lede's news, on the day of the report.
    events: ["(report-day): 2023-10-07 day reported"],
    not: ["Monday"],
  },
  {
    name: "a question",
    body: ["Will the ceasefire hold until Sunday?"],
    events: [],
    not: ["Sunday"],
  },
  {
    name: "a question in a quotation",
    body: ['"Will the ceasefire hold until Sunday?" a resident of Khan Younis asked.'],
    events: [],
    not: ["Sunday"],
  },
  {
    name: "a question quoted after the day the sentence tells",
    body: ['The minister asked reporters on Monday: "Who will pay for the rebuilding?"'],
    events: ["Monday: 2023-10-02 day reported"],
  },
  {
    name: "a duration",
    body: ["The talks could last for three days."],
    events: [],
    not: ["three days"],
  },
  {
    name: "a duration with a determiner",
    body: ["Residents may have to wait several weeks for power to return."],
    events: [],
    not: ["several weeks"],
  },
  {
    // Kept by design: a stretch back from the report of a week or more places what the sentence tells
    // (content/README.md, "What becomes an event").
    name: "the past two years, a stretch to the report",
    body: ["The war has displaced millions of people over the past two years."],
    events: ["the past two years: 2021-10-07..2023-10-07 year reported"],
  },
  {
    name: "an age",
    body: ["The 45-year-old suspect could face life in prison."],
    events: [],
    not: ["45-year-old", "45-year"],
  },
  {
    name: "a time on a line of its own",
    body: ["Israeli jets struck targets in Gaza on Friday, the army said.", "6:30 a.m. ET"],
    events: ["Friday: 2023-10-06 day reported"],
    not: ["6:30 a.m. ET"],
  },
  {
    name: "a truce's length in hours",
    body: ["Both sides could agree to a 72-hour truce."],
    events: [],
    not: ["72-hour"],
  },
  {
    name: "counts that look like years",
    body: ["More than 2,000 people could be displaced, and 1,500 troops may be sent to the border."],
    events: [],
    not: ["2,000", "1,500"],
  },
  {
    name: "a count without a comma that looks like a year",
    body: ["Some 2000 protesters could march on parliament."],
    events: [],
    not: ["2000"],
  },
];

const BACKGROUND: readonly Case[] = [
  {
    name: "a year in a who-clause and the news's weekday",
    body: ["Prime Minister Ali Hassan, who took power in 2019, said on Monday that he would step down."],
    events: ["2019: 2019-01-01..2019-12-31 year reported", "Monday: 2023-10-02 day reported"],
  },
  {
    name: "a year in a who-clause before the main verb",
    body: ["The rebels, who seized the town in 2014, withdrew on Wednesday."],
    events: ["2014: 2014-01-01..2014-12-31 year reported", "Wednesday: 2023-10-04 day reported"],
  },
  {
    name: "a year in a clause after the news",
    body: ["The army said on Thursday it had killed a commander who led the 2006 raid."],
    events: ["Thursday: 2023-10-05 day reported", "2006: 2006-01-01..2006-12-31 year reported"],
  },
  {
    name: "a decade in a participle clause",
    body: ["The group, founded in the 1980s, claimed the attack on Friday."],
    events: ["the 1980s: 1980-01-01..1989-12-31 decade reported", "Friday: 2023-10-06 day reported"],
  },
];

// Left undone, by design: "the eve" is the day before an event that a noun names ("the talks", "the election"), whose
// day the article often does not give; counting back from the last day told would guess. The sentence keeps the day
// its story gives it.
/** An event as the table writes it. */
function written(c: EventCandidate): string {
  const { start, end, precision, text } = c.date;
  const words = c.dating === "own-words" ? text : `(${c.dating})`;
  return `${words}: ${start === end ? start : `${start}..${end}`} ${precision} ${c.status}`;
}

function eventsOf({ body, dateLine }: Case): string[] {
  return ingestText(page(HEADLINE, dateLine ?? SATURDAY, ...body)).candidates.map(written);
}

describe.each([
  ["a plan or an announcement", SCHEDULED],
  ["a date told relative to the story", RELATIVE],
  ["a vague period", PERIODS],
  ["a holiday", HOLIDAYS],
  ["date words that are no event", NOT_EVENTS],
  ["a date in a background clause", BACKGROUND],
])("%s", (_, cases) => {
  it.each(cases)("$name", (c) => {
    const events = eventsOf(c);
    expect(events.sort()).toEqual([...c.events].sort());
    for (const words of c.not ?? []) expect(events.filter((e) => e.startsWith(`${words}:`))).toEqual([]);
  });
});
