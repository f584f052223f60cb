import type { BuildWarning } from "../../schema/buildReport.ts";

/** A warning about one file (and line, where it helps) for the build report. */
export function warning(file: string | null, message: string, line: number | null = null): BuildWarning {
  return { file, line, message };
}

/** A problem that stops the build: malformed metadata, overrides or gazetteer. The message names the file and what to fix. */
export class IngestError extends Error {
  readonly file: string;
  constructor(file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = "IngestError";
    this.file = file;
  }
}
