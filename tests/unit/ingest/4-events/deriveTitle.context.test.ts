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
