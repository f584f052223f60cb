import {
  CREDIT_ROLES,
  NEWS_AGENCIES,
  PAGE_LINK_LABELS,
  PAGE_WIDGET_OPENINGS,
  PAGE_WIDGET_UNITS,
  PAGE_WIDGETS,
  PHOTO_SERVICES,
  PICTURE_WORDS,
} from "./lexicon.ts";
import { render, words } from "./pattern.ts";

// The lexicon's page-furniture lists as pattern sources (any one of the words, longest first, word-bounded), for the
// ingest's read stage to build its line rules from without spelling a word list inside a pattern.

/** Pattern sources of the page-furniture word lists; use them in case-insensitive patterns. */
export const FURNITURE_WORDS = {
  agency: render(words(NEWS_AGENCIES)),
  photoService: render(words(PHOTO_SERVICES)),
  picture: render(words(PICTURE_WORDS)),
  creditRole: render(words(CREDIT_ROLES)),
  widget: render(words(PAGE_WIDGETS)),
  widgetOpening: render(words(PAGE_WIDGET_OPENINGS)),
  linkLabel: render(words(PAGE_LINK_LABELS)),
  widgetUnit: render(words(PAGE_WIDGET_UNITS)),
} as const;
