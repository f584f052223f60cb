import type { FrontMatter } from "../../schema/frontMatter.ts";
import { inferPublished, type PublishedGuess } from "./inferPublished.ts";
import type { ArticleMeta } from "./matchMetadata.ts";
import type { Caption } from "./parseCaption.ts";

/** Everything that can date an article, strongest first. */
export interface PublishedEvidence {
  /** From content/overrides.json; undefined when the editor did not pin it. */
  override: string | null | undefined;
  frontMatter: FrontMatter | null;
  meta: ArticleMeta | null;
  captions: readonly Caption[];
  paragraphs: readonly string[];
}

/**
 * Picks the publication day: an editor's pin, then front matter, then publisher metadata, then the text's own evidence.
 * Metadata that records the day as unknown (null) defers to the text rather than forcing the article undated.
 */
export function choosePublished(evidence: PublishedEvidence): PublishedGuess {
  if (evidence.override !== undefined) {
    return {
      published: evidence.override,
      basis: evidence.override === null ? "none" : "override",
      confidence: evidence.override === null ? 0 : 1,
    };
  }
  const authored = evidence.frontMatter?.published;
  if (authored) return { published: authored, basis: "front-matter", confidence: 1 };
  if (evidence.meta?.published) return { published: evidence.meta.published, basis: "metadata", confidence: 1 };
  return inferPublished(evidence.captions, evidence.paragraphs);
}
