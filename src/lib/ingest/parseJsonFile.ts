import type { z } from "astro/zod";
import { IngestError } from "./ingestWarning.ts";

/**
 * Parses a JSON data file (sidecar, overrides, gazetteer) against its schema. These files steer the whole build, so a mistake
 * stops it with the file, the line of a syntax error or the path of the bad field, and what was expected.
 */
export function parseJsonFile<S extends z.ZodType>(file: string, text: string, schema: S): z.infer<S> {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    const line = position ? text.slice(0, Number(position[1])).split("\n").length : null;
    throw new IngestError(file, `not valid JSON${line ? ` (line ${line})` : ""}: ${message}`);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join(".") || "(top level)"}: ${issue.message}`);
    throw new IngestError(file, `does not match its format (see content/README.md): ${issues.join("; ")}`);
  }
  return parsed.data;
}
