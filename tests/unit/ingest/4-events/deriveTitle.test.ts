import { describe, expect, it } from "vitest";
import { deriveTitle } from "../../../../src/lib/ingest/4-events/index.ts";
import { finish } from "../../../../src/lib/ingest/4-events/title/finish.ts";
import { markedSentence } from "../../../support/factories.ts";

/** Marks the date as [[…]] and other dates as {{…}} in the sentence, so each case reads as one string. */
function title(marked: string): string {
  const { sentence, target, others } = markedSentence(marked);
  return deriveTitle(sentence, target, others);
}

describe("deriveTitle(sentence, date, otherDates)", () => {
  it.each([
    [
      "drops a list bullet the paragraph opens with",
      "• Rescue teams reached the flooded villages by boat on [[Monday]].",
      "Rescue teams reached the flooded villages by boat",
    ],
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

  describe("leaves out the date with the words that go with it", () => {
    it.each([
      [
        "but not a verb's particle",
        "The chief justice was sworn in [[Thursday]] as the country's interim president.",
        "The chief justice was sworn in",
      ],
      [
        "a hedge after it",
        "Negotiators are seeking a deal by [[Tuesday]] at the latest, while a flurry of activity raised hopes.",
        "Negotiators are seeking a deal",
      ],
      [
        "a clock time's zone",
        "Crowds gathered outside the presidential palace at [[6 p.m.]] local time.",
        "Crowds gathered outside the presidential palace",
      ],
      [
        "a clock time's zone in brackets",
        "The first explosion was heard at [[10:35 a.m.]] (0735 GMT) near the port.",
        "The first explosion was heard near the port",
      ],
      [
        "a participle that opens a time",
        "The two sides agreed to a truce starting [[Friday]] after weeks of talks.",
        "The two sides agreed to a truce",
      ],
      [
        "an approximation",
        "Sirens sounded across the city close to [[3 a.m.]], the army said.",
        "Sirens sounded across the city",
      ],
      [
        "both ends of a range",
        "Between [[March 2019]] and {{May 2019}}, the agency registered 4,000 new claims.",
        "The agency registered 4,000 new claims",
      ],
      ["a hedge after the date", "The plant will not reopen until [[2027]] or later.", "The plant will not reopen"],
      [
        "a date in the possessive",
        "In [[Sunday]]'s vote, the ruling party lost its majority.",
        "The ruling party lost its majority",
      ],
      ["a bracketed clock time", "The curfew began at [[midnight]] (2100 GMT).", "The curfew began"],
      ["a bracket and attribution", "The port reopened at [[noon]] (0900 GMT), officials said.", "The port reopened"],
      [
        "an article that agrees with the word now after it",
        "The village was hit by an {{11-hour}} barrage on [[Tuesday]].",
        "The village was hit by a barrage",
      ],
      [
        "but not a measure that heads a noun phrase",
        "The pact ended {{30 years}} of conflict in [[1998]].",
        "The pact ended 30 years of conflict",
      ],
      [
        "and not a subordinator that opens a clause",
        "The bridge reopened [[two days before]] talks on its future begin.",
        "The bridge reopened",
      ],
      [
        "or one that opens a noun phrase",
        "The siege began [[a day after]] the attack on the northern checkpoint.",
        "The siege began",
      ],
    ])("%s", (_, marked, want) => {
      expect(title(marked)).toBe(want);
    });
  });

  describe("keeps the clause and drops what is set around it", () => {
    it.each([
      [
        "the medium between the speech verb and what was said",
        "[[Early Tuesday]], the fire service announced on Twitter that they had “contained the blaze in the northern hills in order to protect the villages the people of the valley live in.”",
        "The fire service had contained the blaze in the northern hills",
      ],
      [
        "an aside after a one-word subject, not the subject",
        "Ankara, however, has yet to name its new envoy, although a delegation visited the capital in [[April]].",
        "Ankara has yet to name its new envoy",
      ],
      [
        "who tweeted what the dated clause tells",
        "The mayor tweeted that sudden floods [[earlier in the day]] caused panic among residents of the old town.",
        "Sudden floods caused panic among residents of the old town",
      ],
      [
        "a phrase that opens the sentence",
        "[[Hours later]] in the old city, crowds gathered outside the court.",
        "Crowds gathered outside the court",
      ],
      [
        "a participle that opens the sentence",
        "Backed by foreign donors, the fund was set up in [[2012]].",
        "The fund was set up",
      ],
      [
        "a relative clause set off by commas",
        "The council, which meets on {{Mondays}}, approved the budget on [[May 4]].",
        "The council approved the budget",
      ],
      [
        "a part of the group",
        "More than 50 people, at least ten of whom were children, have been killed in the city since [[April]].",
        "More than 50 people have been killed in the city",
      ],
      [
        "an addition",
        "Hundreds of farmers, along with their families, marched to the capital on [[Sunday]].",
        "Hundreds of farmers marched to the capital",
      ],
      [
        "a participle and the list it holds",
        "The treaty, drafted by lawyers from Norway, Chile and Japan, entered into force in [[1994]].",
        "The treaty entered into force",
      ],
      [
        "an apposition left unclosed before the verb",
        "Maria Lopez, the head of the central bank was dismissed by decree on [[Friday]].",
        "Maria Lopez was dismissed by decree",
      ],
      [
        "an aside and the noun phrase after it",
        "The army has entered the town, ending a siege of the area, the last rebel holdout.[[]]",
        "The army has entered the town",
      ],
      [
        "a participle phrase opening a sentence with no date words",
        "Citing a statement by the guards, state radio said the commander was killed in a strike near the airport.[[]]",
        "State radio said the commander was killed in a strike",
      ],
      [
        "an adverbial phrase opening a sentence with no date words",
        "Earlier in the day, a brief scuffle broke out in the northern port between two groups of marchers.[[]]",
        "A brief scuffle broke out in the northern port",
      ],
      [
        "an infinitive phrase opening a sentence with no date words",
        "To make the point, the president posted a picture of the flag on his account.[[]]",
        "The president posted a picture of the flag on his account",
      ],
      [
        "a remark after a double hyphen",
        "The bank sold its stake in [[2004]] -- part of a wider retreat from the region.",
        "The bank sold its stake",
      ],
      [
        "an 'and' between nouns, which joins no clauses",
        "Police on [[Tuesday]] fired rubber bullets at miners and steel workers who had blocked the highway for weeks.",
        "Police fired rubber bullets at miners and steel workers",
      ],
      [
        "a quotation in single marks",
        "The monitor said 'at least 40 people were killed' in the town on [[Sunday]].",
        "The monitor said at least 40 people were killed in the town",
      ],
    ])("%s", (_, marked, want) => {
      expect(title(marked)).toBe(want);
    });
  });

  describe("fits a long title to twelve words", () => {
    it.each([
      [
        "an 'and' between adjectives is no place to end",
        "The regional human rights group accused the local and national authorities of failing to protect civilians on [[Friday]].",
        "The regional human rights group accused the local and national authorities",
      ],
      [
        "nor is one between two names",
        "Officials say Chile and Peru have agreed to a joint border patrol starting [[next week]].",
        "Officials say Chile and Peru have agreed to a joint border patrol",
      ],
      [
        "nor at an '-ing' verb after a form of 'be', which is the clause's own",
        "The minister was saying on [[Monday]] that the talks had failed.",
        "The minister was saying that the talks had failed",
      ],
      [
        "nor between 'such' and the 'as' it needs",
        "Residents of several southern towns such as Aita al-Shaab and Kfar Kila reported heavy shelling on [[Monday]].",
        "Residents of several southern towns",
      ],
      [
        "nor one between two numbers",
        "The army said the city was freed from the militants with just one or two districts left on [[Sunday]].",
        "The army said the city was freed from the militants",
      ],
      [
        "a compound preposition goes whole",
        "Warplanes flying for the coalition also struck a large weapons depot west of the capital on [[Tuesday]].",
        "Warplanes flying for the coalition struck a large weapons depot",
      ],
      [
        "the titles before names go before the clause is cut",
        "Secretary of State Ann Lee and Defence Minister Raj Patel say they have signed a pact on [[Monday]].",
        "Ann Lee and Raj Patel say they have signed a pact",
      ],
      [
        "a long subject loses its last phrases, not its verb",
        "Mass protests in the capital and other cities in the oil-rich south against unemployment began in [[October]].",
        "Mass protests in the capital and other cities began",
      ],
      [
        "a participle phrase after the subject goes",
        "A trade pact signed by the two governments [[last year]] opened a new chapter in relations between the neighbours.",
        "A trade pact opened a new chapter in relations between the neighbours",
      ],
    ])("%s", (_, marked, want) => {
      const got = title(marked);
      expect(got).toBe(want);
      expect(got.split(" ").length).toBeLessThanOrEqual(12);
    });
  });

  it("never returns more than twelve words", () => {
    const long =
      "The committee of the national assembly of the republic voted to approve the new annual budget of the ministry in [[2020]] after a debate.";
    expect(title(long).split(" ").length).toBeLessThanOrEqual(12);
  });

  describe("never ends a title cut to fit on a word waiting for what follows", () => {
    it.each([
      [
        "a compound modifier without its noun",
        "Rebels and government troops of the northern hills agreed to an Egypt-brokered ceasefire late at night",
        "Rebels and government troops of the northern hills agreed",
      ],
      [
        "a participle after its noun",
        "Defense Minister Jane Doe said a French warplane participating in the strikes had fired on a convoy",
        "Defense Minister Jane Doe said a French warplane",
      ],
    ])("%s", (_, text, want) => {
      expect(finish(text)).toBe(want);
    });
  });
});
