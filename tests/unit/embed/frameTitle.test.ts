import { describe, expect, it } from "vitest";
import { frameTitle } from "../../../src/lib/embed/frameTitle.ts";
import { readTopicNames } from "../../../src/lib/embed/readTopicNames.ts";

describe("frameTitle(topics, names)", () => {
  it.each<[string[], Record<string, string>, string]>([
    [[], {}, "News timeline"],
    [["syria"], { syria: "Syria" }, "News timeline: Syria"],
    [["gaza", "usa"], { gaza: "Gaza", usa: "United States" }, "News timeline: Gaza, United States"],
    [["mars"], {}, "News timeline: mars"],
  ])("names %j", (topics, names, expected) => {
    expect(frameTitle(topics, names)).toBe(expected);
  });
});

describe("readTopicNames(json)", () => {
  it.each<[string | undefined, Record<string, string>]>([
    ['{"syria":"Syria"}', { syria: "Syria" }],
    ['{"syria":7,"gaza":"Gaza"}', { gaza: "Gaza" }],
    ["[1,2]", {}],
    ["not json", {}],
    [undefined, {}],
  ])("reads %j", (json, expected) => {
    expect(readTopicNames(json)).toEqual(expected);
  });
});
