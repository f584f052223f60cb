import { addDays } from "../../dates/index.ts";
import { MODALS, PLAN_PARTICIPLES, PLAN_WORDS, REPORTING_VERBS } from "../../text/lexicon.ts";
import type { SentenceSpan } from "../../text/splitSentences.ts";
import { IRREGULAR_PAST } from "../../timex/index.ts";
import type { ArticleToDate, DatedParagraph, EventDate } from "./dateParagraphs.ts";
import { mainClauses, tellsNews } from "./tellsNews.ts";

// News writes the day once and lets the sentences after it carry it: the lede reports the day of the report,
// "the ministry also said …" tells more of a statement already dated, and a sentence whose only dates are background
// ("for the first time since 1991", "which pulled out two years ago") or that says "earlier" or "shortly afterwards"
// tells news of the day the story is at. These rules give such sentences the date their
// context gives them, and nothing else: a sentence with a modal, a question or a quotation stays undated, and so does one
// that tells no news of its own (tellsNews: a denial, a detail that points back, a clause in the pluperfect or the
// present), and any other sentence without date words, however newsy (dating those adds more wrong or unwanted events
// than right ones: see STORY_TOP).

/** Lowest confidence in the publication day at which it dates the report's own sentences. */
const SURE = 0.9;
/** Story sentences, from the lede, whose own news is the day's when their only dates are plans or background. */
const NEWS_SENTENCES = 2;
/** How many sentences after a dated statement a continuation of it may stand. */
const CONTINUATION_REACH = 2;
/**
 * The top of the story, in sentences, where a report with no date words that follows a dated one goes on with that
 * day's news ("Three Israelis were killed when …" after "rockets hit Tel Aviv on Thursday"). Further down, such
 * sentences are background, colour or tallies as often as news: measured on real articles, dating them there added
 * three wrong or unwanted events for each right one. Carrying only the report's own day further down, to sentences
 * that tell news of their own, was measured too: on articles annotated blind it added 13 unwanted events for 5 right
 * ones (26 for 13 with the development set), so it is not done.
 */
const STORY_TOP = 3;

const REPORTING = new RegExp(`\\b(?:${REPORTING_VERBS.join("|")})\\b`, "i");
const MODAL = new RegExp(`\\b(?:${[...MODALS, ...PLAN_WORDS].join("|")})\\b`, "i");
// Words that say a sentence goes on with a statement already told.
const CONTINUES =
  /\b(?:also (?:said|told|reported|announced|confirmed|warned|stressed|noted)|added|adding|went on to say|further said|the (?:statement|announcement) (?:said|added|noted)|in (?:the|its|his|her|their) statement|according to the statement)\b/i;
// A finite verb in the past or the perfect: the sentence reports something done.
const DONE = new RegExp(
  `\\b(?:(?!(?:${PLAN_PARTICIPLES.join("|")})\\b)\\w{3,}ed|has|have|had|was|were|${IRREGULAR_PAST.join("|")})\\b`,
  "i",
);
// Words that put a date in a background clause: "for the first time since 1991", "which it seized in 2014", "on the
// anniversary of last year's protests".
const BACKGROUND_CLAUSE = /\b(?:since|after|before|following|until|amid|which|who|whose|when|anniversary)\b/i;
// A bare "earlier" that opens the sentence or follows its reporting verb: earlier the same day.
const EARLIER = new RegExp(`^\\W*earlier\\b,?|\\b(?:${REPORTING_VERBS.join("|")})\\s+earlier\\b`, "i");
// A sentence that opens soon after what the story just told: "Shortly afterwards,", "Soon after,", "Minutes later,".
const SOON_AFTER =
  /^\W*(?:(?:shortly|soon|immediately|just|moments|minutes)\s+(?:afterwards?|after(?:\s+that)?|thereafter|later)|afterwards?|thereafter)\b,/i;
