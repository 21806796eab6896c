package org.kordon.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameAnalyzerTest {
    private static final NameAnalyzer A = NameAnalyzer.DEFAULT;

    @Test
    void analyze_listedRussianName_allScriptsGiveSameWords() {
        assertThat(A.analyze("PUTIN, Vladimir Vladimirovich").tokens())
                .isEqualTo(A.analyze("Путин Владимир Владимирович").tokens())
                .containsExactly("putin", "vladimir", "vladimirovich");
    }

    @Test
    void analyze_kazakhCyrillicAndLatin_giveSameWords() {
        assertThat(A.analyze("Назарбаев Нұрсұлтан Әбішұлы").tokens())
                .isEqualTo(A.analyze("Nazarbayev Nursultan Abishuly").tokens())
                .isEqualTo(A.analyze("Nazarbaev Nūrsūltan Äbişūly").tokens());
    }

    @Test
    void analyze_romanisationVariants_giveSameWords() {
        assertThat(A.analyze("Yury Kovalchuk").tokens())
                .isEqualTo(A.analyze("Iurii Kovalchuk").tokens())
                .isEqualTo(A.analyze("Yuriy Kowalczuk").tokens())
                .isEqualTo(A.analyze("Юрий Ковальчук").tokens());
    }

    @Test
    void analyze_legalFormsAndConnectors_areDroppedAndReported() {
        AnalyzedName a = A.analyze("Sberbank of Russia PJSC");
        assertThat(a.tokens()).containsExactly("sberbank", "rusia");
        assertThat(a.legalForms()).containsExactly("pjsc");
        assertThat(A.analyze("ПАО Сбербанк").tokens()).containsExactly("sberbank");
    }

    @Test
    void analyze_titles_areDropped() {
        AnalyzedName a = A.analyze("Sheikh Hasina");
        assertThat(a.tokens()).containsExactly("hasina");
        assertThat(a.titles()).containsExactly("sheikh");
    }

    @Test
    void analyze_keepsLatinTextForBaselines() {
        assertThat(A.analyze("Путин Владимир").latin()).isEqualTo("putin vladimir");
    }
}
