package org.kordon.maritime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kordon.matching.Screeners;

/** Vessel screening on the real lists: IMO first, MMSI, call sign, then names as weak evidence. */
class VesselScreenerTest {
    static List<VesselMatch> screen(String imo, String name, String flag, String mmsi, String callSign) {
        VesselScreener s = VesselScreener.build(RealData.lists(), RealData.screener());
        return s.screen(new VesselQuery("q", imo == null ? null : ImoNumber.parse(imo), name, flag, mmsi, callSign), 5);
    }

    @Test
    void imo_renamedAndReflaggedNeer1_foundUnderOldNameAndFlag() {
        // Sol Pride under the flag of St Kitts and Nevis in 2022-2023; EU-listed in 2025 as "Neer 1" (ex KAPAL CANTIK)
        List<VesselMatch> m = screen("IMO 9224283", "SOL PRIDE", "kn", null, null);
        assertThat(m.get(0).entity().id()).isEqualTo("eu:32014R0833-XLII-102");
        assertThat(m.get(0).score()).isEqualTo(1.0);
        assertThat(m.get(0).matchedBy()).isEqualTo("IMO");
        assertThat(m.get(0).explanation())
                .isEqualTo("IMO 9224283 matches; names differ: query \"SOL PRIDE\", listed \"Neer 1\" (former names: Kapal Cantik)");
    }

    @Test
    void imo_ofacLindaQueriedByFormerName_saysFormerName() {
        List<VesselMatch> m = screen("imo:9256858", "LADY D", null, null, null);
        assertThat(m).first().satisfies(x -> {
            assertThat(x.entity().id()).isEqualTo("ofac-sdn:34941");
            assertThat(x.matchedName()).isEqualTo("LADY D");
            assertThat(x.explanation()).isEqualTo("IMO 9256858 matches; names differ: query \"LADY D\" is a former name, listed now as \"LINDA\"");
        });
    }

    @Test
    void imo_listedByTwoRegimesUnderTwoNames_bothFound() {
        List<VesselMatch> m = screen("9385233", null, null, null, null);
        assertThat(m).extracting(x -> x.entity().id()).contains("ofac-sdn:18213", "eu:32014R0833-XLII-37");
        assertThat(m).allSatisfy(x -> assertThat(x.score()).isEqualTo(1.0));
    }

    @Test
    void name_lindaAlone_cappedBelowAlertThreshold() {
        List<VesselMatch> m = screen(null, "LINDA", null, null, null);
        assertThat(m).isNotEmpty().allSatisfy(x -> {
            assertThat(x.score()).isLessThanOrEqualTo(VesselScreener.NAME_ONLY_CAP).isLessThan(Screeners.DEFAULT_THRESHOLD);
            assertThat(x.explanation()).contains("name alone is weak evidence: capped at 0.70");
        });
    }

    @Test
    void name_mariaWithAgreeingFlag_alertsOnTheRussianMaria() {
        VesselMatch ofac = screen(null, "MARIA", "RU", null, null).stream()
                .filter(x -> x.entity().id().equals("ofac-sdn:46773")).findFirst().orElseThrow();
        assertThat(ofac.score()).isGreaterThanOrEqualTo(Screeners.DEFAULT_THRESHOLD);
        assertThat(ofac.explanation()).endsWith("; flag ru matches");
    }

    @Test
    void name_mariaWithAgreeingFlag_otherMariasStayCapped() {
        // OFAC 15053 HASNA (f.k.a. MARINA) flies the Iranian flag: still capped
        assertThat(screen(null, "MARIA", "ru", null, null)).filteredOn(x -> x.entity().id().equals("ofac-sdn:15053"))
                .allSatisfy(x -> assertThat(x.score()).isEqualTo(VesselScreener.NAME_ONLY_CAP));
    }

    @Test
    void name_euMariaWithoutFlag_flagOfOfacEntryWithSameImoCorroborates() {
        // EU Annex XLII "Maria" and OFAC "MARIA" are both IMO 8517839; only OFAC records the Russian flag
        VesselMatch eu = screen(null, "MARIA", "ru", null, null).stream()
                .filter(x -> x.entity().id().equals("eu:32014R0833-XLII-2")).findFirst().orElseThrow();
        assertThat(eu.score()).isGreaterThanOrEqualTo(Screeners.DEFAULT_THRESHOLD);
        assertThat(eu.explanation()).endsWith("; flag ru matches (listed by ofac-sdn:46773, same IMO)");
    }

    @Test
    void name_sameNameButOtherImo_notReported() {
        // LINDA is IMO 9256858; a LINDA with IMO 9224283 is another ship
        assertThat(screen("9224283", "LINDA", null, null, null)).extracting(x -> x.entity().id()).doesNotContain("ofac-sdn:34941");
    }

    @Test
    void mmsi_artavil_found() {
        VesselMatch m = screen(null, null, null, "572469210", null).get(0);
        assertThat(m.entity().id()).isEqualTo("ofac-sdn:15036");
        assertThat(m.score()).isEqualTo(VesselScreener.MMSI_SCORE);
        assertThat(m.explanation()).isEqualTo("MMSI 572469210 matches; listed as \"ARTAVIL\"");
    }

    @Test
    void callSign_artavil_foundAtCallSignScore() {
        VesselMatch m = screen(null, null, null, null, "t2eu4").get(0);
        assertThat(m.entity().id()).isEqualTo("ofac-sdn:15036");
        assertThat(m.score()).isEqualTo(VesselScreener.CALL_SIGN_SCORE);
    }

    @Test
    void mmsi_withConflictingImo_cappedAndSaysSo() {
        VesselMatch m = screen("9224283", null, null, "572469210", null).stream()
                .filter(x -> x.entity().id().equals("ofac-sdn:15036")).findFirst().orElseThrow();
        assertThat(m.score()).isEqualTo(VesselScreener.NAME_ONLY_CAP);
        assertThat(m.explanation()).contains("but IMO 9224283 differs from the listed IMO 9187629");
    }

    @Test
    void query_nothingToScreen_rejected() {
        assertThatThrownBy(() -> new VesselQuery("q", null, " ", "pa", null, null))
                .hasMessageContaining("no imo, name, mmsi or call_sign");
        assertThatThrownBy(() -> new VesselQuery("q", null, "X", "panama", null, null)).hasMessageStartingWith("field flag:");
        assertThatThrownBy(() -> new VesselQuery("q", null, "X", null, "12345", null)).hasMessageStartingWith("field mmsi:");
    }
}
