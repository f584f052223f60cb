import { describe, expect, it } from "vitest";
import { dateInUrl } from "../../../../src/lib/ingest/2-published/index.ts";

describe("dateInUrl(url)", () => {
  it.each([
    ["https://news.example/world/2023/05/02/talks-resume", { day: "2023-05-02", month: "2023-05" }],
    ["https://news.example/world/2012/nov/15/strikes-live", { day: "2012-11-15", month: "2012-11" }],
    ["https://news.example/middle-east/2019-10-28/article/curfew", { day: "2019-10-28", month: "2019-10" }],
    ["https://news.example/2022-08-30-strikes-resume", { day: "2022-08-30", month: "2022-08" }],
    ["https://tv.example/story/talks-agree-on-framework-20130914", { day: "2013-09-14", month: "2013-09" }],
    ["https://news.example/story_20190115.html", { day: "2019-01-15", month: "2019-01" }],
    ["https://news.example/archives/2015/03/strikes-begin.php", { month: "2015-03" }],
  ])("reads %s", (url, want) => {
    expect(dateInUrl(url)).toEqual(want);
  });

  it.each([
    "https://news.example/indepth/inpictures/2014/9/pictures-201492371244889418.html",
    "https://news.example/english/kurdistan/2409201713-amp",
    "https://news.example/article/12790545",
    "https://news.example/story?date=2024-01-05",
    "https://news.example/2024/13/40/not-a-day",
    "not a url",
  ])("finds no date in %s", (url) => {
    expect(dateInUrl(url)).toBeNull();
  });
});
