package org.kordon.maritime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Flags as the data print them, and the flags of convenience of the bundled reference file. */
class FlagRegistryTest {
    private final FlagRegistry flags = FlagRegistry.bundled();

    @Test
    void read_equasisSpellings_giveIsoCodes() {
        assertThat(flags.read("Palau (Republic of)").code()).isEqualTo("pw");
        assertThat(flags.read("St.Kitts and Nevis").code()).isEqualTo("kn");
        assertThat(flags.read("Hong Kong, China").code()).isEqualTo("hk");
        assertThat(flags.read("Liberia").code()).isEqualTo("lr");
        assertThat(flags.read("ru").code()).isEqualTo("ru");
    }

    @Test
    void read_falseMarker_keepsStateAndMarksFalse() {
        FlagRegistry.Flag f = flags.read("Comoros FALSE");
        assertThat(f.code()).isEqualTo("km");
        assertThat(f.falseFlag()).isTrue();
        assertThat(flags.read("Guinea False").falseFlag()).isTrue();
    }

    @Test
    void read_notKnownAndNoneIdentified_unknown() {
        assertThat(flags.read("Not Known").unknown()).isTrue();
        assertThat(flags.read("None Identified").unknown()).isTrue();
        assertThat(flags.read("Panama").unknown()).isFalse();
    }

    @Test
    void convenience_panamaAndCookIslandsYes_russiaAndNorwayNo() {
        assertThat(flags.convenienceSource("pa")).isEqualTo("ITF 2013");
        assertThat(flags.convenienceSource("ck")).isEqualTo("ITF later");
        assertThat(flags.convenienceSource("ru")).isNull();
        assertThat(flags.convenienceSource("no")).isNull();
    }

    @Test
    void key_underTurkishLocale_foldsDottedI() {
        assertThat(FlagRegistry.key("ISLE OF MAN")).isEqualTo("isle of man");
    }
}
