import { COUNT, DISTRIBUTIVE } from "./lexicon.ts";
import { pastOf, removeDates } from "./text.ts";

/**
 * "Hezbollah fought two wars with Israel, one in 2006, and the other starting …": a fragment that picks one of a counted
 * plural gets that one as its title, with the clause's subject and verb ("Hezbollah fought a war with Israel"), or, when the
 * fragment gives its own "-ing" verb, as the subject's noun and that verb ("Hezbollah's war with Israel started").
 */
export function distributiveTitle(segments: readonly string[], k: number): string | null {
  const fragment = segments[k] as string;
  const pick = DISTRIBUTIVE.exec(fragment);
  if (!pick) return null;
  for (let j = k - 1; j >= 0; j -= 1) {
    const segment = segments[j] as string;
    if (DISTRIBUTIVE.test(segment)) continue;
    const set = countedSet(removeDates(segment));
    if (!set) return null;
    // The raw word: removing the date takes "starting" with it ("starting a day after" = "from a day after").
    const verb = fragment.slice(pick[0].length).trim().split(/\s+/)[0] ?? "";
    if (!/^[a-z]{3,}ing$/.test(verb)) return `${set.subject} ${set.verb} ${article(set.noun)} ${set.noun}${set.tail}`;
    return `${possessive(set.subject)} ${set.noun}${set.tail} ${pastOf(verb)}`;
  }
  return null;
}

/** "Hezbollah fought two wars with Israel" -> subject, verb, the singular noun and what follows it. */
function countedSet(text: string): { subject: string; verb: string; noun: string; tail: string } | null {
  const words = text.split(/\s+/);
  const c = words.findIndex((w, i) => i >= 2 && COUNT.has(w.toLowerCase()));
  const plural = words[c + 1];
  if (c < 0 || !plural || !/^[a-z]{3,}s$/.test(plural)) return null;
  return {
    subject: words.slice(0, c - 1).join(" "),
    verb: words[c - 1] as string,
    noun: singular(plural),
    tail: words.length > c + 2 ? ` ${words.slice(c + 2).join(" ")}` : "",
  };
}

function singular(plural: string): string {
  if (/ies$/.test(plural)) return `${plural.slice(0, -3)}y`;
  if (/(?:ch|sh|x|ss)es$/.test(plural)) return plural.slice(0, -2);
  return plural.slice(0, -1);
}

function article(noun: string): string {
  return /^[aeiou]/i.test(noun) ? "an" : "a";
}

function possessive(subject: string): string {
  return /s$/.test(subject) ? `${subject}'` : `${subject}'s`;
}
