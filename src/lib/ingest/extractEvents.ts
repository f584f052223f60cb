import type { DateValue } from "../../schema/dateValue.ts";
import { recogniseTimexes } from "../timex/index.ts";
import { contentWords } from "./contentWords.ts";
import { deriveTitle } from "./deriveTitle.ts";
import { datelineLength } from "./findDateline.ts";
import { skipReason } from "./isEventTimex.ts";
import type { GazetteerMatcher, GazetteerMatches } from "./matchGazetteer.ts";
import { type SentenceSpan, splitSentences } from "./splitSentences.ts";

/** The timeline's main period starts with the Syrian uprising; anything that ends before it is background. */
export const MAIN_PERIOD_START = "2011-03-01";

/** The part of an article the extraction needs. */
export interface ArticleForEvents {
  id: string;
  headline: string;
  url: string | null;
  published: string | null;
  paragraphs: readonly string[];
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
 * Recognises the dates of every paragraph from the publication day (null for an undated article, so weekdays stay unresolved)
 * and makes one event candidate per date that places something that happened, titled from its sentence. The date of a
 * wire dateline ("BEIRUT, July 13 (Reuters) -") is when the story was filed: it stays marked up but makes no event.
 */
export function extractEvents(
  article: ArticleForEvents,
  match: GazetteerMatcher,
): { dates: ParagraphDate[][]; candidates: EventCandidate[] } {
  const candidates: EventCandidate[] = [];
  const isPerson = (name: string) => match(name).people.length > 0;
  const dates = article.paragraphs.map((paragraph, p) => {
    const timexes = recogniseTimexes(paragraph, { reference: article.published });
    const sentences = timexes.length > 0 ? splitSentences(paragraph) : [];
    const dateline = timexes.length > 0 ? datelineLength(paragraph) : 0;
    // Several dates can share a sentence: look its names and words up once.
    const lookups = new Map<SentenceSpan, { found: GazetteerMatches; words: Set<string> }>();
    const lookup = (sentence: SentenceSpan) => {
      const known = lookups.get(sentence) ?? { found: match(sentence.text), words: contentWords(sentence.text) };
      lookups.set(sentence, known);
      return known;
    };
    return timexes.map((timex): ParagraphDate => {
      const marked: ParagraphDate = {
        start: timex.start,
        end: timex.end,
        value: timex.value,
        day: timex.range?.start ?? null,
        key: null,
      };
      const sentence = sentences.find((s) => timex.start >= s.start && timex.start < s.end);
      if (!timex.range || !sentence || timex.start < dateline || skipReason(timex, article.published) !== null)
        return marked;
      const local = (t: { start: number; end: number }) => ({
        start: t.start - sentence.start,
        end: Math.min(t.end, sentence.end) - sentence.start,
      });
      const inSentence = timexes.filter((t) => t.start >= sentence.start && t.start < sentence.end).map(local);
      // Pronouns look back on the previous paragraph and this one's start; the gazetteer tells people from places.
      const preceding = `${article.paragraphs[p - 1] ?? ""} ${paragraph.slice(0, sentence.start)}`;
      const title = deriveTitle(sentence.text, local(timex), inSentence, { preceding, isPerson });
      const { found, words } = lookup(sentence);
      marked.key = `${article.id}#${p}#${timex.start}`;
      candidates.push({
        key: marked.key,
        article: { id: article.id, headline: article.headline, url: article.url, published: article.published },
        title,
        date: {
          start: timex.range.start,
          end: timex.range.end,
          precision: timex.range.precision,
          approximate: timex.range.approximate,
          text: timex.text,
        },
        quote: sentence.text,
        topics: found.topics.length > 0 ? found.topics : [...article.topics],
        people: found.people,
        places: found.places,
        eventKinds: found.eventKinds,
        titleWords: contentWords(title),
        quoteWords: words,
        context: timex.range.end < MAIN_PERIOD_START,
      });
      return marked;
    });
  });
  return { dates, candidates };
}
