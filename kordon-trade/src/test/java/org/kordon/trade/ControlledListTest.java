package org.kordon.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kordon.input.InputFormatException;
import org.kordon.testkit.SharedData;

class ControlledListTest {
    @TempDir Path tmp;

    @Test
    void chp_hasThePublishedCountPerTier() {
        Map<String, Integer> perTier = new TreeMap<>();
        ControlledList.chp().entries().values().forEach(e -> perTier.merge(e.tier(), 1, Integer::sum));
        assertThat(perTier).containsExactly(Map.entry("Tier 1", 4), Map.entry("Tier 2", 5), Map.entry("Tier 3.A", 16),
                Map.entry("Tier 3.B", 9), Map.entry("Tier 4.A", 11), Map.entry("Tier 4.B", 5));
        assertThat(ControlledList.chp().size()).isEqualTo(50);
    }

    @Test
    void chp_carriesPublicationDateAndSource() {
        ControlledList chp = ControlledList.chp();
        assertThat(chp.name()).isEqualTo("CHP");
        assertThat(chp.published()).isEqualTo("2024-02-23");
        assertThat(chp.source()).contains("BIS CHPL");
    }

    @Test
    void chp_findsTier1ChipFromTenDigitCode() {
        assertThat(ControlledList.chp().find(Hs6.parse("8542.31.0000"))).get()
                .extracting(ControlledList.Entry::tier).isEqualTo("Tier 1");
    }

    @Test
    void chp_doesNotHoldCars() {
        assertThat(ControlledList.chp().find(Hs6.parse("870323"))).isEmpty();
    }

    @Test
    void chp_sameCodesAsTheSharedFile() throws Exception {
        Path shared = SharedData.require("trade/chpl_hs6_tiers.csv");
        ControlledList file = ControlledList.load(shared);
        assertThat(file.entries()).isEqualTo(ControlledList.chp().entries());
    }

    @Test
    void load_userList_readsColumnsByNameAndMetadata() throws Exception {
        Path f = tmp.resolve("eu-annex-vii.csv");
        Files.writeString(f, """
                # list: EU Annex VII
                # published: 2023-06-23
                description,hs_code
                Night vision,9013.80.00
                Radar parts,8529 10
                """);
        ControlledList l = ControlledList.load(f);
        assertThat(l.name()).isEqualTo("EU Annex VII");
        assertThat(l.published()).isEqualTo("2023-06-23");
        assertThat(l.find(Hs6.parse("901380"))).get().extracting(ControlledList.Entry::description).isEqualTo("Night vision");
        assertThat(l.find(Hs6.parse("852910"))).isPresent();
    }

    @Test
    void load_badCode_namesFileLineAndField() throws Exception {
        Path f = tmp.resolve("bad.csv");
        Files.writeString(f, "# list: X\nhs6,tier\n854231,Tier 1\n85x231,Tier 1\n");
        assertThatThrownBy(() -> ControlledList.load(f)).isInstanceOf(TradeFormatException.class)
                .hasMessageStartingWith("bad.csv line 4: field hs6: HS code '85x231'");
    }

    @Test
    void load_badCodeAfterBlankLinesAndAQuotedLineBreak_namesItsPhysicalLine() throws Exception {
        Path f = tmp.resolve("bad.csv");
        Files.writeString(f, "# list: X\nhs6,tier,description\n854231,Tier 1,\"Integrated\ncircuits\"\n\n\n85x231,Tier 1,x\n");
        assertThatThrownBy(() -> ControlledList.load(f)).isInstanceOf(TradeFormatException.class)
                .hasMessageStartingWith("bad.csv line 7: field hs6: HS code '85x231'");
    }

    @Test
    void load_unclosedQuote_namesTheLineWhereTheRecordStarts() throws Exception {
        Path f = tmp.resolve("quote.csv");
        Files.writeString(f, "# list: X\nhs6,tier\n854231,Tier 1\n854232,\"Tier 1\n854233,Tier 2\n");
        assertThatThrownBy(() -> ControlledList.load(f)).isInstanceOf(InputFormatException.class)
                .hasMessageStartingWith("quote.csv line 4: a quoted field is never closed");
    }

    @Test
    void load_noCodeColumn_saysWhichColumnIsMissing() throws Exception {
        Path f = tmp.resolve("nocode.csv");
        Files.writeString(f, "code,tier\n854231,1\n");
        assertThatThrownBy(() -> ControlledList.load(f)).isInstanceOf(TradeFormatException.class)
                .hasMessageContaining("missing required column 'hs6'");
    }

    @Test
    void load_notUtf8_reportedAsFormatError() throws Exception {
        Path f = tmp.resolve("latin1.csv");
        Files.write(f, new byte[] {'h', 's', '6', '\n', '8', '5', '4', '2', '3', '1', ',', (byte) 0xE7, '\n'});
        assertThatThrownBy(() -> ControlledList.load(f)).isInstanceOf(InputFormatException.class)
                .hasMessage("latin1.csv line 2: not valid UTF-8 (save the file as UTF-8)");
    }
}
