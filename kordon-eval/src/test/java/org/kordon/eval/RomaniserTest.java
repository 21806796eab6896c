package org.kordon.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RomaniserTest {
    @Test
    void german_prigozhin_writesSchForZhWForVAndJeAtWordStart() {
        assertThat(Romaniser.german("Пригожин Евгений Викторович")).isEqualTo("Prigoschin Jewgeni Wiktorowitsch");
    }

    @Test
    void french_prigozhin_writesJForZhGuBeforeEAndTchForCh() {
        assertThat(Romaniser.french("Пригожин Евгений Викторович")).isEqualTo("Prigojin Ievgueni Viktorovitch");
    }

    @Test
    void german_timchenkoAndKovalchuk_writeTschAndDropSoftSign() {
        assertThat(Romaniser.german("ТИМЧЕНКО Геннадий")).isEqualTo("Timtschenko Gennadi");
        assertThat(Romaniser.german("Ковальчук Юрий")).isEqualTo("Kowaltschuk Juri");
    }

    @Test
    void french_kovalchuk_writesOuForUAndTchForCh() {
        assertThat(Romaniser.french("Ковальчук Юрий")).isEqualTo("Kovaltchouk Iouri");
    }

    @Test
    void ukrainian_isToldByItsLetters_andGIsH() {
        assertThat(Romaniser.german("Гончаренко Олексій")).isEqualTo("Hontscharenko Oleksij");
        assertThat(Romaniser.french("Гончаренко Олексій")).isEqualTo("Hontcharenko Oleksiï");
    }

    @Test
    void sBetweenVowels_isDoubled() {
        assertThat(Romaniser.german("Василий")).isEqualTo("Wassili");
        assertThat(Romaniser.french("Василий")).isEqualTo("Vassili");
    }

    @Test
    void latinText_passesThrough() {
        assertThat(Romaniser.german("OOO Rosneft 2")).isEqualTo("OOO Rosneft 2");
        assertThat(Romaniser.isCyrillic("OOO Rosneft")).isFalse();
        assertThat(Romaniser.isCyrillic("ООО Роснефть")).isTrue();
    }
}
