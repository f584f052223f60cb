// Stage 4: one event candidate per dated sentence, titled from its words and tagged from the gazetteer.

export { contentWords, jaccard } from "./contentWords.ts";
export { type ArticleForEvents, type EventCandidate, extractEvents, type ParagraphDate } from "./extractEvents.ts";
export { deriveTitle, explainTitle, TITLE_STRATEGIES, type TitleContext } from "./title/index.ts";
