package org.kordon.maritime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kordon.input.InputFormatException;

/** Reading vessel data in the shadow-fleet layout: the fixture of real rows, and malformed files. */
class VesselDataTest {
    @TempDir Path tmp;

    static Path fixture() throws URISyntaxException {
        return Path.of(VesselDataTest.class.getResource("shadowfleet/vessels.csv").toURI()).getParent();
    }

    @Test
    void load_fixtureOfRealRows_readsEveryFile() throws Exception {
        VesselData d = VesselData.load(fixture());
        assertThat(d.vesselCount()).isEqualTo(3);
        assertThat(d.contains(ImoNumber.parse("9224283"))).isTrue();
        assertThat(d.vessel("9224283").buildYear()).isEqualTo(2002);
        assertThat(d.flags("9224283")).extracting(VesselData.Period::value)
                .containsExactly("Marshall Islands", "St.Kitts and Nevis", "Cook islands", "Togo", "Cook islands");
        assertThat(d.company("6478345").name()).isEqualTo("WORTHALIANCE LTD");
        assertThat(d.latestDate()).isEqualTo(LocalDate.of(2024, 7, 1));
    }

    @Test
    void load_duplicateRows_readOnce() throws Exception {
        VesselData d = VesselData.load(fixture());
        assertThat(d.uninsured("9224283")).hasSize(1);
        assertThat(d.listings("9144782")).containsExactly(new VesselData.Listing(LocalDate.of(2024, 6, 13), "EU, UK"));
    }

    @Test
    void load_badDate_namesFileLineAndField() throws Exception {
        Files.writeString(tmp.resolve("vessels.csv"), "vessel_imo,vessel_name,tanker_size,buildyear\n9224283,Neer 1,Aframax,2002\n");
        Files.writeString(tmp.resolve("vessel_flags.csv"), "vessel_imo,flag,start_date,end_date\n9224283,Togo,2023-06-01,\n9224283,Cook islands,2023-13-01,\n");
        assertThatThrownBy(() -> VesselData.load(tmp)).isInstanceOf(InputFormatException.class)
                .hasMessage("vessel_flags.csv line 3, field start_date: not an ISO date (YYYY-MM-DD): '2023-13-01'");
    }

    @Test
    void load_badDateAfterBlankLinesAndAQuotedLineBreak_namesItsPhysicalLine() throws Exception {
        Files.writeString(tmp.resolve("vessels.csv"), "vessel_imo,vessel_name,tanker_size,buildyear\n9224283,Neer 1,Aframax,2002\n");
        Files.writeString(tmp.resolve("vessel_flags.csv"), "vessel_imo,flag,start_date,end_date\n9224283,\"Togo\n(TG)\",2023-06-01,\n\n\n"
                + "9224283,Cook islands,2023-13-01,\n");
        assertThatThrownBy(() -> VesselData.load(tmp)).isInstanceOf(InputFormatException.class)
                .hasMessage("vessel_flags.csv line 6, field start_date: not an ISO date (YYYY-MM-DD): '2023-13-01'");
    }

    @Test
    void load_unclosedQuote_namesTheLineWhereTheRecordStarts() throws Exception {
        Files.writeString(tmp.resolve("vessels.csv"), "vessel_imo,vessel_name,tanker_size,buildyear\n9224283,Neer 1,Aframax,2002\n"
                + "9256858,\"Lady D,Aframax,2005\n9224283,Neer 1,Aframax,2002\n");
        assertThatThrownBy(() -> VesselData.load(tmp)).isInstanceOf(InputFormatException.class)
                .hasMessageStartingWith("vessels.csv line 3: a quoted field is never closed");
    }

    @Test
    void load_invalidImoKey_namesFileLineAndCheckDigit() throws Exception {
        Files.writeString(tmp.resolve("vessels.csv"), "vessel_imo,vessel_name,tanker_size,buildyear\n9224284,Neer 1,Aframax,2002\n");
        assertThatThrownBy(() -> VesselData.load(tmp))
                .hasMessage("vessels.csv line 2, field vessel_imo: invalid IMO number '9224284': check digit is 3, not 4");
    }

    @Test
    void load_missingColumn_namesFileAndHeader() throws Exception {
        Files.writeString(tmp.resolve("vessels.csv"), "vessel_imo,vessel_name\n9224283,Neer 1\n");
        assertThatThrownBy(() -> VesselData.load(tmp)).hasMessageStartingWith("vessels.csv line 1: missing required column 'tanker_size'");
    }

    @Test
    void load_notUtf8_rejected() throws Exception {
        Files.write(tmp.resolve("vessels.csv"), "vessel_imo,vessel_name,tanker_size,buildyear\n9224283,N\u00e9er,Aframax,2002\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> VesselData.load(tmp)).hasMessageContaining("vessels.csv").hasMessageContaining("not valid UTF-8");
    }

    @Test
    void load_folderWithoutVesselsCsv_noSuchFile() {
        assertThatThrownBy(() -> VesselData.load(tmp)).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void empty_hasNoVessels() {
        assertThat(VesselData.empty().isEmpty()).isTrue();
        assertThat(VesselData.empty().latestDate()).isNull();
    }
}
