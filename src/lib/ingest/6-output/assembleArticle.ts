import { type Article, articleSchema } from "../../../schema/article.ts";
import type { PreparedArticle } from "../2-published/prepareArticles.ts";
import type { ParagraphDate } from "../4-events/extractEvents.ts";

/** The article as written to OUT/articles: its paragraphs with their dates, each linked to the event it ended up in (or null). */
export function assembleArticle(
  article: PreparedArticle,
  dates: readonly ParagraphDate[][],
  eventOf: (key: string | null) => string | null,
): Article {
  return articleSchema.parse({
    id: article.id,
    headline: article.headline,
    files: article.files,
    url: article.url,
    publisher: article.publisher,
    language: article.language,
    published: article.published,
    publishedBasis: article.publishedBasis,
    publishedConfidence: article.publishedConfidence,
    captions: article.captions,
    pageLines: article.pageLines.map(({ text, kind }) => ({ text, kind })),
    lead: article.lead,
    paragraphs: article.paragraphs.map((paragraph, i) => ({
      text: paragraph.text,
      dates: (dates[i] ?? []).map(({ start, end, value, day, key }) => ({
        start,
        end,
        value,
        day,
        event: eventOf(key),
      })),
    })),
    topics: article.topics,
  });
}
