import { holidayDay, holidayEnd } from "../holidayCalendar.ts";
import { HOLIDAY_STARTS, HOLIDAYS, type HolidayRule } from "../lexicon.ts";
import { behind, cap, cased, group, opt, seq, words } from "../pattern.ts";
import { fromValue } from "../resolveHelpers.ts";
import { resolveYearOfDay } from "../resolveMonth.ts";
import type { Rule } from "../rule.ts";
import { YEAR } from "../slots.ts";

// Holidays by their calendar: "Christmas", "Orthodox Christmas", "Easter", "the start of Ramadan", "Eid al-Fitr",
// "Nowruz", "Thanksgiving Day", "last Christmas", "Christmas 2024".

const RULE_BY_NAME = new Map<string, HolidayRule>(
  HOLIDAYS.flatMap((h) => h.names.map((name) => [fold(name), h.day] as const)),
);

/** Holidays, in the order the recogniser tries them. */
export const HOLIDAY_RULES: readonly Rule[] = [
  {
    name: "holiday",
    pattern: seq(
      opt(cap("which", words(["last", "next", "this"]))),
      behind(cap("first", words(HOLIDAY_STARTS))),
      cap("name", cased(words(HOLIDAYS.flatMap((h) => h.names)))),
      opt(cap("year", YEAR)),
    ),
    type: "DATE",
    priority: 1,
    examples: [
      ["Shoppers returned before [Thanksgiving Day].", "1999-11-20", "1999-11-25"],
      ["Sales were weak [last Christmas].", "2025-07-09", "2024-12-25"],
      ["Churches were full for [Orthodox Christmas].", "2025-01-09", "2025-01-07"],
      ["Pilgrims gathered at [Easter].", "2024-04-05", "2024-03-31"],
      ["Prices rose before [the start of Ramadan].", "2025-02-20", "2025-03-01"],
      [
        "The truce starts on [the first day of the Muslim holy month of Ramadan].",
        "2022-04-01",
        "2022-04-02",
        { range: ["2022-04-02", "2022-04-02"] },
      ],
      ["Families met for [Eid al-Fitr].", "2024-04-15", "2024-04-10"],
      ["Shelling went on through [Ramadan].", "2025-04-02", "2025-03-01", { range: ["2025-03-01", "2025-03-29"] }],
      ["Crowds gathered for [Nowruz].", "2025-03-25", "2025-03-21"],
      ["The truce held over [Christmas 2023].", "2025-07-13", "2023-12-25"],
    ],
    normalise: (m, ctx) => {
      const rule = RULE_BY_NAME.get(fold(group(m, "name")));
      if (!rule) return null;
      const which = group(m, "which").toLowerCase();
      let year: number;
      if (group(m, "year")) year = Number(group(m, "year"));
      else if (!ctx.reference) return { value: "XXXX-XX-XX", range: null, basis: "relative" };
      else {
        const refYear = Number(ctx.reference.slice(0, 4));
        const dayIn = (y: number) => holidayDay(rule, y);
        // A holiday is a period of its own, as a month is: a past clause may still name the one just ahead.
        year = resolveYearOfDay(dayIn, ctx.reference, ctx.tense === "past" ? "present" : ctx.tense);
        if (which === "last") year = (dayIn(refYear) ?? "9999") < ctx.reference ? refYear : refYear - 1;
        if (which === "next") year = (dayIn(refYear) ?? "") > ctx.reference ? refYear : refYear + 1;
        if (which === "this") year = refYear;
      }
      const day = holidayDay(rule, year);
      if (!day) return null;
      const basis = group(m, "year") ? "absolute" : "relative";
      // Ramadan lasts until Eid al-Fitr; "the start of Ramadan" is its first day.
      const end = group(m, "first") ? null : holidayEnd(rule, day);
      return end
        ? { value: day, range: { start: day, end, precision: "day", approximate: false }, basis }
        : fromValue(day, basis);
    },
  },
];

function fold(name: string): string {
  return name
    .toLowerCase()
    .replace(/['’]/g, "'")
    .replace(/[\s-]+/g, " ");
}
