package org.kordon.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class Hs6Test {
    @Test
    void parse_sixDigits_isItself() {
        assertThat(Hs6.parse("847180").code()).isEqualTo("847180");
    }

    @Test
    void parse_tenDigitsWithDots_cutsToSix() {
        assertThat(Hs6.parse("8542.31.0000").code()).isEqualTo("854231");
    }

    @Test
    void parse_sixDigitsWithSpace_joins() {
        assertThat(Hs6.parse("8471 80").code()).isEqualTo("847180");
    }

    @Test
    void parse_dottedSix_joins() {
        assertThat(Hs6.parse("8542.31").code()).isEqualTo("854231");
    }

    @Test
    void parse_eightDigitCn8_cutsToSix() {
        assertThat(Hs6.parse("85423190").code()).isEqualTo("854231");
    }

    @Test
    void parse_eightDigitsWithSpaces_cutsToSix() {
        assertThat(Hs6.parse("8542 31 90").code()).isEqualTo("854231");
    }

    @Test
    void parse_tenDigitHts_cutsToSix() {
        assertThat(Hs6.parse("8542310001").code()).isEqualTo("854231");
    }

    @Test
    void parse_hyphensAndSurroundingBlanks_accepted() {
        assertThat(Hs6.parse("  8471-80-00 ").code()).isEqualTo("847180");
    }

    @Test
    void parse_leadingZeroKept() {
        assertThat(Hs6.parse("0101.21").code()).isEqualTo("010121");
        assertThat(Hs6.parse("010121").chapter()).isEqualTo("01");
    }

    @Test
    void parse_fourDigitHeading_refusedAsHeading() {
        assertThatThrownBy(() -> Hs6.parse("8471")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'8471' has 4 digits: a heading");
    }

    @Test
    void parse_fiveDigits_hintsAtLostLeadingZero() {
        assertThatThrownBy(() -> Hs6.parse("10121")).hasMessageContaining("leading zero lost");
    }

    @Test
    void parse_letters_refusedQuotingCode() {
        assertThatThrownBy(() -> Hs6.parse("84x180")).hasMessageContaining("'84x180' has a character other than digits");
    }

    @Test
    void parse_twelveDigits_refused() {
        assertThatThrownBy(() -> Hs6.parse("854231000011")).hasMessageContaining("more than 10 digits");
    }

    @Test
    void parse_hugeInput_refusedEarly() {
        assertThatThrownBy(() -> Hs6.parse("8".repeat(1_000_000))).hasMessageContaining("more than 10 digits");
    }

    @Test
    void parse_empty_refused() {
        assertThatThrownBy(() -> Hs6.parse(" ")).hasMessage("HS code is empty");
    }

    @Test
    void parse_chapterZero_refused() {
        assertThatThrownBy(() -> Hs6.parse("001234")).hasMessageContaining("chapter 00");
    }

    @Test
    void headingAndChapter_areThePrefixes() {
        Hs6 h = Hs6.parse("854231");
        assertThat(h.heading()).isEqualTo("8542");
        assertThat(h.chapter()).isEqualTo("85");
    }
}
