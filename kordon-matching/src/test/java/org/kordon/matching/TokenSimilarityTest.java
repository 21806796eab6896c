package org.kordon.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenSimilarityTest {
    @Test
    void similarity_equalWords_one() {
        assertThat(TokenSimilarity.similarity("putin", "putin")).isEqualTo(1.0);
    }

    @Test
    void similarity_oneTypo_high() {
        assertThat(TokenSimilarity.similarity("putin", "putim")).isBetween(0.9, 0.95);
    }

    @Test
    void similarity_transposition_countsAsOneEdit() {
        assertThat(TokenSimilarity.similarity("knusten", "knutsen")).isGreaterThan(0.9);
        assertThat(TokenSimilarity.osaDistance("knusten", "knutsen")).isEqualTo(1);
    }

    @Test
    void similarity_sharedPrefixOfLongerWord_isNoMatch() {
        assertThat(TokenSimilarity.similarity("abramov", "abramovich")).isZero();
    }

    @Test
    void similarity_givenNameAndPatronymicOfIt_noMatchThoughCodesAgree() {
        assertThat(PhoneticKeys.metaphone("aleksander")).isEqualTo(PhoneticKeys.metaphone("aleksandrovich"));
        assertThat(TokenSimilarity.similarity("aleksander", "aleksandrovich")).isZero();
    }

    @Test
    void similarity_patronymicsOfOneFather_matchAcrossForms() {
        assertThat(TokenSimilarity.similarity("abishevich", "abishuli")).isEqualTo(TokenSimilarity.PATRONYMIC);
    }

    @Test
    void similarity_numbers_exactOrNothing() {
        assertThat(TokenSimilarity.similarity("11420", "11421")).isZero();
        assertThat(TokenSimilarity.similarity("11420", "11420")).isEqualTo(1.0);
    }

    @Test
    void similarity_shortWords_exactOrNothing() {
        assertThat(TokenSimilarity.similarity("al", "el")).isZero();
        assertThat(TokenSimilarity.similarity("kim", "kin")).isZero();
    }

    @Test
    void similarity_initial_reducedCredit() {
        assertThat(TokenSimilarity.similarity("v", "vladimir")).isEqualTo(TokenSimilarity.INITIAL);
        assertThat(TokenSimilarity.similarity("vladimir", "p")).isZero();
    }

    @Test
    void similarity_unvocalisedArabic_matchesBySkeleton() {
        assertThat(TokenSimilarity.similarity("mhmd", "muhamad")).isEqualTo(TokenSimilarity.SKELETON);
    }

    @Test
    void similarity_differentNames_nothing() {
        assertThat(TokenSimilarity.similarity("bush", "habash")).isZero();
    }

    @Test
    void similarity_isSymmetric() {
        assertThat(TokenSimilarity.similarity("jolani", "julani")).isEqualTo(TokenSimilarity.similarity("julani", "jolani"));
    }
}
