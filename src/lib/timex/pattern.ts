import { DIGITS } from "./cueWords.ts";

// Rules write their patterns with these builders instead of regular-expression strings, for two reasons: every word
// list comes from the lexicon (never spelled inside a pattern), and each piece knows the words a match can begin with
// and must hold, so the recogniser tries a pattern only where one of its start words stands (see cueWords.ts) without
// anyone listing those words by hand.

/** A piece of a pattern: its regular-expression source and the cue words it begins with and holds. */
export interface Pattern {
  /** Source of the piece itself; an optional piece is wrapped by whatever joins it. */
  readonly source: string;
  /** Lower-case words (or DIGITS) a match can begin with; null when a match may begin with anything. */
  readonly first: readonly string[] | null;
  /** True when the piece may be left out. */
  readonly optional: boolean;
  /** True for look-arounds, which take no separator. */
  readonly zeroWidth: boolean;
  /** Groups of words, one word of each of which every match holds as a whole word. */
  readonly needs: readonly (readonly string[])[];
}

type Piece = Pattern | string;

/** Any of the given words or phrases (longest first), as written, apart from case; a word ends at a word boundary. */
export function words(list: Iterable<string>): Pattern {
  const items = [...new Set(list)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  if (items.length === 0) throw new Error("words(): empty list");
  const firsts = items.map(firstWord);
  const first = firsts.includes(null) ? null : [...new Set(firsts as string[])];
  return {
    source: `(?:${trieSource(items.map((item) => item.split(/\s+/)))})`,
    first,
    optional: false,
    zeroWidth: false,
    needs: first ? [first] : [],
  };
}

/** A regular-expression source whose matches begin with `first` (DIGITS for a digit, null for anything). */
export function raw(source: string, first: readonly string[] | null): Pattern {
  return { source, first, optional: false, zeroWidth: false, needs: [] };
}

/** A run of `min` to `max` digits not followed by another digit. */
export function digits(min: number, max = min): Pattern {
  return raw(`\\d{${min},${max}}(?!\\d)`, [DIGITS]);
}

/** A look-ahead or look-behind: it takes no separator and says nothing about start words. */
export function look(source: string): Pattern {
  return { source, first: null, optional: true, zeroWidth: true, needs: [] };
}

/** The piece, or nothing. */
export function opt(piece: Piece): Pattern {
  const p = toPattern(piece);
  return { ...p, optional: true, needs: [] };
}

/** One of the pieces. */
export function alt(...pieces: Piece[]): Pattern {
  const ps = pieces.map(toPattern);
  const firsts = ps.map((p) => p.first);
  return {
    source: `(?:${ps.map(wrap).join("|")})`,
    first: firsts.includes(null) ? null : [...new Set(firsts.flat() as string[])],
    optional: false,
    zeroWidth: false,
    needs: [],
  };
}

/** The piece as a named group, read back with `group(match, name)`. */
export function cap(name: string, piece: Piece): Pattern {
  const p = toPattern(piece);
  return { ...p, source: `(?<${name}>${p.source})` };
}

// Marks a capitalised piece in a source; compileRule names each mark's group and checks its first letter, because a
// case-sensitive part inside a case-insensitive pattern ("(?-i:…)") makes V8 run the whole pattern several times slower.
const CASED = "(?<§>";

/** The piece with a capital first letter, as written ("May" the month, not "may" the verb). */
export function cased(piece: Piece): Pattern {
  const p = toPattern(piece);
  return { ...p, source: `${CASED}${p.source})` };
}

/**
 * A pattern's source for a case-insensitive regular expression, the groups whose text must begin with a capital, and
 * the groups of words found before the match by looking back.
 */
export function compileSource(p: Pattern): { source: string; cased: string[]; behind: string[] } {
  const cased: string[] = [];
  const behind: string[] = [];
  const source = wrap(p)
    .replaceAll(CASED, () => {
      cased.push(`cased${cased.length}`);
      return `(?<${cased.at(-1)}>`;
    })
    .replaceAll(BEHIND, () => {
      behind.push(`behind${behind.length}`);
      return `(?<${behind.at(-1)}>`;
    });
  return { source, cased, behind };
}

/** The pieces in order, separated by white space (an optional piece takes its separator with it). */
export function seq(...pieces: Piece[]): Pattern {
  return join("\\s+", pieces);
}

/** The pieces in order with nothing between them ("3" "rd", "mid" "-" "2024"). */
export function tight(...pieces: Piece[]): Pattern {
  return join("", pieces);
}

/** The pieces in order, separated by `separator`, a regular-expression source. */
export function join(separator: string, pieces: Piece[]): Pattern {
  const ps = pieces.map(toPattern);
  const required = ps.findIndex((p) => !p.optional && !p.zeroWidth);
  let source = "";
  let emitted = false;
  ps.forEach((p, i) => {
    if (p.zeroWidth) source += p.source;
    else if (required >= 0 && i < required) source += `(?:${p.source}${separator})?`;
    else if (!emitted) source += wrap(p);
    else source += p.optional ? `(?:${separator}${p.source})?` : `${separator}${p.source}`;
    if (!p.zeroWidth && (required < 0 || i >= required)) emitted = true;
  });
  const leading = ps.slice(0, required >= 0 ? required + 1 : ps.length).filter((p) => !p.zeroWidth);
  const firsts = leading.map((p) => p.first);
  return {
    source,
    first: firsts.includes(null) ? null : [...new Set(firsts.flat() as string[])],
    optional: required < 0,
    zeroWidth: false,
    needs: ps.filter((p) => !p.optional && !p.zeroWidth).flatMap((p) => p.needs),
  };
}

// Marks optional words before a match that are found by looking back: a pattern is then not tried at every "the" but
// only at the rarer word after it, and the mention widens to hold them (see findMentions).
const BEHIND = "(?<¶>";

/**
 * Words right before the match (and white space), found by looking back, optional unless `required`; the expression
 * widens to hold them. The pattern is then tried only where the words after them stand.
 */
export function behind(piece: Piece, required = false): Pattern {
  const p = toPattern(piece);
  const look = `(?<=(?<![\\w'’])${BEHIND}${p.source})\\s+)`;
  // An alternation, not "?": a quantified group that matches nothing is never taken, so its group would never be set.
  return { source: required ? look : `(?:${look}|)`, first: null, optional: true, zeroWidth: true, needs: [] };
}

/** A case-insensitive search for any of the given words or phrases, each starting at a word boundary when it starts with a letter. */
export function phrases(list: Iterable<string>): RegExp {
  const items = [...new Set(list)];
  const wordInitial = items.filter((p) => /^[A-Za-z0-9]/.test(p)).map((p) => p.split(/\s+/));
  const others = items.filter((p) => !/^[A-Za-z0-9]/.test(p)).map((p) => p.split(/\s+/));
  const sources = [
    ...(wordInitial.length ? [`\\b(?:${trieSource(wordInitial)})`] : []),
    ...(others.length ? [`(?:${trieSource(others)})`] : []),
  ];
  return new RegExp(sources.join("|"), "gi");
}

/** The source of a piece as it stands on its own (a capitalised piece keeps its case only in a case-sensitive expression). */
export function render(p: Pattern): string {
  const source = p.optional && !p.zeroWidth ? `(?:${p.source})?` : p.source;
  return source.replaceAll(CASED, "(?:").replaceAll(BEHIND, "(?:");
}

/** The text of a named group, or "" when it did not take part in the match. */
export function group(m: RegExpExecArray, name: string): string {
  return m.groups?.[name] ?? "";
}

/** Offset in the text where the last occurrence of a named group's text in the match begins, or the match's start. */
export function groupStart(m: RegExpExecArray, name: string): number {
  const text = group(m, name);
  return text ? m.index + m[0].lastIndexOf(text) : m.index;
}

// A piece inside a larger one: optional pieces in brackets, marks kept.
function wrap(p: Pattern): string {
  return p.optional && !p.zeroWidth ? `(?:${p.source})?` : p.source;
}

function toPattern(piece: Piece): Pattern {
  return typeof piece === "string" ? words([piece]) : piece;
}

// A list of phrases as a trie of their words ("the(?:\s+(?:past|near\s+(?:future|term))|\b)"), so that a match tries
// each word once instead of once per phrase that begins with it; longer words first at each branch.
function trieSource(phrases: readonly string[][]): string {
  const branches = new Map<string, string[][]>();
  for (const [head, ...rest] of phrases) {
    const list = branches.get(head as string);
    if (list) list.push(rest);
    else branches.set(head as string, [rest]);
  }
  // Longest phrase first, so that a look-behind, which takes the first branch that fits, prefers "the past" to "past".
  const longest = (head: string, rests: string[][]) => head.length + Math.max(...rests.map((r) => r.join(" ").length));
  return [...branches]
    .sort(([a, ra], [b, rb]) => longest(b, rb) - longest(a, ra) || (a < b ? -1 : 1))
    .map(([head, rests]) => {
      const ends = rests.some((r) => r.length === 0);
      const longer = rests.filter((r) => r.length > 0);
      if (longer.length === 0) return phraseSource(head);
      const tail = `\\s+(?:${trieSource(longer)})`;
      return ends ? `${wordSource(head)}(?:${tail}|${boundary(head)})` : `${wordSource(head)}${tail}`;
    })
    .join("|");
}

function boundary(word: string): string {
  return /[A-Za-z0-9]$/.test(word) ? "\\b" : "";
}

function wordSource(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&").replace(/['’]/g, "['’]");
}

// Words are matched as written apart from case: spaces stand for any white space, an apostrophe for either kind,
// and a word that ends in a letter or digit ends at a word boundary ("Sept" must not match in "September").
function phraseSource(phrase: string): string {
  const escaped = phrase
    .replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")
    .replace(/\s+/g, "\\s+")
    .replace(/['’]/g, "['’]");
  return /[A-Za-z0-9]$/.test(phrase) ? `${escaped}\\b` : escaped;
}

function firstWord(phrase: string): string | null {
  return /^([a-z0-9]+)/i.exec(phrase)?.[1]?.toLowerCase() ?? null;
}
