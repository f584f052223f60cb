import { describe, expect, it } from "vitest";
import { dateAttribute } from "../../../src/lib/site/dateAttribute.ts";

describe("dateAttribute(item)", () => {
  it.each([
    { start: "2025-03-22", end: "2025-03-22", precision: "day", want: "2025-03-22" },
    { start: "2025-07-07", end: "2025-07-07", precision: "week", want: "2025-W28" },
    { start: "2025-03-03", end: "2025-05-12", precision: "week", want: "2025-03-03" },
    { start: "2024-12-01", end: "2024-12-31", precision: "month", want: "2024-12" },
    { start: "2013-01-01", end: "2013-12-31", precision: "year", want: "2013" },
    { start: "2024-03-01", end: "2024-05-31", precision: "season", want: "2024" },
  ] as const)("writes $precision $start as $want", ({ want, ...item }) => {
    expect(dateAttribute(item)).toBe(want);
  });
});