// The tail of a quotation split from its opening: `… increased," the minister added.`
const QUOTE_END = /[,.!?]["”’]\s/;

/** Adds to each paragraph the event dates that context gives its undated sentences; the input is not changed. */
export function contextDates(paragraphs: readonly DatedParagraph[], article: ArticleToDate): DatedParagraph[] {
  const { published } = article;
  const reportDay = published !== null && article.publishedConfidence >= SURE ? published : null;
  let position = 0;
  let statement: { date: EventDate; at: number } | null = null;
  // The last day the news has told: a report with no date words of its own goes on with it.
  let storyDay: EventDate | null = null;
  let storyAt = 0;
  return paragraphs.map((paragraph, p) => {
    if (p < article.lead) return paragraph;
    const added: EventDate[] = [];
    if (isBackground(paragraph, storyDay)) storyDay = null;
    for (const sentence of paragraph.sentences) {
      const own = paragraph.eventDates.filter((d) => d.sentence === sentence);
      const text = paragraph.text.slice(Math.max(sentence.start, paragraph.dateline), sentence.end);
      const report = isReport(text);
      // Dated only by what its news is measured against, a sentence tells news of its own day.
      const undated = own.every((d) => measuresAgainst(paragraph.text, sentence.start, d));
      if (report && own.length > 0 && undated && (storyDay || reportDay)) {
        // "Sirens sounded for the first time since the 1991 Gulf War" is news of the day the story is at; 1991 stays
        // an event of its own.
        added.push(onStoryDay(sentence, storyDay, reportDay));
      } else if (report && newsBesideBackground(paragraph.text, sentence, own, storyDay?.date.start ?? reportDay)) {
        // "The United States, which pulled out its troops two and a half years ago, pledged …": the background is in an
        // aside, and the main clause is news of the day the story is at.
        added.push(onStoryDay(sentence, storyDay, reportDay));
      } else if (report && own.length === 0 && storyDay && SOON_AFTER.test(text) && !MODAL.test(text)) {
        // "Shortly afterwards, the army announced …": soon after what the story just told, on its day (not a view or a
        // demand: "Soon after, an adviser said the US must wait …").
        added.push(carried(storyDay, sentence, "story"));
      } else if (report && own.length === 0 && EARLIER.test(text) && (storyDay || reportDay)) {
        // "Earlier, the minister said …", "News reports said earlier that …": earlier on the day the story is at.
        added.push(onStoryDay(sentence, storyDay, reportDay));
      } else if (reportDay && report && position === 0 && own.length === 0) {
        // The lede with no date words reports the day's news.
        added.push(onReportDay(sentence, reportDay));
      } else if (reportDay && report && position < NEWS_SENTENCES && own.length > 0) {
        // Dated only by a plan or background ("have agreed to a truce starting Saturday"), it reports the day's news too.
        const background = (d: EventDate) =>
          d.date.end < addDays(reportDay, -30) && BACKGROUND_CLAUSE.test(lastWords(paragraph.text, d.span?.start ?? 0));
        if (own.every((d) => d.status === "scheduled" || background(d))) added.push(onReportDay(sentence, reportDay));
      } else if (report && undated) {
        const nearStatement = statement !== null && position - statement.at <= CONTINUATION_REACH;
        const told = tellsNews(text);
        if (statement && nearStatement && own.length === 0 && CONTINUES.test(text))
          // "The ministry also said …", "He added that …": more of a statement already dated.
          added.push(carried(statement.date, sentence, "statement"));
        else if (told && storyDay && position === storyAt + 1 && (nearStatement || position < STORY_TOP))
          // Right after a dated sentence, at the top of the story or near a dated statement, a report with no date
          // words of its own tells more of that day's news.
          added.push(carried(storyDay, sentence, "story"));
      }
      for (const d of own) {
        // A day the sentence relates itself to ("two days after …") or counts from ("since Saturday") is not the day
        // the story is at.
        if (d.status !== "reported" || d.date.precision !== "day" || d.about || startsPeriod(paragraph.text, d))
          continue;
        if (REPORTING.test(text)) statement = { date: d, at: position };
        storyDay = d;
        storyAt = position;
      }
      if (position === 0 && own.length === 0 && reportDay && report) storyDay = added[added.length - 1] ?? storyDay;
      position += 1;
    }
    if (added.length === 0) return paragraph;
    const eventDates = [...paragraph.eventDates, ...added].sort(
      (a, b) => a.sentence.start - b.sentence.start || (a.span?.start ?? -1) - (b.span?.start ?? -1),
    );
    return { ...paragraph, eventDates };
  });
}

/** A paragraph that tells older background: its own dates are all months or more before the story's day. */
function isBackground(paragraph: DatedParagraph, storyDay: EventDate | null): boolean {
  const told = paragraph.eventDates.filter((d) => !measuresAgainst(paragraph.text, d.sentence.start, d));
  if (!storyDay || told.length === 0) return false;
  const before = addDays(storyDay.date.start, -30);
  return told.every((d) => d.date.end < before);
}

// "for the first time since the 1991 Gulf War", "the deadliest day since 2014": a date the news is measured against.
const COMPARISON = /\b(?:first(?: time)?|only|\w+est)\b[^.;:]{0,30}\bsince\s+(?:the\s+)?$/i;

/** Whether a date of a sentence is only what its news is measured against. */
function measuresAgainst(text: string, sentenceStart: number, date: EventDate): boolean {
  const at = date.span?.start ?? sentenceStart;
  return COMPARISON.test(text.slice(Math.max(sentenceStart, at - 60), at));
}

/** How many days before the day the story is at a date in an aside must end to be background. */
const ASIDE_AGE = 7;
// What bounds an aside: a comma (not in "2,000") or a dash.
const ASIDE_BOUND = /,(?!\d)|\s[—–-]\s/g;

/**
 * Whether a sentence's dates are all background (a week or more before the day the story is at) told outside its main
 * clause, and its main clause tells news: in asides between commas or dashes ("Deraa and Latakia, scenes of clashes
 * last month, gathered …"; judged once they are cut out), or in subordinate clauses ("raised the flag after recapturing
 * the city they lost in May").
 */
function newsBesideBackground(
  text: string,
  sentence: SentenceSpan,
  own: readonly EventDate[],
  day: string | null,
): boolean {
  if (day === null || own.length === 0) return false;
  const before = addDays(day, -ASIDE_AGE);
  if (own.some((d) => d.span === null || d.status !== "reported" || d.date.start >= before || d.date.end >= day))
    return false;
  const spans = own.map((d) => d.span as { start: number; end: number });
  const rest = withoutAsides(text, sentence, spans);
  if (rest !== null) return isReport(rest) && tellsNews(rest);
  const whole = text.slice(sentence.start, sentence.end);
  return onlySubordinate(whole, sentence.start, spans) && isReport(whole) && tellsNews(whole);
}

/** The sentence with the comma- or dash-bounded asides that hold `spans` cut out, or null when one stands outside any. */
function withoutAsides(text: string, sentence: SentenceSpan, spans: readonly { start: number; end: number }[]) {
  const bounds = [...text.slice(sentence.start, sentence.end).matchAll(ASIDE_BOUND)].map(
    (m) => sentence.start + m.index,
  );
  let rest = "";
  let from = sentence.start;
  for (const { start, end } of spans) {
    const open = bounds.findLast((b) => b < start);
    const close = bounds.find((b) => b >= end);
    if (open === undefined || close === undefined || open < from) return null;
    rest += text.slice(from, open);
    from = close;
  }
  return rest + text.slice(from, sentence.end);
}

/**
 * Whether every span (offsets in the paragraph; the sentence starts at `at`) lies outside the sentence's main clauses,
 * and those tell something done in the simple past: "the army has said that aid entered during a truce that …" tells
 * a claim at no time of its own.
 */
function onlySubordinate(sentence: string, at: number, spans: readonly { start: number; end: number }[]): boolean {
  let marked = sentence;
  for (const { start, end } of spans)
    marked = `${marked.slice(0, start - at)}${"\u0000".repeat(end - start)}${marked.slice(end - at)}`;
  const main = mainClauses(marked);
  return !main.includes("\u0000") && !/\b(?:has|have|had)\b/i.test(main);
}

/** Whether a date is the start of a period the sentence tells of ("fired since Saturday"). */
function startsPeriod(text: string, date: EventDate): boolean {
  return (
    date.span !== null && /\bsince\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, date.span.start - 12), date.span.start))
  );
}

