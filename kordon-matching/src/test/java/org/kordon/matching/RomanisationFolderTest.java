package org.kordon.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RomanisationFolderTest {
    @ParameterizedTest(name = "{0} and {1} fold alike")
    @CsvSource({
        "yuri, iurii", "yury, yuriy", "yuriy, iurii",             // Юрий
        "shchegolev, schegolev", "shcherbakov, sherbakov",        // Щ
        "khudainatov, hudainatov", "khamenei, hamenei",           // Х
        "yevgeniy, evgeniy", "yevgeny, evgeni",                   // Е, -ий
        "zhukov, jukov", "prigozhin, prigojin", "dzhabarov, jabarov", // Ж
        "tsoi, tzoi", "kovalchuk, kowalczuk",                     // Ц, Polish spellings
        "nazarbayev, nazarbaev", "arkadyevich, arkadievich",      // -ayev, -yevich
        "yanukovych, yanukovich", "aleksandr, alexandr",
        "gennadiy, gennady", "mohammed, mohamed", "qasim, kasim", "youssef, yusef",
        "michajlowitsch, mikhailovich", "ilijew, iliev", "kasjantschyk, kasyanchyk", "sergejewna, sergeyevna" // German
    })
    void fold_transliterationVariants_foldAlike(String a, String b) {
        assertThat(RomanisationFolder.fold(a)).isEqualTo(RomanisationFolder.fold(b));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"yuri, iuri", "shcherbakov, sherbakov", "yevgeniy, evgeni", "khodorkovskiy, hodorkovski", "11420, 11420",
        "1100, 1100"})
    void fold_examples(String in, String out) {
        assertThat(RomanisationFolder.fold(in)).isEqualTo(out);
    }

    @ParameterizedTest(name = "{0} stays apart from {1}")
    @CsvSource({"bush, habbash", "putin, putilin", "ivanov, ivanova", "chernov, hernov", "jamal, iamal"})
    void fold_differentNames_stayDifferent(String a, String b) {
        assertThat(RomanisationFolder.fold(a)).isNotEqualTo(RomanisationFolder.fold(b));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"alekseyevna, aleksevna", "sergeyevich, sergevich", "alekseyenva, aleksenva", "grigoryev, grigoriev",
        "dmitriyev, dmitriev"})
    void fold_yeAfterVowel_isPlainE(String in, String out) {
        assertThat(RomanisationFolder.fold(in)).isEqualTo(out);
    }
}
