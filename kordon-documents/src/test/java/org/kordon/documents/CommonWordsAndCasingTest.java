package org.kordon.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommonWordsAndCasingTest {
    @Test
    void commonWords_englishWordsInAnyCase_butNotNamesOrOtherScripts() {
        assertThat(CommonWords.isCommon("United")).isTrue();
        assertThat(CommonWords.isCommon("major")).isTrue();
        assertThat(CommonWords.isCommon("BACK")).isTrue();
        assertThat(CommonWords.isCommon("three")).isTrue();
        assertThat(CommonWords.isCommon("Putin")).isFalse();
        assertThat(CommonWords.isCommon("gazprom")).isFalse();
        assertThat(CommonWords.isCommon("Washington")).as("a proper noun only").isFalse();
        assertThat(CommonWords.isCommon("банк")).as("no dictionary for Cyrillic yet").isFalse();
    }

    @Test
    void caseless_lowerCaseTranscript_everyWord() {
        String text = "so the question is whether putin will back down now and what the west does next";
        assertThat(Casing.caseless(text, Words.split(text))).containsOnly(true);
    }

    @Test
    void caseless_runningTextWithNames_noWord() {
        String text = "So the question is whether Vladimir Putin will back down now and what the West does next.";
        assertThat(Casing.caseless(text, Words.split(text))).containsOnly(false);
    }

    @Test
    void caseless_headlineInCapitals_onlyItsLine() {
        String text = "TREASURY SANCTIONS SOVCOMFLOT TANKERS\nThe Treasury named Sovcomflot on Friday.";
        boolean[] c = Casing.caseless(text, Words.split(text));
        assertThat(c).startsWith(true, true, true, true);
        assertThat(c[4]).isFalse();
    }
}
