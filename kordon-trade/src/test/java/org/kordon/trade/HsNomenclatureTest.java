package org.kordon.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kordon.testkit.SharedData;

class HsNomenclatureTest {
    @TempDir Path tmp;

    static Path fixture() throws Exception {
        return Path.of(HsNomenclatureTest.class.getResource("/hs-excerpt.csv").toURI());
    }

    @Test
    void load_excerpt_knowsItsSubheadingsOnly() throws Exception {
        HsNomenclature hs = HsNomenclature.load(fixture());
        assertThat(hs.contains(Hs6.parse("854231"))).isTrue();
        assertThat(hs.contains(Hs6.parse("854299"))).isFalse();
        assertThat(hs.description("8542")).contains("Electronic integrated circuits");
        assertThat(hs.complete()).isTrue();
    }

    @Test
    void formatOnly_acceptsKnownChaptersAndRefusesOthers() {
        HsNomenclature f = HsNomenclature.formatOnly();
        assertThat(f.contains(Hs6.parse("854299"))).isTrue();
        assertThat(f.contains(Hs6.parse("970100"))).isTrue();
        assertThat(f.contains(Hs6.parse("770100"))).as("chapter 77 is reserved").isFalse();
        assertThat(f.contains(Hs6.parse("990100"))).as("chapters 98-99 are national").isFalse();
        assertThat(f.complete()).isFalse();
    }

    @Test
    void load_levelNotFittingCode_namesLineAndField() throws Exception {
        Path f = tmp.resolve("hs.csv");
        Files.writeString(f, "section,hscode,description,parent,level\nXVI,854231,Processors,8542,4\n");
        assertThatThrownBy(() -> HsNomenclature.load(f)).isInstanceOf(TradeFormatException.class)
                .hasMessage("hs.csv line 2: field level: level 4 does not fit the 6-digit code 854231");
    }

    @Test
    void load_realHs2022_has5613Subheadings() throws Exception {
        HsNomenclature hs = HsNomenclature.load(SharedData.require("trade/harmonized-system.csv"));
        assertThat(hs.size()).isEqualTo(97 + 1229 + 5613);
        ControlledList.chp().entries().keySet().forEach(code -> assertThat(hs.contains(code)).as(code.code()).isTrue());
    }
}
