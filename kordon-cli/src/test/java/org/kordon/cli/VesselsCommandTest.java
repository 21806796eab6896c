package org.kordon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kordon.testkit.SharedData;

/** {@code kordon vessels screen|show|crosscheck} as a user runs them, on the real OFAC and EU vessel lists. */
class VesselsCommandTest {
    @TempDir Path tmp;

    static String sdn() {
        return SharedData.require("lists/ofac/sdn.csv").toString();
    }

    static String euAnnexXlii() {
        return SharedData.require("lists/eu/32014R0833.csv").toString();
    }

    static String shadowFleet() {
        return SharedData.require("maritime/ftm-shadowfleet").toString();
    }

    @Test
    void screen_writesScreenHeader_ignoresInvalidImoWithLineNumber_skipsRowWithNothingToScreen() throws Exception {
        Path in = tmp.resolve("vessels.csv");
        Files.writeString(in, """
                id,imo,name,flag,mmsi,call_sign,notes
                v1,IMO 9224283,SOL PRIDE,kn,,,renamed and re-flagged
                v2,9224284,NEER 1,,,,bad check digit
                v3,,LINDA,,,,name alone
                v4,,,,,,nothing
                v5,,,,572469210,,
                v6,imo:9256858,LADY D,,,,
                """, StandardCharsets.UTF_8);
        Path out = tmp.resolve("results.csv");
        KordonRun r = KordonRun.of("vessels", "screen", "--list", sdn(), euAnnexXlii(), "--input", in.toString(),
                "--output", out.toString(), "--top", "2");
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).isEmpty();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo("query_id,rank,entity_id,score,matched_name,schema,explanation");
        assertThat(lines).contains("v1,1,eu:32014R0833-XLII-102,1.0000,Neer 1,Vessel,"
                        + "\"IMO 9224283 matches; names differ: query \"\"SOL PRIDE\"\", listed \"\"Neer 1\"\" (former names: Kapal Cantik)\"",
                "v5,1,ofac-sdn:15036,0.9500,ARTAVIL,Vessel,\"MMSI 572469210 matches; listed as \"\"ARTAVIL\"\"\"",
                "v6,1,ofac-sdn:34941,1.0000,LADY D,Vessel,"
                        + "\"IMO 9256858 matches; names differ: query \"\"LADY D\"\" is a former name, listed now as \"\"LINDA\"\"\"");
        assertThat(lines).filteredOn(l -> l.startsWith("v3,")).isNotEmpty()
                .allSatisfy(l -> assertThat(l).contains(",0.7000,").contains("name alone is weak evidence"));
        // v2's IMO number has a bad check digit: it is screened on its name and says so, not dropped
        assertThat(lines).filteredOn(l -> l.startsWith("v2,")).isNotEmpty().allSatisfy(l -> assertThat(l)
                .contains("name alone is weak evidence").endsWith("; ignored imo (invalid IMO number '9224284': check digit is 3, not 4)\""));
        assertThat(lines).noneMatch(l -> l.startsWith("v4,"));
        assertThat(r.err())
                .contains("kordon: warning: vessels.csv line 3: ignored imo (invalid IMO number '9224284': check digit is 3, not 4); "
                        + "screened on the other fields")
                .contains("kordon: vessels.csv line 5: no imo, name, mmsi or call_sign: nothing to screen; row skipped")
                .contains("kordon: screened 5 vessel(s) (1 with fields ignored), matched 5 (3 at or above 0.78), rejected 1 row(s)");
    }

    @Test
    void screen_missingIdColumn_exitsBadInputNamingLineOne() throws Exception {
        Path in = tmp.resolve("noid.csv");
        Files.writeString(in, "imo,name\n9224283,NEER 1\n");
        KordonRun r = KordonRun.of("vessels", "screen", "--list", euAnnexXlii(), "--input", in.toString(),
                "--output", tmp.resolve("o.csv").toString());
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("noid.csv line 1: missing required column 'id'");
    }

    @Test
    void show_neer1_listingTimelineAndIndicators() {
        KordonRun r = KordonRun.of("vessels", "show", "IMO 9224283", "--list", euAnnexXlii(),
                "--vessel-data", shadowFleet(), "--as-of", "2026-11-24");
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
        assertThat(r.out())
                .startsWith("IMO 9224283, built 2002")
                .contains("  eu:32014R0833-XLII-102  Neer 1  [EU EU-RUS, listed 2025-02-25]  former names: Kapal Cantik")
                .containsPattern("2023-06-01 \\.\\. 2023-08-01 +flag +Togo \\(tg\\) +vessel data vessel_flags.csv")
                .containsPattern("2024-04-11 \\.\\. +registered owner +WORTHALIANCE LTD \\(6478345\\)")
                .contains("  frequent flag changes [2023-05-01 .. 2023-08-01]: 3 flag changes within 12 months")
                .contains("  age 15 years or more [2002-01-01 .. ]: built 2002 (vessels.csv): 24 years old in 2026")
                .contains("  sailing without known P&I insurance [2023-02-01 .. 2024-05-31]");
        assertThat(r.err()).contains("kordon: vessel data from " + shadowFleet() + ": 637 vessels");
    }

    @Test
    void show_freshCloneWithoutVesselData_saysSoAndShowsListedHistory() throws Exception {
        String old = System.getProperty("kordon.home");
        System.setProperty("kordon.home", Files.createDirectories(tmp.resolve("home/kordon")).toString());
        try {
            KordonRun r = KordonRun.of("vessels", "show", "9187629", "--list", sdn(), "--as-of", "2026-11-24");
            assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
            assertThat(r.err()).contains("kordon: no vessel data (").contains("history and indicators come from the lists alone");
            assertThat(r.out()).startsWith("IMO 9187629\n")
                    .containsPattern("undated +name +ALPHA +ofac-sdn:15036 former name")
                    .containsPattern("undated +flag +Tuvalu \\(tv\\) +ofac-sdn:15036 former flag")
                    .contains("  unknown flag [undated]: flag 'None Identified' (ofac-sdn:15036 former flag)");
        } finally {
            if (old == null) {
                System.clearProperty("kordon.home");
            } else {
                System.setProperty("kordon.home", old);
            }
        }
    }

    @Test
    void show_invalidImo_usageErrorQuotingIt() {
        KordonRun r = KordonRun.of("vessels", "show", "9224284", "--list", euAnnexXlii());
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("kordon: invalid IMO number '9224284': check digit is 3, not 4");
    }

    @Test
    void show_imoNobodyLists_notFound() {
        KordonRun r = KordonRun.of("vessels", "show", "1234567", "--list", euAnnexXlii(), "--vessel-data", shadowFleet());
        assertThat(r.code()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(r.err()).contains("kordon: IMO 1234567 is in no list loaded and not in the vessel data");
    }

    @Test
    void crosscheck_euAndShadowFleet_printsCounts() {
        KordonRun r = KordonRun.of("vessels", "crosscheck", "--list", euAnnexXlii(), "--vessel-data", shadowFleet());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("    436  shadow-fleet tankers listed by EU").contains("    637  shadow-fleet tankers in the vessel data");
    }

    @Test
    void crosscheck_vesselDataDirWithoutVesselsCsv_ioError() {
        KordonRun r = KordonRun.of("vessels", "crosscheck", "--list", euAnnexXlii(), "--vessel-data", tmp.toString());
        assertThat(r.code()).isEqualTo(ExitCode.IO_ERROR);
        assertThat(r.err()).contains("no vessels.csv");
    }
}
