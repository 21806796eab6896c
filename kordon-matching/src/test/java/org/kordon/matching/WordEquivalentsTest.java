package org.kordon.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordEquivalentsTest {
    private static final NameAnalyzer A = NameAnalyzer.DEFAULT;
    private static final WordEquivalents GIVEN =
            WordEquivalents.fromResource("given-names.txt", NameAnalyzer::romanisedWords, true);
    private static final WordEquivalents ORGANISATION =
            WordEquivalents.fromResource("organisation-words.txt", NameAnalyzer::romanisedWords, false);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"evhen, evgeni", "evgeni, evgeni", "uladzimir, vladimir", "aliaksandr, aleksandr",
        "evhenovich, evgenievich", "evgenievich, evgenievich", "evgneievich, evgneievich", "serhivna, sergevna",
        "ihorovich, igorevich", "pavlovich, pavlovich", "uladzimiravich, vladimirovich", "olenivna, olenivna",
        "putin, putin"})
    void givenNameEquivalents_ukrainianAndBelarusianForms_takeTheRussianCanonical(String in, String out) {
        assertThat(GIVEN.apply(in)).isEqualTo(out);
    }

    @Test
    void givenNameEquivalents_ukrainianNameAndRussianName_giveSameWords() {
        assertThat(A.analyze("Євген Євгенович ЛАВРЕНОВ").tokens())
                .isEqualTo(A.analyze("Evgeny Evgenievich LAVRENOV").tokens());
        assertThat(A.analyze("Вячаслаў Уладзiмiравiч").tokens())
                .isEqualTo(A.analyze("Vyacheslav Vladimirovich").tokens());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"evgeni, evgenievich", "sergei, sergevich", "nikolai, nikolaevich", "vladimir, vladimirovich"})
    void givenNameEquivalents_russianPatronymic_followsTheUsualRule(String name, String male) {
        assertThat(WordEquivalents.russianPatronymics(name)[0]).isEqualTo(male);
    }

    @Test
    void organisationWordEquivalents_russianWords_takeTheEnglishWord() {
        assertThat(ORGANISATION.apply("zavod")).isEqualTo("plant");
        assertThat(A.analyze("АО ЗАВОД УНИВЕРСАЛМАШ").tokens()).isEqualTo(A.analyze("JSC Plant Universalmash").tokens());
        assertThat(A.analyze("Группа компаний 'Волга Днепр'").tokens())
                .containsExactlyInAnyOrderElementsOf(A.analyze("Volga Dnepr Group").tokens());
    }

    @Test
    void organisationWordEquivalents_wordOfNoClass_isUnchanged() {
        assertThat(ORGANISATION.apply("universalmash")).isEqualTo("universalmash");
    }
}
