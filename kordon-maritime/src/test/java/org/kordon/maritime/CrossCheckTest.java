package org.kordon.maritime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The cross-check of the shared lists (OFAC SDN 2024-05-03, EU Annex XLII 2026-07-17, OFSI ConList 2025-04-10, UK
 * Sanctions List 2025-08-11) against the shadow-fleet data by IMO number. The figures are those docs/MARITIME.md quotes.
 */
class CrossCheckTest {
    @Test
    void run_sharedListsAndShadowFleet_countsAsDocumented() {
        CrossCheckReport r = CrossCheck.run(RealData.listsWithUk(), RealData.vessels());
        assertThat(r.counts())
                .containsEntry("listed vessels in ofac-sdn", 851L)
                .containsEntry("listed vessels in eu-32014R0833 with a valid IMO number", 633L)
                .containsEntry("shadow-fleet tankers in the vessel data", 637L)
                .containsEntry("shadow-fleet tankers listed by any regime", 451L)
                .containsEntry("shadow-fleet tankers listed by US", 43L)
                .containsEntry("shadow-fleet tankers listed by EU", 436L)
                .containsEntry("shadow-fleet tankers listed by exactly EU+US", 28L)
                .containsEntry("  of which listed under a name other than the data's current name", 143L)
                .containsEntry("listed vessels in uk-sl with an IMO number through the OFSI ConList group id", 15L)
                .containsEntry("UK-listed ships without an IMO number in the lists loaded", 446L);
    }

    @Test
    void run_withoutVesselData_listFiguresOnly() {
        CrossCheckReport r = CrossCheck.run(RealData.lists(), VesselData.empty());
        assertThat(r.counts()).containsKey("distinct listed IMO numbers").doesNotContainKey("shadow-fleet tankers in the vessel data");
    }
}
