import { parse as parseYaml } from "yaml";
import type { BuildWarning } from "../../../schema/buildReport.ts";
import { type FrontMatter, frontMatterSchema } from "../../../schema/frontMatter.ts";
import { warning } from "../warnings.ts";
import type { RawArticle, SourceLine } from "./splitArticles.ts";

/** An article an editor wrote by hand, with the metadata from its front matter. */
export interface AuthoredArticle {
  article: RawArticle;
  meta: FrontMatter;
}

const FRONT_MATTER = /^---\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;

/**
 * Reads `---\nheadline: …\npublished: …\nurl: …\n---\nparagraphs`: paragraphs are separated by blank lines,
 * and lines wrapped inside a paragraph are joined with a space, as Markdown does.
 */
export function parseMarkdownSource(file: string, text: string): AuthoredArticle | BuildWarning {
  const match = FRONT_MATTER.exec(text);
  if (!match)
    return warning(file, "skipped: a Markdown source must start with front matter (---, headline: …, ---)", 1);
  let data: unknown;
  try {
    data = parseYaml(match[1] as string);
  } catch (error) {
    return warning(file, `skipped: front matter is not valid YAML (${(error as Error).message.split("\n")[0]})`, 2);
  }
  const parsed = frontMatterSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return warning(
      file,
      `skipped: front matter field "${issue?.path.join(".") || "?"}": ${issue?.message ?? "invalid"}`,
      2,
    );
  }
  const bodyStartLine = (match[0].match(/\n/g) ?? []).length + 1;
  const paragraphs = toParagraphs(text.slice(match[0].length), bodyStartLine);
  if (paragraphs.length === 0)
    return warning(file, "skipped: the Markdown source has front matter but no paragraphs", bodyStartLine);
  const meta = parsed.data;
  return {
    meta,
    article: {
      headline: { text: meta.headline.trim(), line: 2 },
      captions: (meta.captions ?? []).map((caption) => ({ text: caption.trim(), line: 2 })),
      pageLines: [],
      paragraphs,
      lead: 0,
    },
  };
}

function toParagraphs(body: string, firstLine: number): SourceLine[] {
  const paragraphs: SourceLine[] = [];
  let current: string[] = [];
  let startLine = firstLine;
  body.split("\n").forEach((raw, index) => {
    const line = raw.trim();
    if (line === "") {
      if (current.length > 0) paragraphs.push({ text: current.join(" "), line: startLine });
      current = [];
      return;
    }
    if (current.length === 0) startLine = firstLine + index;
    current.push(line);
  });
  if (current.length > 0) paragraphs.push({ text: current.join(" "), line: startLine });
  return paragraphs;
}
