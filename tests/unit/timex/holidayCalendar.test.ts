import { describe, expect, it } from "vitest";
import { holidayDay, holidayEnd } from "../../../src/lib/timex/holidayCalendar.ts";
import { HOLIDAYS, type HolidayRule, MOVING_HOLIDAY_DAYS } from "../../../src/lib/timex/lexicon.ts";

const rule = (name: string) => HOLIDAYS.find((h) => h.names.includes(name))?.day as HolidayRule;

describe("holidayDay(rule, year)", () => {
  it.each([
    ["Thanksgiving Day", 1999, "1999-11-25"],
    ["Election Day", 1998, "1998-11-03"],
    ["Christmas", 2024, "2024-12-25"],
    ["Orthodox Christmas", 2025, "2025-01-07"],
    ["Labor Day", 2025, "2025-09-01"],
    ["Memorial Day", 2025, "2025-05-26"],
    ["Easter", 2024, "2024-03-31"],
    ["Easter", 2025, "2025-04-20"],
    ["Good Friday", 2024, "2024-03-29"],
    ["Orthodox Easter", 2024, "2024-05-05"],
    ["Orthodox Easter", 2023, "2023-04-16"],
    ["Ramadan", 2024, "2024-03-11"],
    ["Eid al-Fitr", 2023, "2023-04-21"],
    ["Eid al-Adha", 2016, "2016-09-12"],
    ["Nowruz", 2024, "2024-03-20"],
  ])("puts %s %i on %s", (name, year, day) => {
    expect(holidayDay(rule(name), year)).toBe(day);
  });

  it("has no day for a moving holiday outside its table", () => {
    expect(holidayDay(rule("Eid al-Fitr"), 2040)).toBeNull();
  });
});

describe("holidayEnd(rule, start)", () => {
  it("ends Ramadan the day before Eid al-Fitr", () => {
    expect(holidayEnd(rule("Ramadan"), "2025-03-01")).toBe("2025-03-29");
  });

  it("gives a one-day holiday no end of its own", () => {
    expect(holidayEnd(rule("Christmas"), "2025-12-25")).toBeNull();
  });
});

describe("MOVING_HOLIDAY_DAYS", () => {
  it.each(Object.entries(MOVING_HOLIDAY_DAYS))(
    "lists %s in order, once or twice a year from 2011 to 2030",
    (_, days) => {
      expect([...days].sort()).toEqual([...days]);
      for (let year = 2011; year <= 2030; year++) expect(days.some((d) => d.startsWith(`${year}-`))).toBe(true);
    },
  );

  it("starts each Ramadan 29 or 30 days before its Eid al-Fitr", () => {
    for (const start of MOVING_HOLIDAY_DAYS.ramadan) {
      const eid = MOVING_HOLIDAY_DAYS.eidAlFitr.find((d) => d > start) as string;
      const days = (Date.parse(eid) - Date.parse(start)) / 86_400_000;
      expect([29, 30], `${start} → ${eid}`).toContain(days);
    }
  });

  it("puts each Eid al-Adha 67 to 69 days (two lunar months and nine days) after the Eid al-Fitr before it", () => {
    for (const adha of MOVING_HOLIDAY_DAYS.eidAlAdha) {
      const fitr = MOVING_HOLIDAY_DAYS.eidAlFitr.filter((d) => d < adha).at(-1) as string;
      const days = (Date.parse(adha) - Date.parse(fitr)) / 86_400_000;
      expect(days, `${fitr} → ${adha}`).toBeGreaterThanOrEqual(67);
      expect(days, `${fitr} → ${adha}`).toBeLessThanOrEqual(69);
    }
  });
});
