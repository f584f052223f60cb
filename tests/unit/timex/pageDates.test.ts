import { describe, expect, it } from "vitest";
import { dateLabelBefore, separateGluedDates } from "../../../src/lib/timex/index.ts";

describe("separateGluedDates(text)", () => {
  it.each([
    ["Published On 7 Oct 20237 Oct 2023", "Published On 7 Oct 2023 7 Oct 2023"],
    ["October 7, 20235:00 AM GMT+3Updated 2 hours ago", "October 7, 2023 5:00 AM GMT+3 Updated 2 hours ago"],
    ["October 7, 202312:05 PM ET", "October 7, 2023 12:05 PM ET"],
    ["March 14, 20246:05 PM EDTUpdated March 15, 2024", "March 14, 2024 6:05 PM EDT Updated March 15, 2024"],
    ["2 hours agoUpdated", "2 hours ago Updated"],
    // A year is four digits only after a month and day; other runs of figures stay as they are.
    ["Resolution 20235 passed", "Resolution 20235 passed"],
    ["Sat 7 Oct 2023 12.34 BST", "Sat 7 Oct 2023 12.34 BST"],
    // Dates in other languages are read in English; other words of the line stay.
    ["quinta-feira, 19 de março de 2015", "19 March 2015"],
    ["Publicado em 13 IUNIE 2018, 10:15", "Publicado em 13 June 2018, 10:15"],
    ["Donnerstag, 19. März 2015", "19 March 2015"],
    // A month name inside a word is no month ("mais" is not "mai").
    ["19 mais 2015", "19 mais 2015"],
  ])("reads %j as %j", (text, want) => {
    expect(separateGluedDates(text)).toBe(want);
  });
});

describe("dateLabelBefore(text, at)", () => {
  const line = "Published: 18:05 GMT, 14 March 2024 | Updated: 09:12 GMT, 15 March 2024";
  it.each([
    ["14 March 2024", "published"],
    ["15 March 2024", "updated"],
  ] as const)("labels %j %s", (date, want) => {
    expect(dateLabelBefore(line, line.indexOf(date))).toBe(want);
  });

  it("labels a date with no label before it null", () => {
    expect(dateLabelBefore("Oct. 7, 2023 Updated 9:25 p.m. ET", 0)).toBeNull();
  });
});
