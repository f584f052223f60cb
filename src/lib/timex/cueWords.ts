// Why this exists: a global pattern is tried at every position of the text, and that was most of the recogniser's time.
// One scan finds where the declared cue words stand; each pattern is then tried only where a word its matches must begin
// with stands, and not at all when the text lacks a word its matches must hold.

const vocabulary = new Set<string>();
let scan: RegExp | null = null;

/** Where cue words stand in a text: lower-cased word → ascending offsets. */
export type Cues = ReadonlyMap<string, readonly number[]>;

/** Declares cue words (lower-case letters and digits), each to be found only as a whole word, a run of word characters of its own. */
export function cueWords(...words: string[]): readonly string[] {
  for (const word of words) {
    if (!/^[a-z0-9]+$/.test(word))
      throw new Error(`cue word must be lower-case letters or digits: ${JSON.stringify(word)}`);
    if (!vocabulary.has(word)) scan = null;
    vocabulary.add(word);
  }
  return words;
}

/** A start word that stands for the first digit of any run of digits ("2006", the "1" of "10:35"). */
export const DIGITS = "#";
const DIGIT_RUN = /\d+/g;

/** Offsets of every declared cue word that stands in the text as a whole word, and of every run of digits (under DIGITS). */
export function findCues(text: string): Cues {
  scan ??= new RegExp(`\\b${trie([...vocabulary])}\\b`, "gi");
  const found = new Map<string, number[]>();
  for (const m of text.matchAll(scan)) {
    const word = m[0].toLowerCase();
    const offsets = found.get(word);
    if (offsets) offsets.push(m.index);
    else found.set(word, [m.index]);
  }
  const digits: number[] = [];
  for (const m of text.matchAll(DIGIT_RUN)) digits.push(m.index);
  found.set(DIGITS, digits);
  return found;
}

/** A pattern matching exactly the given words, as a trie ("a(?:bout|go|n)?"), so the scan picks a branch by letter instead of trying every word in turn. */
function trie(words: readonly string[]): string {
  const branches = new Map<string, string[]>();
  let ends = false;
  for (const word of words) {
    if (word === "") ends = true;
    else {
      const rest = branches.get(word[0] as string);
      if (rest) rest.push(word.slice(1));
      else branches.set(word[0] as string, [word.slice(1)]);
    }
  }
  const alternatives = [...branches].map(([first, rest]) => `${first}${trie(rest)}`);
  if (alternatives.length === 0) return "";
  return `(?:${alternatives.join("|")})${ends ? "?" : ""}`;
}

const NONE: RegExpExecArray[] = [];
// Offsets of several start words merged for sorting; reused, since every rule of every text needs one.
let merged = new Int32Array(256);

/**
 * The same matches as `text.matchAll` would give for the global form of a sticky pattern, provided that every match begins
 * with one of `startWords` and holds one word of each group of `needs`, all as whole words: the pattern is tried only at
 * the offsets of its start words, in order, each past the last match, as a global search would reach them.
 */
export function matchAllFrom(
  text: string,
  cues: Cues,
  sticky: RegExp,
  startWords: readonly string[],
  needs: readonly (readonly string[])[] = [],
): RegExpExecArray[] {
  for (const words of needs) if (!holdsAny(cues, words)) return NONE;
  let count = 0;
  let lists = 0;
  let only: readonly number[] = NONE_OFFSETS;
  for (const word of startWords) {
    const offsets = cues.get(word);
    if (!offsets?.length) continue;
    count += offsets.length;
    lists += 1;
    only = offsets;
  }
  if (count === 0) return NONE;
  let starts: ArrayLike<number> = only;
  if (lists > 1) {
    if (merged.length < count) merged = new Int32Array(count * 2);
    count = 0;
    for (const word of startWords) for (const offset of cues.get(word) ?? NONE_OFFSETS) merged[count++] = offset;
    // A typed array sorts numbers natively, without a comparison callback.
    starts = merged.subarray(0, count).sort();
  }
  let matches = NONE;
  let next = 0;
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i] as number;
    if (start < next) continue;
    sticky.lastIndex = start;
    const m = sticky.exec(text);
    if (!m) continue;
    if (matches === NONE) matches = [];
    matches.push(m);
    // As matchAll does, an empty match moves one on.
    next = start + Math.max(1, m[0].length);
  }
  return matches;
}

const NONE_OFFSETS: readonly number[] = [];

function holdsAny(cues: Cues, words: readonly string[]): boolean {
  for (const word of words) if (cues.has(word)) return true;
  return false;
}
