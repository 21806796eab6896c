package org.kordon.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordsAndInflectionTest {
    @Test
    void split_possessive_isSetAsideButInTheSpan() {
        Word w = Words.split("Putin's aide").get(0);
        assertThat(w.surface()).isEqualTo("Putin");
        assertThat(w.possessive()).isTrue();
        assertThat(w.end()).isEqualTo(7);
    }

    @Test
    void split_curlyApostropheAndPluralPossessive_areSetAside() {
        assertThat(Words.split("Putin\u2019s").get(0).surface()).isEqualTo("Putin");
        List<Word> w = Words.split("the Rotenbergs' firm");
        assertThat(w.get(1).possessive()).isTrue();
        assertThat(w.get(1).end()).isEqualTo(15); // "Rotenbergs'" ends after the apostrophe
    }

    @Test
    void split_apostropheInsideAName_staysInTheWord() {
        assertThat(Words.split("O'Brien").get(0).surface()).isEqualTo("O'Brien");
    }

    @Test
    void split_periodAfterAnInitial_isNoBreak() {
        List<Word> w = Words.split("V. Putin");
        assertThat(w.get(1).breakBefore()).isFalse();
    }

    @Test
    void split_periodAfterAWord_isABreak() {
        assertThat(Words.split("Lavrov. Putin").get(1).breakBefore()).isTrue();
    }

    @Test
    void split_hyphenAndSingleLineBreak_areNoBreak_blankLineIs() {
        assertThat(Words.split("Rimsky-Korsakov").get(1).breakBefore()).isFalse();
        assertThat(Words.split("Vladimir\nPutin").get(1).breakBefore()).isFalse();
        assertThat(Words.split("Vladimir\n\nPutin").get(1).breakBefore()).isTrue();
    }

    @Test
    void split_openingQuote_isMarked() {
        Word w = Words.split("tanker «Pegas»").get(1);
        assertThat(w.breakBefore()).isTrue();
        assertThat(w.quoteBefore()).isTrue();
    }

    @Test
    void split_capitalIsCheckedOnCodePoints() {
        assertThat(Words.split("Ωmega \uD835\uDC00bc").get(0).capital()).isTrue();
    }

    @Test
    void stems_genitiveOfASurname() {
        assertThat(Inflection.stems("Путина")).startsWith("Путин");
    }

    @Test
    void stems_instrumentalOfAnOrganisation() {
        assertThat(Inflection.stems("Сбербанком")).contains("Сбербанк");
    }

    @Test
    void stems_kazakhCaseEndings_giveTheName() {
        assertThat(Inflection.stems("Путиннің")).contains("Путин");       // genitive
        assertThat(Inflection.stems("Сбербанкке")).contains("Сбербанк");  // dative
        assertThat(Inflection.stems("Газпромнан")).contains("Газпром");   // ablative
        assertThat(Inflection.stems("Тоқаевтың")).contains("Тоқаев");     // genitive after a voiced consonant
        assertThat(Inflection.stems("Сечинмен")).contains("Сечин");       // instrumental
    }

    @Test
    void stems_softSignNoun_getsTheSoftSignBack() {
        assertThat(Inflection.stems("Роснефти")).contains("Роснефть");
    }

    @Test
    void stems_feminineInstrumental_givesTheNominative() {
        assertThat(Inflection.stems("Набиуллиной")).contains("Набиуллина");
    }

    @Test
    void stems_latinWord_hasNone() {
        assertThat(Inflection.stems("Putina")).isEmpty();
    }

    @Test
    void stems_shortWord_hasNone() {
        assertThat(Inflection.stems("Ира")).isEmpty();
    }
}
