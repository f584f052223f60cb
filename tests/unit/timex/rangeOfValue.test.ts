import { describe, expect, it } from "vitest";
import { rangeOfValue } from "../../../src/lib/timex/rangeOfValue.ts";

describe("rangeOfValue(value)", () => {
  it.each([
    ["2025-06-09", "2025-06-09", "2025-06-09", "day"],
    ["2025-06-09TMO", "2025-06-09", "2025-06-09", "day"],
    ["2024-02", "2024-02-01", "2024-02-29", "month"],
    ["2025-W28", "2025-07-07", "2025-07-13", "week"],
    ["2025-W28-WE", "2025-07-12", "2025-07-13", "week"],
    ["1989-Q3", "1989-07-01", "1989-09-30", "quarter"],
    ["2024-H2", "2024-07-01", "2024-12-31", "half"],
    ["2024-SP", "2024-03-01", "2024-05-31", "season"],
    ["2024-WI", "2024-12-01", "2025-02-28", "season"],
    ["2024", "2024-01-01", "2024-12-31", "year"],
    ["199X", "1990-01-01", "1999-12-31", "decade"],
    ["19XX", "1900-01-01", "1999-12-31", "century"],
  ])("maps %s to %s … %s (%s)", (value, start, end, precision) => {
    expect(rangeOfValue(value)).toEqual({ start, end, precision, approximate: false });
  });

  it.each([["PRESENT_REF"], ["P10W"], ["XXXX-06"], ["2025-02-30"]])("gives no range for %s", (value) => {
    expect(rangeOfValue(value)).toBeNull();
  });
});
