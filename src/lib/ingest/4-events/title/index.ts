// Titles for events, cut from the words of the sentence that dates them.
export {
  deriveTitle,
  explainTitle,
  MAX_TITLE_WORDS,
  type Span,
  TITLE_STRATEGIES,
  type TitleContext,
} from "./deriveTitle.ts";
