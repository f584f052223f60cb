import { describe, expect, it } from "vitest";
import { assignEventIds, composeEvent, eventIdentity } from "../../../../src/lib/ingest/5-merge/index.ts";
import { candidate } from "../../../support/candidate.ts";

const draft = (over: Parameters<typeof candidate>[0]) => eventIdentity(composeEvent([candidate(over)]));

describe("assignEventIds(identities)", () => {
  it("joins the first day and the title's slug", () => {
    expect(
      assignEventIds([
        draft({ start: "2025-06-09", title: "Hundreds of people launched a land convoy bound for Gaza" }),
      ]),
    ).toEqual(["2025-06-09-hundreds-of-people-launched-a-land-convoy-bound"]);
  });

  it("adds a quote hash only to the later of two events that would share an id", () => {
    const first = draft({
      article: "a",
      published: "2025-01-01",
      title: "Talks resumed",
      quote: "Talks resumed in Doha.",
    });
    const second = draft({
      article: "b",
      published: "2025-02-01",
      title: "Talks resumed",
      quote: "Talks resumed, officials said.",
    });
    const ids = assignEventIds([second, first]);
    expect(ids[1]).toBe("2024-11-01-talks-resumed");
    expect(ids[0]).toMatch(/^2024-11-01-talks-resumed-[0-9a-f]{6}$/);
    expect(assignEventIds([first, second])).toEqual([ids[1], ids[0]]);
  });

  it("keeps an id when an unrelated event is added", () => {
    const event = draft({ start: "2025-03-22", title: "Aoun condemned attempts" });
    const [alone] = assignEventIds([event]);
    expect(assignEventIds([draft({ start: "2025-03-22", title: "Something else" }), event])[1]).toBe(alone);
  });
});