/** The six words before an offset. */
function lastWords(text: string, offset: number): string {
  return text
    .slice(Math.max(0, offset - 60), offset)
    .split(/\s+/)
    .slice(-6)
    .join(" ");
}

/** Another sentence's date, carried to a sentence with no date words of its own. */
function carried(from: EventDate, sentence: SentenceSpan, dating: "statement" | "story"): EventDate {
  return { sentence, date: from.date, span: null, status: from.status, dating };
}

/** The day the story is at (the last day told), else the day of the report, as a sentence's event date. */
function onStoryDay(sentence: SentenceSpan, storyDay: EventDate | null, reportDay: string | null): EventDate {
  return storyDay ? carried(storyDay, sentence, "story") : onReportDay(sentence, reportDay as string);
}

/** The day of the report as a sentence's event date. */
function onReportDay(sentence: SentenceSpan, day: string): EventDate {
  return {
    sentence,
    date: { start: day, end: day, precision: "day", approximate: false, text: "" },
    span: null,
    status: "reported",
    dating: "report-day",
  };
}

/**
 * Reports something done: not a question, not (the end of) a quotation, no modal in the main clause, and a verb in the
 * past or the perfect.
 */
function isReport(text: string): boolean {
  const bare = text.trim();
  if (bare.split(/\s+/).length < 6 || /\?["”’]?$/.test(bare) || /^["“‘']/.test(bare) || QUOTE_END.test(bare))
    return false;
  const outsideQuotes = bare.replace(/["“][^"”]*["”]/g, " ");
  // A comma between digits groups thousands ("2,000 people"); it ends no clause.
  const mainClause = outsideQuotes.split(/,(?!\d)|\b(?:which|who|that|when|while|as)\b/)[0] ?? "";
  // A capitalised "May" past the first word is the month ("lost the city in May"), not the modal.
  return !MODAL.test(mainClause.replace(/(?<=\S\s+)May\b/g, "")) && DONE.test(outsideQuotes);
}
