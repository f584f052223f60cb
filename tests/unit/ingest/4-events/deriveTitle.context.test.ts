import { describe, expect, it } from "vitest";
import { deriveTitle, type TitleContext } from "../../../../src/lib/ingest/4-events/index.ts";
import { markedSentence } from "../../../support/factories.ts";

/** Marks the date as [[…]] and other dates as {{…}}; `before` is the article's text before the sentence. */
function title(marked: string, before = "", people: readonly string[] = []): string {
  const { sentence, target, others } = markedSentence(marked);
  const context: TitleContext = { preceding: before, isPerson: (name) => people.includes(name) };
  return deriveTitle(sentence, target, others, context);
}

describe("deriveTitle(sentence, dateSpan, context)", () => {
  describe("gives each date of a sentence the part of the sentence it belongs to", () => {
    it.each([
      [
        "a fragment with no verb of its own reads as one of the counted set",
        "Since then, Hezbollah fought two wars with Israel, one in [[2006]], and the other starting {{a day after}} the Hamas-led attack on southern Israel on {{Oct. 7, 2023}}, which triggered the war in Gaza.",
        "Hezbollah fought a war with Israel",
      ],
      [
        "a fragment with an -ing verb reads as the subject's one of the set and that verb",
        "Since then, Hezbollah fought two wars with Israel, one in {{2006}}, and the other starting [[a day after]] the Hamas-led attack on southern Israel on {{Oct. 7, 2023}}, which triggered the war in Gaza.",
        "Hezbollah's war with Israel started",
      ],
      [
        "the date of a noun after a preposition titles that noun",
        "Since then, Hezbollah fought two wars with Israel, one in {{2006}}, and the other starting {{a day after}} the Hamas-led attack on southern Israel on [[Oct. 7, 2023]], which triggered the war in Gaza.",
        "Hamas-led attack on southern Israel",
      ],
      [
        "an irregular -ing verb keeps its own past",
        "The rebels launched three offensives, the first beginning in [[January]], the second in {{May}}.",
        "The rebels' offensive began",
      ],
      [
        "an irregular -ing verb's past is never made by rule ('falling' is not 'falled')",
        "The rebels launched three offensives, the first falling in [[January]], the second in {{May}}.",
        "The rebels' offensive fell",
      ],
      [
        "the first of two coordinated clauses",
        "The agreement was signed in [[2015]] and collapsed in {{2018}}.",
        "The agreement was signed",
      ],
      [
        "the second of two coordinated clauses, with the first one's subject",
        "The agreement was signed in {{2015}} and collapsed in [[2018]].",
        "The agreement collapsed",
      ],
      [
        "a repeat ('again in May') dates the clause it repeats",
        "The central bank raised rates in {{March}}, again in [[May]] and a third time in {{July}}.",
        "The central bank raised rates",
      ],
      [
        "a list of dates shares its clause",
        "Elections were held in {{2014}}, [[2018]] and {{2022}}.",
        "Elections were held",
      ],
      [
        "a 'when' clause after the date tells what the date was",
        "It was the deadliest attack since [[2015]], when gunmen killed 38 tourists at a beach resort.",
        "Gunmen killed 38 tourists at a beach resort",
      ],
      [
        "a relative clause ends at its date when the main verb follows",
        "The indirect talks are being held in Doha, but optimism that surfaced [[last week]] of a looming deal has largely faded, with both sides accusing each other of intransigence.",
        "Optimism of a looming deal surfaced",
      ],
      [
        "a relative clause ends at its date in other sentences too",
        "Hopes that rose on [[Monday]] of an early deal have dimmed.",
        "Hopes of an early deal rose",
      ],
      [
        "a marker whose object is the date itself dates the clause around it",
        "The navy has patrolled the strait since [[2019]] in support of the shipping coalition.",
        "The navy has patrolled the strait in support of the shipping coalition",
      ],
      [
        "a marker whose object is a clock time dates the clause around it",
        "The vote began just after 7 in the morning on [[Sunday]], as polling stations opened.",
        "The vote began",
      ],
      [
        "a bare indefinite noun after a marker names no event",
        "Shelling resumed after a brief lull on [[Thursday]].",
        "Shelling resumed after a brief lull",
      ],
      [
        "a when-clause holds the event when the clause it times is thin",
        "Prices jumped when the central bank cut rates on [[March 3]].",
        "The central bank cut rates",
      ],
      [
        "a when-clause holds the event when the clause it times is a state",
        "Two million people are old enough to vote when the region holds elections on [[May 5]].",
        "The region holds elections",
      ],
      [
        "a thin clause with the date gives way to the when-clause that tells what happened",
        "The strike began on [[Monday]] when dock workers walked off the job at the port.",
        "Dock workers walked off the job at the port",
      ],
      [
        "a relative clause describes the nearest noun phrase",
        "The cost of the storm that flooded the coast on [[Friday]] has risen to $2 billion.",
        "The storm flooded the coast",
      ],
      [
        "a relative's noun is read back to a preposition when it has no article",
        "Protests spread to factories in Egypt's second city Alexandria, which workers occupied on [[May 2]].",
        "Workers occupied Egypt's second city Alexandria",
      ],
      [
        "a relative's noun stops at a verb",
        "Troops retook Sirte, which the militants seized in [[2015]].",
        "The militants seized Sirte",
      ],
      [
        "an indefinite apposition's relative describes the object it renames",
        "Jets struck the Tabqa dam on the Euphrates, a structure which supplied power until [[2014]] and which the militants captured on {{February 3}}.",
        "The Tabqa dam on the Euphrates supplied power",
      ],
      [
        "a second relative after 'and' has the first one's noun",
        "Jets struck the Tabqa dam on the Euphrates, a structure which supplied power until {{2014}} and which the militants captured on [[February 3]].",
        "The militants captured the Tabqa dam on the Euphrates",
      ],
      [
        "a relative's noun is never the gerund before it",
        "The group issued a warning, saying looting that began on [[Friday]] had spread to the port.",
        "Looting began",
      ],
      [
        "a relative inside the subject ends where the main verb follows the date",
        "The envoy who brokered a widely ignored truce in [[April]] returned to the capital.",
        "The envoy brokered a widely ignored truce",
      ],
      [
        "a gerund after a marker takes the main clause's subject",
        "The ambassador left the country after meeting the foreign minister on [[Tuesday]].",
        "The ambassador met the foreign minister",
      ],
      [
        "a date that modifies a noun after a possessor keeps the possessor",
        "The court ruled on appeals over the army's [[March 4]] raid on the camp that killed nine people.",
        "The army's raid on the camp that killed nine people",
      ],
      [
        "a date that modifies a noun after 'an'",
        "Protests grew after an [[April 9]] ruling by the court.",
        "Ruling by the court",
      ],
      [
        "a dated noun phrase ends where a clause begins",
        "Flooding closed the airport for the first time since the [[2004]] Indian Ocean tsunami as water covered the runway.",
        "Indian Ocean tsunami",
      ],
      [
        "a date after 'of' is its noun's",
        "Under the Versailles treaty of [[1919]], the territory was split in two.",
        "Versailles treaty",
      ],
      [
        "a participle in an opening phrase before a speech verb tells the statement's time",
        "In a statement issued late on [[Sunday]], the ministry said that two soldiers had been wounded.",
        "Two soldiers had been wounded",
      ],
      [
        "a dated noun after a speech verb is the statement's occasion",
        "The president announced in a [[Friday]] video message that elections would be held.",
        "Elections would be held",
      ],
      [
        "a date that opens a coordinated clause with its own subject is that clause's",
        "The plant closed in {{2001}}, and since [[2010]] the site has housed a museum.",
        "The site has housed a museum",
      ],
      [
        "an empty 'it' and its verb give way to the clause after the date",
        "It took [[three days before]] the convoy reached the border.",
        "The convoy reached the border",
      ],
      [
        "a present perfect is no state: both clauses stay",
        "The government has closed the airport and all flights have been cancelled [[today]].",
        "The government has closed the airport and all flights have been cancelled",
      ],
      [
        "a participle set off by commas goes with the noun before it",
        "The bill, passed by the Senate on [[June 3]], now goes to the House.",
        "The bill passed by the Senate",
      ],
    ])("%s reads as a sentence", (_, marked, want) => {
      expect(title(marked)).toBe(want);
    });
  });

  describe("replaces pronouns a timeline reader cannot follow", () => {
    it.each([
      [
        "a leading 'he' becomes the person named last",
        "Speaking to Asharq Al-Awsat, he recounted how he was contacted by a senior official from the regime in [[2013]].",
        "A Syrian-Russian communication channel was set up by Damascus in cooperation with former diplomat Rami al-Shaar. Shaar was tasked with mobilizing Russian backing of Damascus.",
        ["Shaar"],
        "Shaar was contacted by a senior official from the regime",
      ],
      [
        "a leading 'she' becomes a titled person of the sentence before",
        "She resigned on [[Thursday]] after weeks of pressure.",
        "Finance Minister Jane Doe faced calls to quit over the budget.",
        [],
        "Jane Doe resigned after weeks of pressure",
      ],
      [
        "a possessive 'his' becomes the person's",
        "His death was announced on [[Wednesday]] by the palace.",
        "King Harald ruled for three decades.",
        [],
        "Harald's death was announced by the palace",
      ],
      [
        "a 'they' becomes the plural subject before",
        "They were released on [[Sunday]].",
        "Three journalists were detained by the rebels in March.",
        [],
        "Three journalists were released",
      ],
      [
        "a pronoun with no one named before it stays",
        "He was sworn in on [[Jan. 20]].",
        "The ceremony was held outdoors.",
        [],
        "He was sworn in",
      ],
      [
        "a 'they' can be the plural just before it in its own sentence",
        "The town fell to the rebels after they stormed its gates in [[May]].",
        "",
        [],
        "The rebels stormed its gates",
      ],
      [
        "a gerund's subject pronoun becomes the person named before",
        "She spoke to reporters after visiting the flooded villages on [[Tuesday]].",
        "Health Minister Ana Ruiz toured the region.",
        [],
        "Ana Ruiz visited the flooded villages",
      ],
      [
        "a trailing 'it' becomes the definite noun phrase of the sentence before",
        "But on [[Monday morning]] Israel intercepted it, preventing it from reaching the Palestinian territory.",
        "On June 1, the Madleen aid boat, boarded by activists including Greta Thunberg, set sail for Gaza from Italy.",
        [],
        "Israel intercepted the Madleen aid boat",
      ],
      [
        "a trailing 'it' can be an indefinite subject before, now known",
        "Rescue teams found it on [[Thursday]], three days after it vanished.",
        "A small plane carrying six people went missing over the Andes.",
        [],
        "Rescue teams found the small plane",
      ],
      [
        "a trailing 'it' with nothing to stand for is dropped",
        "Police seized it on [[Friday]].",
        "Nobody knew where to look.",
        [],
        "Police seized",
      ],
    ])("%s reads as a sentence", (_, marked, before, people, want) => {
      expect(title(marked, before, people)).toBe(want);
    });
  });

  describe("keeps the event and drops the frames around it", () => {
    it.each([
      [
        "an inference frame gives way to the clause that holds the date",
        "However, his remarks during a daily briefing suggested Putin had sent it on [[Wednesday]].",
        "Peskov did not specify when Putin sent the message to al-Sharaa or whether it was delivered through an envoy.",
        "Putin had sent the message",
      ],
      [
        "an inference frame with a lower-case subject after it",
        "Data released on {{Friday}} showed inflation had eased to 3 percent in [[March]].",
        "",
        "Inflation had eased to 3 percent",
      ],
      [
        "the occasion between a speaker and the speech verb",
        "Netanyahu in a video he posted on Telegram on [[Sunday]] said Israel would not back down from its core demands - releasing all the hostages still in Gaza.",
        "",
        "Netanyahu said Israel would not back down from its core demands",
      ],
      [
        "the occasion between the speech verb and what was said",
        "The minister said during a news conference on [[Monday]] that the government will raise taxes to fund the health service.",
        "",
        "The government will raise taxes to fund the health service",
      ],
      [
        "'X said that it …' puts the speaker for the pronoun",
        "The company said on [[Monday]] that it had cut 500 jobs.",
        "",
        "The company had cut 500 jobs",
      ],
      [
        "'X announced that they …' does the same for a plural speaker",
        "Authorities announced on [[Saturday]] that they would reopen the crossing.",
        "",
        "Authorities would reopen the crossing",
      ],
      [
        "a possessor in the speaker is whom the pronoun means",
        "Her lawyer said on [[Friday]] that she would appeal the verdict.",
        "A court convicted opposition leader Maria Lopez of fraud last month.",
        "Maria Lopez would appeal the verdict",
      ],
      [
        "a passive with its agent and the attribution dropped",
        "The vessel was seized by Iranian forces on [[April 13]], the navy said.",
        "",
        "The vessel was seized by Iranian forces",
      ],
      [
        "an acronym is a name, not a relative pronoun",
        "The WHO declared the outbreak a public health emergency on [[Jan. 30, 2020]].",
        "",
        "The WHO declared the outbreak a public health emergency",
      ],
      [
        "a clause after 'when' with a past tense is not a participle",
        "Two people were killed and 15 injured when a bus overturned on [[Tuesday]] near the town of Kasserine, the civil protection agency said.",
        "",
        "Two people were killed and 15 injured",
      ],
    ])("%s reads as a sentence", (_, marked, before, want) => {
      expect(title(marked, before)).toBe(want);
    });
  });

  describe("gives way to what a speaker said", () => {
    it.each([
      [
        "a verb of telling takes its hearer along",
        "A senior official told reporters on [[Friday]] that the talks had collapsed.",
        "The talks had collapsed",
      ],
      [
        "a speaker of eight words before 'that'",
        "A spokesman for the mayor, whose term ends in {{2026}}, said on [[Monday]] that the bridge would close for repairs.",
        "The bridge would close for repairs",
      ],
      [
        "'its' after 'that' is the speaker's",
        "The company announced on [[Monday]] that its factories had stopped production.",
        "The company's factories had stopped production",
      ],
      [
        "'has said it' keeps no auxiliary",
        "The ministry has said it expects a surplus in [[2026]].",
        "The ministry expects a surplus",
      ],
      [
        "a first-person announcement",
        "“I am announcing [[today]] that the city will ban cars from the centre,” the mayor said.",
        "The city will ban cars from the centre",
      ],
      [
        "a quotation in the first person keeps the name before its colon",
        "Mayor Jones: “[[Tonight]], I have asked the police to close the bridge.”",
        "Mayor Jones: I have asked the police to close the bridge",
      ],
      [
        "commas inside a short quotation cut nothing",
        'The army said on [[Monday]] that its units had begun "short, local, and limited" raids in the valley.',
        "The army's units had begun short, local, and limited raids",
      ],
    ])("%s reads as a sentence", (_, marked, want) => {
      expect(title(marked)).toBe(want);
    });
  });

  describe("ends on a whole phrase", () => {
    it.each([
      [
        "a cut for length ends before the phrase it would split",
        "Israel has banned any food, shelter, medicine or other goods from entering the Palestinian territory for [[the past 10 weeks]], even as it carries out waves of airstrikes.",
        "Israel has banned any food, medicine or other goods",
      ],
      [
        "a cut for length never leaves an infinitive's 'to' or its verb",
        "Israeli Prime Minister Benjamin Netanyahu was set to convene ministers late on [[Sunday]] to discuss the latest developments in the talks, an Israeli official said.",
        "Israeli Prime Minister Benjamin Netanyahu was set to convene ministers",
      ],
      [
        "a verb's particle stays when only the date was taken away",
        "The new cabinet was sworn in on [[Monday]].",
        "The new cabinet was sworn in",
      ],
    ])("%s reads as a sentence", (_, marked, want) => {
      const got = title(marked);
      expect(got).toBe(want);
      expect(got.split(" ").length).toBeLessThanOrEqual(12);
    });
  });
});
