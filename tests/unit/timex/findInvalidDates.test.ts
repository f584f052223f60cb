import { describe, expect, it } from "vitest";
import { findInvalidDates } from "../../../src/lib/timex/findInvalidDates.ts";

describe("findInvalidDates(text, {reference})", () => {
  it.each([
    ["a day February lacks", "Signed on February 30, 2025.", "February 30, 2025", /February has no day 30/],
    ["a 29 February outside a leap year", "Due 29 February 2023.", "29 February 2023", /no day 29/],
    ["an impossible ISO day", "Stamp 2025-04-31 on it.", "2025-04-31", /no day 31/],
    ["a year past 2100", "Planned for March 2150.", "March 2150", /far in the future/],
  ])("reports %s", (_, text, words, reason) => {
    const [found, ...rest] = findInvalidDates(text, { reference: "2025-07-13" });
    expect(rest).toEqual([]);
    expect(found?.text).toBe(words);
    expect(text.slice(found?.start, found?.end)).toBe(words);
    expect(found?.reason).toMatch(reason);
  });

  it("reports a year more than 50 years after the reference", () => {
    expect(findInvalidDates("Planned for June 2080.", { reference: "2025-07-13" })).toHaveLength(1);
    expect(findInvalidDates("Planned for June 2070.", { reference: "2025-07-13" })).toEqual([]);
  });

  it("does not take a count after a month for a day", () => {
    expect(findInvalidDates("In May 35 people died.")).toEqual([]);
  });

  it("reports nothing for real dates", () => {
    expect(findInvalidDates("On February 28, 2025 and 29 February 2024 and 2025-06-09.")).toEqual([]);
  });
});
