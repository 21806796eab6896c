package org.kordon.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScriptTransliteratorTest {
    @Test
    void toLatin_russian_followsBgnLikeRules() {
        assertThat(ScriptTransliterator.toLatin("путин владимир владимирович")).isEqualTo("putin vladimir vladimirovich");
        assertThat(ScriptTransliterator.toLatin("юрий ковальчук")).isEqualTo("yuriy koval'chuk".replace("'", ""));
        assertThat(ScriptTransliterator.toLatin("щёголев")).isEqualTo("shchyogolev");
        assertThat(ScriptTransliterator.toLatin("худайнатов")).isEqualTo("khudaynatov");
    }

    @Test
    void toLatin_kazakhLetters_mapToBaseLetters() {
        assertThat(ScriptTransliterator.toLatin("назарбаев нұрсұлтан әбішұлы")).isEqualTo("nazarbaev nursultan abishuly");
    }

    @Test
    void toLatin_kazakhLatinAlphabet_mapsShAndCh() {
        assertThat(ScriptTransliterator.toLatin("äbişūly çelik")).isEqualTo("abishuly chelik");
    }

    @Test
    void toLatin_ukrainianAndBelarusian_letters() {
        assertThat(ScriptTransliterator.toLatin("віктор федорович")).isEqualTo("viktor fedorovich");
        assertThat(ScriptTransliterator.toLatin("аляксандр рыгоравіч")).isEqualTo("alyaksandr ryhoravich");
        assertThat(ScriptTransliterator.toLatin("їжак єва")).isEqualTo("yizhak yeva");
    }

    @Test
    void toLatin_ukrainianWord_readsGheAsH() {
        assertThat(ScriptTransliterator.toLatin("григорій")).isEqualTo("hryhoriy");
        assertThat(ScriptTransliterator.toLatin("григорий")).isEqualTo("grigoriy");
        // known limit: a Kazakh word without a Kazakh-only letter (Бегім) is read as Ukrainian
        assertThat(ScriptTransliterator.toLatin("бегім")).isEqualTo("behim");
        assertThat(ScriptTransliterator.toLatin("ғалымжан")).isEqualTo("galymzhan");
    }

    @Test
    void toLatin_chinese_surnameThenJoinedGivenName() {
        assertThat(ScriptTransliterator.toLatin("李方伟")).isEqualTo("li fangwei");
    }

    @Test
    void toLatin_arabic_givesConsonants() {
        assertThat(ScriptTransliterator.toLatin("محمد")).isEqualTo("mhmd");
        assertThat(ScriptTransliterator.toLatin("أبو محمد الجولاني")).isEqualTo("abu mhmd al jwlany");
    }

    @Test
    void toLatin_asciiWords_areReturnedUntouched() {
        String s = "vladimir putin";
        assertThat(ScriptTransliterator.toLatin(s)).isSameAs(s);
        assertThat(ScriptTransliterator.toLatin("sberbank сбербанк")).isEqualTo("sberbank sberbank");
    }

    @Test
    void toLatin_latinWithDiacritics_dropsThem() {
        assertThat(ScriptTransliterator.toLatin("josé müller")).isEqualTo("jose muller");
    }
}
