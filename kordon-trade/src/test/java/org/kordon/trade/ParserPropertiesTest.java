package org.kordon.trade;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.Chars;

/** The parsers either return a value or throw IllegalArgumentException, whatever the input. */
class ParserPropertiesTest {
    @Property(tries = 2000)
    void hs6Parse_anyString_valueOrIllegalArgument(@ForAll String raw) {
        try {
            assertThat(Hs6.parse(raw).code()).hasSize(6).containsOnlyDigits();
        } catch (IllegalArgumentException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    @Property(tries = 2000)
    void hs6Parse_digitsWithSeparators_keepsTheFirstSixDigits(@ForAll @NumericChars @Chars({'.', ' '}) @StringLength(min = 6, max = 14) String raw) {
        String digits = raw.replaceAll("[^0-9]", "");
        try {
            assertThat(Hs6.parse(raw).code()).isEqualTo(digits.substring(0, 6));
        } catch (IllegalArgumentException expected) {
            assertThat(digits.length() != 6 && digits.length() != 8 && digits.length() != 10 || digits.startsWith("00")).isTrue();
        }
    }

    @Property(tries = 2000)
    void periodParse_anyString_valueOrIllegalArgument(@ForAll String raw) {
        try {
            Period.parse(raw);
        } catch (IllegalArgumentException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }
}
