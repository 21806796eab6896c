package org.kordon.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JaroWinklerTest {
    @Test
    void similarity_classicExample() {
        assertThat(JaroWinkler.similarity("martha", "marhta")).isCloseTo(0.9611, within(1e-4));
    }

    @Test
    void similarity_identicalAndEmpty() {
        assertThat(JaroWinkler.similarity("putin", "putin")).isEqualTo(1.0);
        assertThat(JaroWinkler.similarity("", "putin")).isZero();
        assertThat(JaroWinkler.similarity("", "")).isEqualTo(1.0);
    }

    @ParameterizedTest
    @CsvSource({"dixon, dicksonx", "putin, putim", "abramovich, abramov", "jones, johnson", "a, b", "vladimir, vladimirovich"})
    void similarity_agreesWithCommonsTextAndIsSymmetric(String a, String b) {
        double ours = JaroWinkler.similarity(a, b);
        assertThat(ours).isCloseTo(new JaroWinklerSimilarity().apply(a, b), within(1e-9));
        assertThat(JaroWinkler.similarity(b, a)).isEqualTo(ours);
    }
}
