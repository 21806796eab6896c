package org.kordon.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kordon.documents.Mention.Kind;
import org.kordon.documents.Mention.Status;

class DocumentScannerTest {
    private static List<Mention> scan(String text) {
        return Fixtures.SCANNER.scan(text);
    }

    private static Mention only(String text, String words) {
        List<Mention> found = scan(text).stream().filter(m -> m.text().equals(words)).toList();
        assertThat(found).as("mentions %s of %s in: %s", words, scan(text), text).hasSize(1);
        return found.get(0);
    }

    private static List<String> ids(Mention m) {
        return m.listings().stream().map(Listing::entityId).toList();
    }

    @Test
    void fullName_isListed_withEveryListOfTheSameParty() {
        Mention m = only("Talks with Vladimir Putin ended.", "Vladimir Putin");
        assertThat(m.status()).isEqualTo(Status.LISTED);
        assertThat(ids(m)).containsExactlyInAnyOrder("ofac-sdn:35096", "eu:669");
        assertThat(m.listings().get(0).programs()).isNotEmpty();
        assertThat(m.listings().get(0).explanation()).contains("Vladimir Putin");
    }

    @Test
    void partiesGiven_oneResolvedEntitysListings_oneListedParty() {
        DocumentScanner resolved = DocumentScanner.build(Fixtures.snapshot(), id -> id.equals("eu:669") || id.equals("ofac-sdn:35096") ? "ke:eu:669" : "ke:" + id);

        Mention m = resolved.scan("Talks with Vladimir Putin ended.").stream().filter(x -> x.text().equals("Vladimir Putin")).findFirst().orElseThrow();

        assertThat(m.status()).isEqualTo(Status.LISTED);
        assertThat(ids(m)).containsExactlyInAnyOrder("ofac-sdn:35096", "eu:669");
    }

    @Test
    void partiesGiven_listingsTheResolutionKeepsApart_ambiguous() {
        // as if the resolution had found a conflict between the two (a birth date, a nationality): two people
        DocumentScanner resolved = DocumentScanner.build(Fixtures.snapshot(), id -> "ke:" + id);

        Mention m = resolved.scan("Talks with Vladimir Putin ended.").stream().filter(x -> x.text().equals("Vladimir Putin")).findFirst().orElseThrow();

        assertThat(m.status()).isEqualTo(Status.AMBIGUOUS);
    }

    @Test
    void offsets_coverTheWordsInTheText() {
        String text = "Talks with Vladimir Putin ended.";
        Mention m = only(text, "Vladimir Putin");
        assertThat(text.substring(m.start(), m.end())).isEqualTo("Vladimir Putin");
        assertThat(m.start()).isEqualTo(11);
    }

    @Test
    void titleBeforeName_isLeftOutOfTheSpan() {
        assertThat(scan("President Vladimir Putin spoke.")).extracting(Mention::text).containsExactly("Vladimir Putin");
    }

    @Test
    void possessive_resolvesAndTheSpanKeepsTheEnding() {
        Mention m = only("Vladimir Putin's envoy arrived.", "Vladimir Putin's");
        assertThat(m.status()).isEqualTo(Status.LISTED);
    }

    @Test
    void surnameAfterFullName_isListedAsItsShortForm() {
        Mention m = only("Sergei Lavrov spoke first. Later Lavrov left.", "Lavrov");
        assertThat(m.status()).isEqualTo(Status.LISTED);
        assertThat(ids(m)).containsExactly("ofac-sdn:35233");
        assertThat(m.note()).isEqualTo("short form of \"Sergei Lavrov\" at 0");
    }

    @Test
    void surnameOfTwoNamedBrothers_isAmbiguousWithBoth() {
        Mention m = only("Arkady Rotenberg and Boris Rotenberg met. Rotenberg left.", "Rotenberg");
        assertThat(m.status()).isEqualTo(Status.AMBIGUOUS);
        assertThat(ids(m)).containsExactlyInAnyOrder("ofac-sdn:16669", "ofac-sdn:16671");
    }

    @Test
    void surnameAloneThatTheListsHoldOnce_isListed() {
        Mention m = only("Prigozhin was not seen.", "Prigozhin");
        assertThat(m.status()).isEqualTo(Status.LISTED);
        assertThat(ids(m)).containsExactly("ofac-sdn:21171");
    }

    @Test
    void surnameAloneOfTwoListedPeople_isAmbiguous() {
        Mention m = only("Then Rotenberg spoke.", "Rotenberg");
        assertThat(m.status()).isEqualTo(Status.AMBIGUOUS);
        assertThat(ids(m)).containsExactlyInAnyOrder("ofac-sdn:16669", "ofac-sdn:16671");
    }

