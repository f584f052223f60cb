import { describe, expect, it } from "vitest";
import { dateParagraphs } from "../../../../src/lib/ingest/3-dating/index.ts";

/** What context dates in an article published on Monday 9 June 2025: [sentence start, day, dating]. */
function contextDated(paragraphs: string[], over: { lead?: number; publishedConfidence?: number } = {}) {
  return dateParagraphs({
    paragraphs,
    lead: over.lead ?? 0,
    published: "2025-06-09",
    publishedConfidence: over.publishedConfidence ?? 0.95,
  }).flatMap((p) =>
    p.eventDates
      .filter((d) => d.span === null)
      .map((d) => [
        p.text.slice(d.sentence.start, d.sentence.end).split(" ").slice(0, 4).join(" "),
        d.date.start,
        d.dating,
      ]),
  );
}

describe("contextDates: sentences whose date the story gives", () => {
  it.each([
    {
      name: "dates an undated lede that reports something done to the day of the report",
      paragraphs: [
        "The army said it killed a senior commander in a strike near the border.",
        "More text follows here.",
      ],
      want: [["The army said it", "2025-06-09", "report-day"]],
    },
    {
      name: "dates the lede's own news when its only date is a plan",
      paragraphs: ["The warring parties have agreed to a truce that begins on June 14 in the whole country."],
      want: [["The warring parties have", "2025-06-09", "report-day"]],
    },
    {
      name: "dates the lede's own news when its only date is an anniversary's",
      paragraphs: ["Marchers and police clashed in the capital on the anniversary of last year's uprising."],
      want: [["Marchers and police clashed", "2025-06-09", "report-day"]],
    },
    {
      name: "dates the lede's own news when its only date is background",
      paragraphs: ["Sirens sounded in the capital for the first time since the 1991 war as rockets flew."],
      want: [["Sirens sounded in the", "2025-06-09", "report-day"]],
    },
    {
      name: "gives a statement's continuation the statement's day",
      paragraphs: [
        "The ministry said on Saturday that the border crossing would reopen soon.",
        "The ministry also said that aid convoys had been inspected at the crossing.",
      ],
      want: [["The ministry also said", "2025-06-07", "statement"]],
    },
    {
      name: "gives the report right after a dated one at the top of the story that day",
      paragraphs: [
        "Rockets hit Tel Aviv on Sunday as sirens sounded across the city.",
        "Three people were killed when a rocket hit their apartment.",
      ],
      want: [["Three people were killed", "2025-06-08", "story"]],
    },
    {
      name: "gives a report dated only by what it is measured against the day of the sentence before it",
      paragraphs: [
        "Talks could resume within weeks.",
        "Rockets hit Tel Aviv on Sunday as the war widened.",
        "Sirens sounded in Haifa for the first time since the 2006 war, police reported.",
      ],
      want: [["Sirens sounded in Haifa", "2025-06-08", "story"]],
    },
    {
      name: "gives the report right after a dated statement that day, further down too",
      paragraphs: [
        "Talks could resume in Doha within weeks.",
        "Aid is scarce across the whole province.",
        "Schools are shut in every district of it.",
        "Strikes hit the port city on Sunday, killing four people, officials said.",
        "Local officials told reporters that rescue teams pulled two children from the rubble.",
      ],
      want: [["Local officials told reporters", "2025-06-08", "story"]],
    },
    {
      name: "gives a report measured against an old date the day the story is at, further down too",
      paragraphs: [
        "Talks could resume in Doha within weeks.",
        "Aid is scarce across the whole province.",
        "Rockets hit Tel Aviv on Sunday as the war widened.",
        "Schools are shut in every district of the city.",
        "Sirens sounded in Haifa for the first time since the 2006 war as rockets flew.",
      ],
      want: [["Sirens sounded in Haifa", "2025-06-08", "story"]],
    },
    {
      name: "does not take the start of a period for the day the story is at",
      paragraphs: [
        "Talks could resume in Doha within weeks.",
        "Rockets hit Tel Aviv on Sunday as the war widened.",
        "More than 300 rockets have been fired since Wednesday, the army reported.",
        "Sirens sounded in Haifa for the first time since the 2006 war as rockets flew.",
      ],
      want: [["Sirens sounded in Haifa", "2025-06-08", "story"]],
    },
    {
      name: "gives a report whose only dates are background in an aside the day the story is at",
      paragraphs: [
        "Talks could resume in Doha within weeks.",
        "Aid is scarce across the whole province.",
        "Schools are shut in every district of the city.",
        "The United States, which pulled out its troops two and a half years ago, pledged to help the army.",
      ],
      want: [["The United States, which", "2025-06-09", "report-day"]],
    },
    {
      name: "gives a report whose only dates are background in a subordinate clause the day the story is at",
      paragraphs: [
        "Talks could resume in Doha within weeks.",
        "Aid is scarce across the whole province.",
        "Schools are shut in every district of the city.",
        "Soldiers raised the flag over the main complex after recapturing the city they lost to militants in May.",
      ],
      want: [["Soldiers raised the flag", "2025-06-09", "report-day"]],
    },
    {
      name: "gives a report made shortly after what the story just told that day",
      paragraphs: [
        "Talks could resume in Doha within weeks.",
        "Aid is scarce across the whole province.",
        "Fighting erupted on Friday after an airstrike killed a commander.",
        "Schools are shut in every district of the city.",
        "Shortly afterwards, the army announced the launch of an operation against launch sites.",
      ],
      want: [["Shortly afterwards, the army", "2025-06-06", "story"]],
    },
    {
      name: "gives a report that was made earlier the day the story is at",
      paragraphs: [
        "Talks could resume in Doha within weeks.",
        "A blast rocked the port on Sunday as ships unloaded.",
        "Aid is scarce across the whole province.",
        "News reports said earlier that the blast killed a party leader.",
      ],
      want: [["News reports said earlier", "2025-06-08", "story"]],
    },
  ])("$name", ({ paragraphs, want }) => {
    expect(contextDated(paragraphs)).toEqual(want);
  });

  it.each([
    ["a lede with a modal", ["The government would consider new measures to support the families."]],
    ["a lede that is a question", ["Will all the parties honour the deal that was signed in the capital?"]],
    ["a lede that is a quotation", ["“We have lost the city,” said a colonel at the command centre."]],
    ["a lede dated by its own words", ["The army said it killed a commander on Saturday near the border."]],
    [
      "a report that follows a dated one below the top of the story, far from any statement",
      [
        "Talks could resume in Doha within weeks.",
        "Aid is scarce across the whole province.",
        "Schools are shut in every district of it.",
        "Strikes hit the port city on Sunday, killing four people.",
        "Rescue teams pulled two children from the rubble of a school.",
      ],
    ],
    [
      "a continuation too far from its statement",
      [
        "The ministry said on Saturday that the border crossing would reopen soon.",
        "The city is besieged by the army.",
        "Aid is scarce across the whole province.",
        "Schools are shut in every district of it.",
        "The ministry also said that aid convoys had been inspected at the crossing.",
      ],
    ],
    [
      "a second sentence whose date is its own news",
      ["Talks resumed in Doha.", "The plan was first proposed in March 2024 by the finance ministry."],
    ],
    [
      "a report after a dated one that only tells a view",
      ["Strikes hit the port city on Sunday.", "Officials said the famine is the most likely outcome now."],
    ],
    [
      "a report whose aside holds a recent day",
      [
        "Talks could resume in Doha within weeks.",
        "Aid is scarce across the whole province.",
        "Schools are shut in every district of the city.",
        "The envoy, who arrived on Sunday, met the president at the palace.",
      ],
    ],
    [
      "a claim in the present perfect whose subordinate clause holds background",
      [
        "Talks could resume in Doha within weeks.",
        "Aid is scarce across the whole province.",
        "Schools are shut in every district of the city.",
        "The army has said that enough aid entered during a truce that Israel shattered in mid-March.",
      ],
    ],
    [
      "a view told soon after what the story just told",
      [
        "Talks could resume in Doha within weeks.",
        "Aid is scarce across the whole province.",
        "Fighting erupted on Friday after an airstrike killed a commander.",
        "Schools are shut in every district of the city.",
        "Soon after, an adviser to the president said that the envoy must wait for a decision.",
      ],
    ],
    [
      "a report whose subordinate clause holds a recent day",
      [
        "Talks could resume in Doha within weeks.",
        "Aid is scarce across the whole province.",
        "Schools are shut in every district of the city.",
        "Soldiers raised the flag over the main complex after they recaptured the city on Sunday.",
      ],
    ],
    [
      "a report whose old date stands in its main clause",
      [
        "Talks could resume in Doha within weeks.",
        "Aid is scarce across the whole province.",
        "Schools are shut in every district of the city.",
        "The United States pulled out its troops two and a half years ago, officials said.",
      ],
    ],
    [
      "a report after a dated one that points back at it",
      ["Strikes hit the port city on Sunday.", "That attack marked the deadliest day of the war so far."],
    ],
  ])("leaves undated %s", (_, paragraphs) => {
    expect(contextDated(paragraphs)).toEqual([]);
  });

  it("leaves a report further down undated while the story is at the day of the report", () => {
    const paragraphs = [
      "The army said it killed a senior commander in a strike near the border.",
      "Aid is scarce across the whole province.",
      "Schools are shut in every district of it.",
      "The governor's office is in the old town.",
      "Rescue teams pulled two children from the rubble of a school, medics said.",
    ];
    expect(contextDated(paragraphs)).toEqual([["The army said it", "2025-06-09", "report-day"]]);
  });

  it("dates nothing from the day of the report when that day is a guess", () => {
    const paragraphs = ["The army said it killed a senior commander in a strike near the border."];
    expect(contextDated(paragraphs, { publishedConfidence: 0.6 })).toEqual([]);
  });

  it("never dates the standfirst from context", () => {
    const paragraphs = [
      "The army says it killed a commander in the south.",
      "The army said it killed a senior commander in a strike near the border.",
    ];
    expect(contextDated(paragraphs, { lead: 1 })).toEqual([["The army said it", "2025-06-09", "report-day"]]);
  });
});
