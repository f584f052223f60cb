// The ingest: article sources to clean articles, dated events and the build report. Stages run in the order of their
// folders: 1-read → 2-published → 3-dating → 4-events → 5-merge → 6-output; runIngest strings them together.

export { type DataFile, MAX_SOURCE_BYTES, type SourceInput } from "./1-read/index.ts";
export { formatReport } from "./6-output/index.ts";
export { type IngestInput, type IngestOutput, runIngest } from "./runIngest.ts";
export { IngestError } from "./warnings.ts";
