import { describe, expect, it } from "vitest";
import { deriveTitle } from "../../../../src/lib/ingest/4-events/index.ts";
import { markedSentence } from "../../../support/factories.ts";

/** Marks the date as [[…]] and other dates as {{…}} in the sentence, so each case reads as one string. */
function title(marked: string): string {
  const { sentence, target, others } = markedSentence(marked);
  return deriveTitle(sentence, target, others);
}

describe("deriveTitle(sentence, date, otherDates)", () => {
  it.each([
    [
      "trims attribution, asides and the date",
      "Hundreds of people, mainly Tunisians, launched on [[Monday]] a land convoy bound for Gaza, seeking to “break the siege” on the Palestinian territory, activists said.",
      "Hundreds of people launched a land convoy bound for Gaza",
    ],
    [
      "names the event by the noun a date modifies after a preposition",
      "Tour operators say there have been no mass cancellations as a result of the [[Aug. 7]] Embassy bombings in Nairobi, the Kenyan capital.",
      "Embassy bombings in Nairobi",
    ],
    [
      "names the event by the clause whose subject a date modifies",
      "Officials also hoped she would produce new aid for their countries, where the [[Aug. 7]] terrorist blasts killed 257 people in Nairobi.",
      "Terrorist blasts killed 257 people in Nairobi",
    ],
    [
      "keeps the main clause when the dated noun is its object",
      "Hezbollah fought the [[2006]] war with Israel.",
      "Hezbollah fought the war with Israel",
    ],
    [
      "titles a relative clause with its noun",
      "The Syrian civil war, which erupted in [[March 2011]], has officially logged {{a decade}} of torment.",
      "The Syrian civil war erupted",
    ],
    [
      "puts an object relative's own subject first",
      "Enough aid entered Gaza during a two-month ceasefire that Israel shattered in [[mid-March]] when it relaunched its campaign.",
      "Israel shattered a two-month ceasefire",
    ],
    [
      "titles a background clause after 'since'",
      "Hezbollah’s weapons have been a sticking point since Israel withdrew from southern Lebanon in [[2000]].",
      "Israel withdrew from southern Lebanon",
    ],
    [
      "titles a noun phrase after 'since' without its article",
      "More than 58,000 people had been killed since the start of the war between Israel and Hamas in [[October 2023]].",
      "Start of the war between Israel and Hamas",
    ],
    [
      "titles a participle phrase",
      "The administration is trying to expand the Abraham Accords signed in [[2020]] in which Israel signed pacts.",
      "Abraham Accords signed",
    ],
    [
      "keeps the agent of a participle",
      "“We hope,” read one of the letters sent by Moscow on [[December 5, 2014]].",
      "Letters sent by Moscow",
    ],
    [
      "drops a short 'X said that' to keep what was said",
      "Gaza's health ministry said on [[Sunday]] that more than 58,000 people had been killed since the start of the war in {{October 2023}}, with 139 people added to the toll.",
      "More than 58,000 people had been killed",
    ],
    [
      "takes the clause after an opening date",
      "On [[Saturday]], Israeli artillery and airstrikes hit south Lebanon after Israel said it had intercepted rockets.",
      "Israeli artillery and airstrikes hit south Lebanon",
    ],
    [
      "closes the gap an aside leaves",
      "On [[June 1]], the Madleen aid boat, boarded by activists including Greta Thunberg, set sail for Gaza from Italy.",
      "The Madleen aid boat set sail for Gaza from Italy",
    ],
    [
      "drops a name in apposition and the attribution after it",
      "Russian President Vladimir Putin has sent a message to his counterpart, Ahmad al-Sharaa, the Kremlin announced on [[Thursday]], underscoring its significance.",
      "Russian President Vladimir Putin has sent a message to his counterpart",
    ],
    [
      "uses the main clause when the date is in the attribution",
      "Lebanon has no plans to have normal relations with Israel at {{the present}} time, and Beirut’s main aim is to reach a state of no war, the country’s president said [[Friday]].",
      "Lebanon has no plans to have normal relations with Israel",
    ],
    [
      "titles a fragment that picks one of a counted plural as that one",
      "Since then, Hezbollah fought two wars with Israel, one in [[2006]], and the other starting later.",
      "Hezbollah fought a war with Israel",
    ],
    [
      "titles the noun phrase a date follows after a preposition",
      "Hezbollah fought two wars, the other starting {{a day after}} the Hamas-led attack on southern Israel on [[Oct. 7, 2023]], which triggered the war.",
      "Hamas-led attack on southern Israel",
    ],
    [
      "stops at a coordinated clause past the word limit",
      "At least eight Palestinians, most of them children, were killed and more than a dozen were wounded in central Gaza when they went to collect water on [[Sunday]], local officials said.",
      "At least eight Palestinians were killed",
    ],
    [
      "ends no title on a dangling word when it cuts at twelve",
      "Members of the council of the city voted for a plan of the mayor in [[May]].",
      "Members of the council of the city voted for a plan",
    ],
  ])("%s", (_, marked, want) => {
    expect(title(marked)).toBe(want);
  });

  it("never returns more than twelve words", () => {
    const long =
      "The committee of the national assembly of the republic voted to approve the new annual budget of the ministry in [[2020]] after a debate.";
    expect(title(long).split(" ").length).toBeLessThanOrEqual(12);
  });
});
