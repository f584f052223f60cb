import type { DateValue } from "../../../schema/dateValue.ts";
import type { EventDating, EventStatus } from "../../../schema/event.ts";
import { MAIN_PERIOD_START } from "../../dates/mainPeriod.ts";
import type { SentenceSpan } from "../../text/splitSentences.ts";
import type { DatedParagraph } from "../3-dating/index.ts";
import type { GazetteerMatcher, GazetteerMatches } from "../matchGazetteer.ts";
import { contentWords } from "./contentWords.ts";
import { deriveTitle } from "./title/index.ts";

/** The part of an article the extraction needs. */
export interface ArticleForEvents {
  id: string;
  headline: string;
  url: string | null;
  published: string | null;
  /** Topics of the whole article, used when a sentence names none. */
  topics: readonly string[];
}

/** One article's report of a dated event, before reports of the same event are merged. */
export interface EventCandidate {
  /** Stable within a run: article id, paragraph and offset of the date. */
  key: string;
  article: { id: string; headline: string; url: string | null; published: string | null };
  title: string;
  date: DateValue;
  /** How the date was found: the sentence's own words, the statement it continues, or the day of the report. */
  dating: EventDating;
  quote: string;
  topics: string[];
  people: string[];
  places: string[];
  eventKinds: string[];
  /** Content words of the title, for comparing with other reports. */
  titleWords: Set<string>;
  /** Content words of the quote. */
  quoteWords: Set<string>;
  context: boolean;
  /** Whether the sentence reports it as done or announces it. */
  status: EventStatus;
}

/** A recognised date in a paragraph, as the article page marks it up; `key` names the candidate it made, if any. */
export interface ParagraphDate {
  start: number;
  end: number;
  value: string;
  day: string | null;
  key: string | null;
}

/**
 * Makes one event candidate per date that places something that happened (as dateParagraphs chose them), titled from
 * its sentence and tagged from the gazetteer, and lists every recognised date for the article page.
 */
export function extractEvents(
  article: ArticleForEvents,
  paragraphs: readonly DatedParagraph[],
  match: GazetteerMatcher,
): { dates: ParagraphDate[][]; candidates: EventCandidate[] } {
  const candidates: EventCandidate[] = [];
  const isPerson = (name: string) => match(name).people.length > 0;
  const dates = paragraphs.map(({ text, timexes, eventDates, dateline }, p) => {
    const keyOf = new Map<number, string>();
    // Several dates can share a sentence: look its names and words up once.
    const lookups = new Map<SentenceSpan, { found: GazetteerMatches; words: Set<string> }>();
    for (const { sentence, date, span, status, dating, about } of eventDates) {
      const local = (t: { start: number; end: number }) => ({
        start: t.start - sentence.start,
        end: Math.min(t.end, sentence.end) - sentence.start,
      });
      const inSentence = timexes.filter((t) => t.start >= sentence.start && t.start < sentence.end).map(local);
      // A date from context has no words in the sentence: the title is cut as if it stood at the end.
      const target = span ? local(span) : { start: sentence.text.length, end: sentence.text.length };
      // Pronouns look back on the previous paragraph and this one's start; the gazetteer tells people from places.
      const preceding = `${paragraphs[p - 1]?.text ?? ""} ${text.slice(0, sentence.start)}`;
      // An event the sentence relates its day to is titled by its own clause ("two days after [Assad called …]").
      const clause = about ? text.slice(about.start, about.end).trim() : null;
      const title = clause
        ? deriveTitle(clause, { start: clause.length, end: clause.length }, [], { preceding, isPerson })
        : deriveTitle(withoutDateline(sentence, dateline), target, inSentence, { preceding, isPerson });
      const known = lookups.get(sentence) ?? { found: match(sentence.text), words: contentWords(sentence.text) };
      lookups.set(sentence, known);
      const key = span ? `${article.id}#${p}#${span.start}` : `${article.id}#${p}#s${sentence.start}`;
      if (span) keyOf.set(span.start, key);
      candidates.push({
        key,
        article: { id: article.id, headline: article.headline, url: article.url, published: article.published },
        title,
        date,
        dating,
        quote: sentence.text,
        topics: known.found.topics.length > 0 ? known.found.topics : [...article.topics],
        people: known.found.people,
        places: known.found.places,
        eventKinds: known.found.eventKinds,
        titleWords: contentWords(title),
        quoteWords: known.words,
        context: date.end < MAIN_PERIOD_START,
        status,
      });
    }
    return timexes.map(
      (timex): ParagraphDate => ({
        start: timex.start,
        end: timex.end,
        value: timex.value,
        day: timex.range?.start ?? null,
        key: keyOf.get(timex.start) ?? null,
      }),
    );
  });
  return { dates, candidates };
}

/** The sentence with the wire dateline it opens with blanked out ("GENEVA (AP) — …"), offsets kept: it is no title. */
function withoutDateline(sentence: SentenceSpan, dateline: number): string {
  const cut = Math.min(Math.max(dateline - sentence.start, 0), sentence.text.length);
  return cut === 0 ? sentence.text : " ".repeat(cut) + sentence.text.slice(cut);
}
