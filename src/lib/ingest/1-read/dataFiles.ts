import type { z } from "astro/zod";
import { type Gazetteer, gazetteerSchema } from "../../../schema/gazetteer.ts";
import { type Overrides, overridesSchema } from "../../../schema/overrides.ts";
import { type SourceMeta, sourceMetaSchema } from "../../../schema/sourceMeta.ts";

import { IngestError } from "../warnings.ts";

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

/** A loaded sidecar and the file it came from. */
export interface Sidecar {
  file: string;
  meta: SourceMeta;
}

/** A text file the build is steered by, with its name for messages. */
export interface DataFile {
  file: string;
  text: string;
}

/** The files that steer the build, parsed: sidecars, the editors' overrides and the gazetteer. */
export interface SteeringFiles {
  sidecars: Sidecar[];
  overrides: Overrides;
  overridesFile: string;
  gazetteer: Gazetteer;
  /** False when no gazetteer was given: events then get no topics, people or places. */
  hasGazetteer: boolean;
}

const EMPTY_OVERRIDES: Overrides = { version: 1, articles: [], events: [] };
const EMPTY_GAZETTEER: Gazetteer = { version: 1, topics: [], people: [], places: [], eventKinds: [] };

/** Parses the steering files through their schemas; throws IngestError naming the file for any that is malformed. */
export function readSteeringFiles(input: {
  sidecars: readonly DataFile[];
  overrides: DataFile | null;
  gazetteer: DataFile | null;
}): SteeringFiles {
  return {
    sidecars: input.sidecars.map(({ file, text }) => ({ file, meta: parseJsonFile(file, text, sourceMetaSchema) })),
    overrides: input.overrides
      ? parseJsonFile(input.overrides.file, input.overrides.text, overridesSchema)
      : EMPTY_OVERRIDES,
    overridesFile: input.overrides?.file ?? "overrides.json",
    gazetteer: input.gazetteer
      ? parseJsonFile(input.gazetteer.file, input.gazetteer.text, gazetteerSchema)
      : EMPTY_GAZETTEER,
    hasGazetteer: input.gazetteer !== null,
  };
}
