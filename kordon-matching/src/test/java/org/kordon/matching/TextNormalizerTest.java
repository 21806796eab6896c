package org.kordon.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {
    @Test
    void normalize_commaAndInitials_becomeSpaces() {
        assertThat(TextNormalizer.normalize("PUTIN, Vladimir V.")).isEqualTo("putin vladimir v");
    }

    @Test
    void normalize_apostrophe_joinsWord() {
        assertThat(TextNormalizer.normalize("O'Brien")).isEqualTo("obrien");
        assertThat(TextNormalizer.normalize("Sa\u2019id")).isEqualTo("said");
    }

    @Test
    void normalize_digits_areKept() {
        assertThat(TextNormalizer.normalize("11420 CORP.")).isEqualTo("11420 corp");
    }

    @Test
    void normalize_fullWidthAndLigatures_foldByNfkc() {
        assertThat(TextNormalizer.normalize("ＳＢＥＲＢＡＮＫ ﬁrst")).isEqualTo("sberbank first");
    }

    @Test
    void normalize_turkishDottedCapital_isLocaleIndependent() {
        // the tests run under a Turkish default locale; "I" must still become "i"
        assertThat(TextNormalizer.normalize("IGOR")).isEqualTo("igor");
    }

    @Test
    void normalize_cyrillic_staysInScriptLowerCased() {
        assertThat(TextNormalizer.normalize("ПАО «Сбербанк»")).isEqualTo("пао сбербанк");
    }

    @Test
    void normalize_onlyPunctuation_isEmpty() {
        assertThat(TextNormalizer.normalize(" -- ")).isEmpty();
    }
}
