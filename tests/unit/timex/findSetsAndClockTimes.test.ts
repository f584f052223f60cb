import { describe, expect, it } from "vitest";
import { recogniseTimexes } from "../../../src/lib/timex/recogniseTimexes.ts";

const found = (text: string, reference = "2025-07-13") =>
  recogniseTimexes(text, { reference }).map((t) => [t.text, t.type, t.value]);

describe("recogniseTimexes(text, {reference}) for recurrences and clock times", () => {
  it.each([
    ["an adverb of frequency", "The paper is published daily.", [["daily", "SET", "P1D"]]],
    ["'every' and a unit", "Inspectors come every month.", [["every month", "SET", "P1M"]]],
    ["a rate after a price", "It costs $5 a year.", [["a year", "SET", "P1Y"]]],
    [
      "a clock time on the publication day",
      "The blast came at 10:35 a.m. local time.",
      [["10:35 a.m. local time", "TIME", "2025-07-13T10:35"]],
    ],
    ["a clock time with its weekday", "Polls close at 9 p.m. Friday.", [["9 p.m. Friday", "TIME", "2025-07-11T21:00"]]],
    [
      "a clock time on the day its sentence names",
      "On Friday at 10:35 a.m. the bomb exploded.",
      [
        ["Friday", "DATE", "2025-07-11"],
        ["10:35 a.m.", "TIME", "2025-07-11T10:35"],
      ],
    ],
    ["noon", "They met at noon.", [["noon", "TIME", "2025-07-13T12:00"]]],
  ])("finds %s", (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it("gives a recurrence no range", () => {
    expect(recogniseTimexes("They meet weekly.", { reference: "2025-07-13" })[0]?.range).toBeNull();
  });
});
