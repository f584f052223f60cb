import { cueWords, DIGITS, findCues, matchAllFrom } from "./cueWords.ts";
import type { Mention } from "./mention.ts";
import { fromValue, isPlausibleYear, wordAfter, wordBefore } from "./resolveHelpers.ts";

const YEAR = /(?<![\d$€£.,/])(1[89]\d\d|20\d\d)(?!\d|,\d|\.\d|%)(?:'s|’s)?/y;
const FISCAL = /\bfiscal(?:\s+year)?\s+(1[89]\d\d|20\d\d)\b/iy;
const CENTURY =
  /\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)[\s-]century\b|\b(?:the\s+)?(twentieth|twenty-first|nineteenth)[\s-]century\b/iy;
const CENTURY_WORDS: Record<string, number> = { nineteenth: 19, twentieth: 20, "twenty-first": 21 };
const DECADE = /\b(?:the\s+)?(1[89]\d0|20\d0)['’]?s\b|\b(?:the\s+)?['’](\d0)s\b/g;

// A year needs a temporal frame: these words before it ("in 2006", "since 1948", "the 2006 war").
const YEAR_CUE =
  /^(in|since|by|until|till|from|of|before|after|during|through|throughout|to|and|or|between|around|circa|early|late|mid|the|year|than|at|over|for|on|as|this|that|last|fiscal|spring|summer|autumn|fall|winter|beginning|end|start|middle|half|quarter|until|about|but|then|its|when|in|against|&|due|into|late|early|between|like)$/;
// Counted nouns after a number show it is a quantity ("2000 people"), not a year.
const QUANTITY_NOUN =
  /^(people|persons|men|women|children|troops|soldiers|civilians|times|members|units|cases|homes|houses|buildings|tons|tonnes|dollars|euros|pounds|workers|students|residents|refugees|dead|killed|injured|wounded|miles|kilometers|kilometres|km|meters|metres|feet|votes|seats|rockets|missiles|shares|employees|jobs|deaths|fighters|prisoners|detainees|hostages|families|vehicles|trucks|barrels|acres|points|calories|words|pages|copies|units)$/i;

// Cue words, one of which every match of the pattern holds as a whole word (see cueWords.ts).
const FISCAL_CUES = cueWords("fiscal");
const CENTURY_CUES = cueWords("century");

// Words every match of a pattern begins with, as a whole word: the pattern is tried only where they stand (see cueWords.ts).
const CENTURY_STARTS = [DIGITS, ...cueWords("the", "twentieth", "twenty", "nineteenth")];

/** Years in a temporal frame ("in 2006", "since 1948", "the 2006 war"), fiscal years and decades ("the 1990s"). */
export function findYears(text: string, cues = findCues(text)): Mention[] {
  const out: Mention[] = [];
  for (const m of matchAllFrom(text, cues, YEAR, [DIGITS])) {
    const year = Number(m[1]);
    const before = wordBefore(text, m.index);
    const after = wordAfter(text, m.index + m[0].length);
    // "at 1930 GMT" is a clock time in wire copy.
    if (QUANTITY_NOUN.test(after) || /^(GMT|UTC|EST|EDT|CET|hours|hrs|local|Zulu)$/i.test(after)) continue;
    if (!YEAR_CUE.test(before) && !adjectival(text, m.index, before, after) && !inYearList(text, m.index)) continue;
    if (/^(resolution|number|no|flight|route|article|section|room|page|chapter|model|highway)$/i.test(before)) continue;
    out.push({
      start: m.index,
      end: m.index + (m[1] as string).length,
      type: "DATE",
      resolve: (ctx) => (isPlausibleYear(year, ctx.reference) ? fromValue(String(year), "absolute") : null),
    });
  }
  for (const m of matchAllFrom(text, cues, FISCAL, FISCAL_CUES)) {
    const year = Number(m[1]);
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      type: "DATE",
      resolve: (ctx) => (isPlausibleYear(year, ctx.reference) ? fromValue(String(year), "absolute") : null),
    });
  }
  for (const m of text.matchAll(DECADE)) {
    // "the '90s" leaves the century to the reference; default to the 1900s without one.
    const full = m[1] ?? null;
    const short = m[2] ?? null;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      type: "DATE",
      resolve: (ctx) => {
        const decade = full ? full.slice(0, 3) : decadeOfShort(short as string, ctx.reference);
        return fromValue(`${decade}X`, full ? "absolute" : "relative");
      },
    });
  }
  for (const m of matchAllFrom(text, cues, CENTURY, CENTURY_STARTS, CENTURY_CUES)) {
    // The 20th century is the 1900s: TIMEX3 writes it "19XX".
    const ordinal = m[1] ? Number(m[1]) : (CENTURY_WORDS[(m[2] as string).toLowerCase()] as number);
    if (ordinal < 1 || ordinal > 21) continue;
    const value = `${String(ordinal - 1).padStart(2, "0")}XX`;
    // "the 19th-century fort": the article belongs to the noun, not the adjective.
    const start = /-century$/i.test(m[0]) && /^the\s/i.test(m[0]) ? m.index + 4 : m.index;
    out.push({ start, end: m.index + m[0].length, type: "DATE", resolve: () => fromValue(value, "absolute") });
  }
  return out;
}

function decadeOfShort(twoDigits: string, reference: string | null): string {
  const refYear = reference ? Number(reference.slice(0, 4)) : 2000;
  const century = Number(twoDigits) + 2000 <= refYear ? "20" : "19";
  return `${century}${twoDigits[0]}`;
}

const DETERMINER = /^(a|an|his|her|its|their|our|my|your|this|that|whose)$/i;

// "Israel's 2006 war", "a 1996 law", "his unsuccessful 1996 campaign": a determiner (maybe with one adjective) before and a noun after.
function adjectival(text: string, start: number, before: string, after: string): boolean {
  if (!/^[A-Za-z]/.test(after) || /^(in|on|at|of|to|and|or|by|for|from|with|than|as)$/i.test(after)) return false;
  if (/['’]s$/.test(before) || DETERMINER.test(before)) return true;
  const twoBefore = /([A-Za-z'’]+)\s+[A-Za-z-]+\s+$/.exec(text.slice(Math.max(0, start - 40), start))?.[1] ?? "";
  return DETERMINER.test(twoBefore) || /['’]s$/.test(twoBefore);
}

// "in 1994, 1995 and 1997": later years of a list share the first one's frame.
function inYearList(text: string, start: number): boolean {
  return /\b(1[89]\d\d|20\d\d)(?:,\s*|\s+(?:and|or|to)\s+|,\s*(?:and|or)\s+|\s*[-–]\s*)$/.test(
    text.slice(Math.max(0, start - 12), start),
  );
}
