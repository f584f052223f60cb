import { describe, expect, it } from "vitest";
import { formatUtc } from "../../../src/lib/dates/formatUtc.ts";

describe("formatUtc(time, options)", () => {
  it.each([
    [Date.UTC(2011, 2, 5), { day: "numeric", month: "long", year: "numeric" }, "5 March 2011"],
    [Date.UTC(2011, 2, 5), { month: "long", year: "numeric" }, "March 2011"],
    [Date.UTC(2024, 11, 31, 23, 30), { day: "numeric", month: "short" }, "31 Dec"],
  ] as const)("words %d in British order, in UTC whatever the machine's zone", (time, options, words) => {
    expect(formatUtc(time, options)).toBe(words);
  });
  it("keeps each set of options apart when it reuses their formatter", () => {
    const day = Date.UTC(2025, 6, 13);
    expect(formatUtc(day, { month: "long" })).toBe("July");
    expect(formatUtc(day, { day: "numeric", month: "long", year: "numeric" })).toBe("13 July 2025");
    expect(formatUtc(day, { month: "long" })).toBe("July");
  });
});