    @Test
    void russianGenitive_resolvesToTheListedName() {
        Mention m = only("Владимир Путин выступил. По словам Путина, всё хорошо.", "Путина");
        assertThat(m.status()).isEqualTo(Status.LISTED);
        assertThat(ids(m)).contains("ofac-sdn:35096");
    }

    @Test
    void russianInstrumentalOfAnOrganisation_isListed() {
        Mention m = only("Договор со Сбербанком подписан.", "Сбербанком");
        assertThat(m.status()).isEqualTo(Status.LISTED);
        assertThat(ids(m)).containsExactly("eu:108");
    }

    @Test
    void lowerCaseWordContinuingAListedName_joinsTheSpan() {
        Mention m = only("Акции «Газпром нефть» выросли.", "Газпром нефть");
        assertThat(m.status()).isEqualTo(Status.LISTED);
        assertThat(ids(m)).containsExactly("ofac-sdn:17143");
    }

    @Test
    void unknownTwoWordName_isNotListed() {
        Mention m = only("The journalist Catherine Belton wrote it.", "Catherine Belton");
        assertThat(m.status()).isEqualTo(Status.NOT_LISTED);
        assertThat(m.listings()).isEmpty();
    }

    @Test
    void surnameOfAnUnlistedPerson_takesItsOutcome() {
        Mention m = only("Alexei Navalny spoke. Navalny left.", "Navalny");
        assertThat(m.status()).isEqualTo(Status.NOT_LISTED);
        assertThat(m.note()).startsWith("short form of \"Alexei Navalny\"");
    }

    @Test
    void givenNameAlone_isNotReported() {
        assertThat(scan("Vladimir said hello.")).isEmpty();
    }

    @Test
    void wordOfOrganisationNamesAlone_isNotReported() {
        assertThat(scan("The Bank said so. Moscow agreed.")).isEmpty();
    }

