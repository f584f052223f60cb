import { describe, expect, it } from "vitest";
import { mainClauses, tellsNews } from "../../../../src/lib/ingest/3-dating/tellsNews.ts";

describe("tellsNews: whether a sentence tells news of its own", () => {
  it.each([
    ["a happening in the simple past", "Gunmen stormed a checkpoint outside the northern town of Jisr."],
    ["a passive in the past", "Four aid workers were wounded when a shell hit their convoy near the port."],
    ["a report whose reported clause tells a happening", "A medic told the agency by phone that eleven people died."],
    [
      "a happening before the closing attribution",
      "Gunmen also shot down a drone over the base, two officials told the agency.",
    ],
    ["an irregular past", "Both delegations left the talks in Vienna without a joint statement."],
    ["a reaction by a named actor", "The foreign minister welcomed the exchange of prisoners at the border."],
    [
      "a past verb after a fronted phrase",
      "Citing police sources, state radio said the bomber was “neutralised” there.",
    ],
    ["a short quotation that is the sentence's own wording", "The army said it “eliminated” a cell in the hills."],
    ["a deal reached by two subjects", "Both capitals presented the accord as a first step toward open trade."],
    ["a place named with 'such as'", "Farmers in villages such as Kfar Ayla reported shelling and saw smoke."],
    ["'or not' that denies nothing", "The governor said the fire started at the depot, whether by accident or not."],
  ])("tells news: %s", (_, sentence) => {
    expect(tellsNews(sentence)).toBe(true);
  });

  it.each([
    ["a detail that opens with a pronoun", "He said at least two of the wounded were taken to the capital."],
    ["a detail about a number told before", "The four were among dozens who gathered near the main square."],
    ["a sentence that points back", "That strike was the heaviest on the city in a month of fighting."],
    ["a contrast that opens the sentence", "However, the governor said the crowd dispersed peacefully afterwards."],
    ["a contrast after the subject", "The spokesman, though, indicated that several rockets landed in open fields."],
    ["a denial", "The agency said there had been no casualties among the crew of the tanker."],
    ["a denial with 'not'", "Officials said the patrol did not fire on the protesters outside the ministry."],
    [
      "the pluperfect: before the time the story is at",
      "The militia had shelled the suburbs for weeks before the deal.",
    ],
    ["the present perfect: a state of the present", "Fuel shortages have worsened sharply across the south."],
    [
      "a present main clause with a past verb in a subordinate one",
      "The plan includes what the envoy called a freeze.",
    ],
    [
      "a past verb only in a noun's content",
      "The spokesman said confirmation that the commander died is still awaited.",
    ],
    [
      "a past verb only in a relative clause",
      "The city, which rebels seized long ago, remains tense and largely empty.",
    ],
    ["a participle in a compound", "The agreement says the Iran-backed militias are to hand over their heavy weapons."],
    ["a past verb only in the closing attribution", "The envoy has asked for calm on both sides, added the statement."],
    ["a participle after an article: an adjective", "A retired teacher from the old quarter is among the candidates."],
    ["a past verb only in brackets", "• Kulanu (centre-right, focused on the cost of living and housing)"],
    ["no past verb at all", "Officials say the famine is the likeliest outcome for the whole province."],
    ["a past verb only inside a long quotation", "The minister said: “We crossed the line and destroyed the depots.”"],
  ])("tells no news of its own: %s", (_, sentence) => {
    expect(tellsNews(sentence)).toBe(false);
  });
});

describe("mainClauses: the parts of a sentence no subordinating word opens", () => {
  it.each([
    ["Rebels, who fled in March, returned.", "Rebels ;  returned."],
    ["The plan includes what the envoy called a freeze.", "The plan includes "],
    ["Witnesses told the agency that troops fired.", "Witnesses told the agency that troops fired."],
    ["Fears that the truce collapsed grew.", "Fears "],
    ["At least 2,000 people marched as police watched.", "At least 2,000 people marched "],
  ])("%s", (sentence, want) => {
    expect(mainClauses(sentence)).toBe(want);
  });
});
