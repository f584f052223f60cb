import { hash } from "node:crypto";
import type { DataFile, SourceInput } from "./1-read/index.ts";
import type { ArticleJob } from "./2-published/index.ts";

// Keys of the ingest's content-hash cache (the cache itself lives in scripts/, which reads and writes files). A key is a
// hash of everything a cached answer depends on, so a stale entry is never found rather than found and distrusted:
// `code` is the hash of the source of every module the per-file and per-article stages run (scripts/support/codeVersion.ts).

// One call for the whole text: a run hashes tens of thousands of short keys, and crypto.hash is about three times as
// quick as createHash().update().digest() at that size.
function sha256(...parts: string[]): string {
  return hash("sha256", parts.map((part) => `${part.length}:${part}`).join(""));
}

/** The hash of a source's bytes that names them in the cache (SourceInput.hash). */
export function contentHash(bytes: Uint8Array): string {
  return hash("sha256", bytes);
}

/**
 * Key of readArticles(source): the code, the file's name (warnings carry it) and its bytes' hash (the one the script
 * recorded, or else made here), or its size when unread.
 */
export function fileKey(code: string, source: SourceInput): string {
  if (source.hash !== undefined) return sha256("file", code, source.file, `sha256:${source.hash}`);
  return source.bytes === null
    ? sha256("file", code, source.file, `unread:${source.size}`)
    : sha256("file", code, source.file, `sha256:${contentHash(source.bytes)}`);
}

/** Key of the gazetteer as the per-article stages see it: its text, or its absence. */
export function gazetteerKey(gazetteer: DataFile | null): string {
  return gazetteer === null ? sha256("gazetteer", "none") : sha256("gazetteer", gazetteer.file, gazetteer.text);
}

/**
 * Key of processArticle(job, gazetteer): the code, the gazetteer and the job: id, files, the sidecar entry, the editors'
 * pin and the copy's text. The copy is named by `copyKey`, the key of the file it was read from and its place there,
 * which fixes its text as surely as the text itself and costs nothing to hash.
 */
export function articleKey(code: string, gazetteer: string, job: ArticleJob<unknown>, copyKey: string): string {
  return sha256("article", code, gazetteer, copyKey, JSON.stringify({ ...job, copy: null }));
}

/**
 * Content key of an event candidate: what its article lends it (`owner`: id, headline, address, publication day) and
 * its encoded text. Two runs that give a merge segment reports of the same content keys give it the same events.
 * 128 bits are kept: these sit in every article's outline.
 */
export function candidateContentKey(owner: string, line: string): string {
  return hash("sha256", `${owner.length}:${owner}${line}`, "base64url").slice(0, 22);
}

/**
 * Fingerprint of an article's output file: its processArticle result's key and the events its dates link to, under
 * `code`, the version of everything that assembles and writes it. The same fingerprint means the same bytes.
 */
export function articleFileFingerprint(code: string, resultKey: string, links: readonly (string | null)[]): string {
  return sha256("article-file", code, resultKey, JSON.stringify(links));
}

/**
 * Fingerprint of an event's output file that no override changed: where its composed text is in the cache (its merge
 * segment's key and its place there) and its id, under `code`, the version of everything that writes it.
 */
export function eventFileFingerprint(code: string, composedAt: string, id: string): string {
  return sha256("event-file", code, composedAt, id);
}

/**
 * Fingerprint of the public document: the result key of every article (its record there) and, for every event in the
 * document's order, its file's fingerprint or, for one an override changed, its text.
 */
export function documentFileFingerprint(
  code: string,
  resultKeys: readonly string[],
  events: readonly string[],
): string {
  return sha256("events-document", code, ...resultKeys, "events", ...events);
}

/**
 * Key of a whole run's inputs: every source file's key, the sidecars, the overrides and the gazetteer, under `code`,
 * the version of everything that makes and writes the output. The same key means the same output, so a run whose key
 * is the one its output folder was last written with has nothing to do.
 */
export function inputsKey(
  code: string,
  fileKeys: readonly string[],
  steering: { sidecars: readonly DataFile[]; overrides: DataFile | null; gazetteer: DataFile | null },
): string {
  const text = (file: DataFile | null) => (file === null ? ["none"] : [file.file, file.text]);
  return sha256(
    "inputs",
    code,
    ...fileKeys,
    "sidecars",
    ...steering.sidecars.flatMap(text),
    "overrides",
    ...text(steering.overrides),
    "gazetteer",
    ...text(steering.gazetteer),
  );
}