    @Test
    void unlistedNameHoldingAListedWord_staysWholeAndNotListed() {
        assertThat(scan("Deutsche Bank of Frankfurt said so.")).extracting(Mention::text, Mention::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Deutsche Bank of Frankfurt", Status.NOT_LISTED));
    }

    @Test
    void vesselNameAfterACue_isAListedVessel() {
        Mention m = only("The tanker \"Linda\" left port.", "Linda");
        assertThat(m.kind()).isEqualTo(Kind.VESSEL);
        assertThat(m.status()).isEqualTo(Status.LISTED);
        assertThat(ids(m)).containsExactly("ofac-sdn:34941");
    }

    @Test
    void vesselNameWithoutACue_isNotReported() {
        assertThat(scan("Linda said she was tired.")).isEmpty();
    }

    @Test
    void unknownVesselAfterACue_isNotListed() {
        Mention m = only("The bulk carrier Nordic Star sailed.", "Nordic Star");
        assertThat(m.kind()).isEqualTo(Kind.VESSEL);
        assertThat(m.status()).isEqualTo(Status.NOT_LISTED);
    }

    @Test
    void imoNumberWithValidCheckDigit_isLookedUp() {
        Mention m = only("Seen: IMO 9256858.", "IMO 9256858");
        assertThat(m.kind()).isEqualTo(Kind.IMO);
        assertThat(m.status()).isEqualTo(Status.LISTED);
        assertThat(ids(m)).containsExactly("ofac-sdn:34941");
    }

    @Test
    void imoNumberUnlisted_isNotListed() {
        assertThat(only("IMO No. 9321483 sailed.", "IMO No. 9321483").status()).isEqualTo(Status.NOT_LISTED);
    }

    @Test
    void imoNumberWithWrongCheckDigit_isNoMention() {
        assertThat(scan("IMO 9256859 is a typo.")).isEmpty();
    }

    @Test
    void validImo_checksTheSeventhDigit() {
        assertThat(DocumentScanner.validImo("9256858")).isTrue();
        assertThat(DocumentScanner.validImo("9256859")).isFalse();
        assertThat(DocumentScanner.validImo("925685")).isFalse();
    }

    @Test
    void commaBetweenNames_separatesThem() {
        assertThat(scan("Sergei Lavrov, Vladimir Putin")).extracting(Mention::text).containsExactly("Sergei Lavrov", "Vladimir Putin");
    }

    @Test
    void emptyText_hasNoMentions() {
        assertThat(scan("")).isEmpty();
    }

    @Test
    void textOverTheLimit_isRejectedWithItsLength() {
        String huge = " ".repeat(DocumentScanner.MAX_TEXT_CHARS + 1);
        assertThatThrownBy(() -> scan(huge)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("over the limit");
    }

    @Test
    void mentions_areInTextOrderAndTheirOffsetsGiveTheirWords() {
        String text = "IMO 9256858 carried oil for Gazprom Neft; Vladimir Putin and Catherine Belton watched.";
        List<Mention> ms = scan(text);
        assertThat(ms).extracting(Mention::text).containsExactly("IMO 9256858", "Gazprom Neft", "Vladimir Putin", "Catherine Belton");
        for (Mention m : ms) {
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
        }
    }

    @Test
    void lowerCaseText_namesAreFoundByTheirListedWords() {
        String text = "so the question is whether vladimir putin will back down, and sberbank with him. then the pipeline"
                + " nord stream 2 was shut for good and nobody talked about it again";
        assertThat(only(text, "vladimir putin").status()).isEqualTo(Status.LISTED);
        assertThat(only(text, "sberbank").status()).isEqualTo(Status.LISTED);
        assertThat(ids(only(text, "nord stream 2"))).containsExactly("ofac-sdn:31926");
        assertThat(scan(text)).extracting(Mention::text).doesNotContain("back", "the question");
    }

    @Test
    void lowerCaseText_aNameMayRunOverALineBreak() {
        String text = "and then, as everyone in the room already knew, vladimir\nputin said nothing at all about it";
        assertThat(scan(text)).extracting(Mention::status).containsExactly(Status.LISTED);
    }

    @Test
    void lineInCapitals_namesAreFoundByTheirListedWords() {
        String text = "TREASURY SANCTIONS SBERBANK AND NORD STREAM 2 AG\nThe Treasury named them on Friday.";
        assertThat(scan(text)).extracting(Mention::text, Mention::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SBERBANK", Status.LISTED),
                        org.assertj.core.groups.Tuple.tuple("NORD STREAM 2 AG", Status.LISTED));
    }

    @Test
    void commonWordAlone_isNoListedName() {
        // UNITED COMPANY OJSC is listed; "United" at the start of a sentence is an English word
        assertThat(scan("He said so. United efforts would continue.")).isEmpty();
    }

    @Test
    void commonWordsOnly_areAListedNameOnlyWhenTheyAreOneExactly() {
        // shares "state" and "security" with MINISTRY OF STATE SECURITY, but is another body
        assertThat(only("The State Department spoke.", "State Department").status()).isEqualTo(Status.NOT_LISTED);
        assertThat(only("The Ministry of State Security spoke.", "Ministry of State Security").status()).isEqualTo(Status.LISTED);
    }

    @Test
    void politicallyExposedPerson_isPep_notListed() {
        Mention m = only("Senator Elizabeth Warren asked for more.", "Elizabeth Warren");
        assertThat(m.status()).isEqualTo(Status.PEP);
        assertThat(ids(m)).containsExactly("os:Q434706");
        assertThat(m.status().label()).isEqualTo("pep");
    }

    @Test
    void commonSurname_givenNameAndSurnameOnly_isPossible_withTheReason() {
        Mention m = only("My colleague Andrei Ivanov, a professor, disagrees.", "Andrei Ivanov");
        assertThat(m.status()).isEqualTo(Status.POSSIBLE);
        assertThat(ids(m)).contains("ofac-sdn:ivanov-and");
        assertThat(m.note()).startsWith("a common name: the lists hold people of 8 given names called ivanov");
    }

    @Test
    void commonSurname_withThePatronymic_isListed() {
        assertThat(only("Andrey Nikolayevich Ivanov was named.", "Andrey Nikolayevich Ivanov").status()).isEqualTo(Status.LISTED);
    }

    @Test
    void rareSurname_givenNameAndSurname_isListed() {
        assertThat(only("Arkady Rotenberg was named.", "Arkady Rotenberg").status()).isEqualTo(Status.LISTED);
    }

    @Test
    void nameFollowedByAndAnotherName_areTwoMentions() {
        assertThat(scan("Loans to Gazprom Neft and Sberbank grew.")).extracting(Mention::text)
                .containsExactly("Gazprom Neft", "Sberbank");
    }

    @Test
    void givenNamesAlone_partOfAnUnlistedName_areNobody() {
        // Jean-Claude PIVI is listed; Jean-Claude Juncker is not, and "Jean-Claude" alone is not PIVI
        assertThat(only("Jean-Claude Juncker spoke.", "Jean-Claude Juncker").status()).isEqualTo(Status.NOT_LISTED);
    }

    @Test
    void unlistedFullName_itsWordsAreNotLookedUpAlone() {
        // KAJA, Ahmed and KALLAS, Muhammad are listed; Kaja Kallas is neither
        assertThat(only("Kaja Kallas said so.", "Kaja Kallas").status()).isEqualTo(Status.NOT_LISTED);
    }

    @Test
    void organisationOnOrdinaryWords_withADistinctiveWordItLacks_isAnother() {
        assertThat(scan("The Ministry of Defence of Kazakhstan said so.")).extracting(Mention::status)
                .doesNotContain(Status.LISTED, Status.AMBIGUOUS);
    }

    @Test
    void vesselNamedByAnOrdinaryWord_onlyExactly() {
        assertThat(scan("The vessel Sky left Aktau.")).extracting(Mention::status).doesNotContain(Status.LISTED, Status.AMBIGUOUS);
        assertThat(ids(only("The vessel North Sky left Aktau.", "North Sky"))).containsExactly("eu:north-sky");
    }

    @Test
    void kazakhText_caseEndingsOfListedNames_resolve() {
        String text = "Ресей президенті Владимир Путиннің сөзінше, Сбербанкке қарсы санкциялар әділетсіз.";
        assertThat(only(text, "Владимир Путиннің").status()).isEqualTo(Status.LISTED);
        assertThat(ids(only(text, "Сбербанкке"))).containsExactly("eu:108");
    }

    @Test
    void severalListedPeopleOfOneName_theRoleTheTextGives_tellsWhich() {
        Mention m = only("Putin's spokesman Dmitry Peskov said the talks went well.", "Dmitry Peskov");
        assertThat(m.status()).isEqualTo(Status.LISTED);
        assertThat(ids(m)).containsExactly("eu:677");
        assertThat(m.note()).startsWith("the text calls them spokesman, as the listing does");
        assertThat(only("Пресс-секретарь президента Дмитрий Песков заявил, что переговоры прошли хорошо.", "Дмитрий Песков").status())
                .isEqualTo(Status.LISTED);
    }

    @Test
    void severalListedPeopleOfOneName_noRoleInTheSentence_ambiguous() {
        assertThat(only("Dmitry Peskov said the talks went well. He is a spokesman.", "Dmitry Peskov").status())
                .isEqualTo(Status.AMBIGUOUS);
    }

    @Test
    void wordHyphenatedAcrossALineBreak_isOneWord() {
        Mention m = only("Loans to Sber-\nbank grew in May.", "Sber-\nbank");
        assertThat(m.status()).isEqualTo(Status.LISTED);
        assertThat(ids(m)).containsExactly("eu:108");
    }

    @Test
    void softHyphenInsideAWord_isIgnored() {
        assertThat(only("Loans to Sber\u00ADbank grew.", "Sber\u00ADbank").status()).isEqualTo(Status.LISTED);
    }

    @Test
    void hyphenAtALineEndBeforeACapital_isNoJoin() {
        assertThat(scan("Talks with Sergei Lavrov -\nSberbank was not there.")).extracting(Mention::text)
                .contains("Sergei Lavrov", "Sberbank");
    }

    @Test
    void weakAlias_countsOnlyWhenTheTextHasItInFull() {
        assertThat(ids(only("The Zarathustra Brothers were named.", "Zarathustra Brothers"))).containsExactly("ofac-sdn:7280");
        assertThat(scan("The Zarathustra Brother spoke.")).extracting(Mention::status).doesNotContain(Status.LISTED);
    }

    @Test
    void surnameAloneBeforeTheFullName_isThePersonNamedLater() {
        Mention m = only("Rotenberg wins again. Arkady Rotenberg's bridge opened.", "Rotenberg");
        assertThat(m.status()).isEqualTo(Status.LISTED);
        assertThat(ids(m)).containsExactly("ofac-sdn:16669");
        assertThat(m.note()).endsWith("named in full later");
    }

    @Test
    void commonSurname_withTheRoleItsListingGives_isListed() {
        Mention m = only("Former deputy defence minister Andrey Ivanov was named.", "Andrey Ivanov");
        assertThat(m.status()).isEqualTo(Status.LISTED);
    }

    @Test
    void pluralVesselCue_aListOfNames_eachAVessel() {
        List<Mention> found = scan("The Treasury named the vessels LINDA, Dilbar and North Sky on Friday.");
        assertThat(found).extracting(Mention::text).containsExactly("LINDA", "Dilbar", "North Sky");
        assertThat(found).extracting(Mention::status).containsOnly(Status.LISTED);
    }

    @Test
    void vesselNamedWithoutACue_besideItsImoNumber_isThatVessel() {
        String text = "The largest, the 156-metre Linda, was seized in Hamburg. The Treasury gives its number as IMO 9256858.";
        Mention m = only(text, "Linda");
        assertThat(m.kind()).isEqualTo(Kind.VESSEL);
        assertThat(ids(m)).containsExactly("ofac-sdn:34941");
        assertThat(m.note()).isEqualTo("named beside its IMO number");
    }

    @Test
    void vesselNameWithoutACue_noImoNumber_isNoVessel() {
        assertThat(scan("The largest, the 156-metre Linda, was seized in Hamburg.")).extracting(Mention::kind).doesNotContain(Kind.VESSEL);
    }
}
