package org.kordon.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneticKeysTest {
    private static Set<String> keys(String w) {
        Set<String> s = new HashSet<>();
        PhoneticKeys.keys(w, s::add);
        return s;
    }

    private static boolean linked(String a, String b) {
        Set<String> s = keys(a);
        s.retainAll(keys(b));
        return !s.isEmpty();
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({"putin, putim", "knutsen, knusten", "muhamad, mhmd", "mohamed, muhamad", "kovalchuk, kovalchik",
        "hudainatov, hudainatof", "abdelrahman, abdelrahmane"})
    void keys_spellingVariants_areLinked(String a, String b) {
        assertThat(linked(RomanisationFolder.fold(a), RomanisationFolder.fold(b))).isTrue();
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource({"bush, habbash", "11420, 11421", "al, el", "george, gregory"})
    void keys_differentWords_areNotLinked(String a, String b) {
        assertThat(linked(a, b)).isFalse();
    }

    @Test
    void keys_shortWordsAndNumbers_haveOnlyTheirExactKey() {
        assertThat(keys("al")).containsExactly("d:al");
        assertThat(keys("11420")).containsExactly("d:11420");
    }

    @Test
    void skeleton_firstLetterThenConsonants() {
        assertThat(PhoneticKeys.skeleton("muhammad")).isEqualTo("mhmd");
        assertThat(PhoneticKeys.skeleton("abdullah")).isEqualTo("abdlh");
    }

    @Test
    void metaphone_polishAndRussianSpellings_agreeAfterFolding() {
        assertThat(PhoneticKeys.metaphone(RomanisationFolder.fold("kowalczuk")))
                .isEqualTo(PhoneticKeys.metaphone(RomanisationFolder.fold("kovalchuk")));
    }
}
