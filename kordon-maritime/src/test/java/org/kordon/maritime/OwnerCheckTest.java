package org.kordon.maritime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The owner check against the real lists: IMO company numbers first, then names through the screening engine. */
class OwnerCheckTest {
    static OwnerCheck listed() {
        return OwnerCheck.listed(RealData.lists(), RealData.screener());
    }

    @Test
    void imoCompanyNumber_ofacGooryongShipping_foundWhateverTheName() {
        // OFAC SDN 23510 GOORYONG SHIPPING CO LTD: "Company Number IMO 5055293"
        List<OwnerHit> hits = listed().check("RENAMED HOLDING SA", "5055293");
        assertThat(hits).singleElement().satisfies(h -> {
            assertThat(h.entityId()).isEqualTo("ofac-sdn:23510");
            assertThat(h.score()).isEqualTo(1.0);
            assertThat(h.how()).isEqualTo("IMO company number 5055293 matches");
        });
    }

    @Test
    void name_transFlot_foundThroughEngineWithScoreAndExplanation() {
        assertThat(listed().check("TRANS-FLOT JSC", "5327250")).anySatisfy(h -> {
            assertThat(h.entityId()).isEqualTo("ofac-sdn:21110");
            assertThat(h.score()).isGreaterThanOrEqualTo(0.78);
            assertThat(h.how()).startsWith("name 1.00 \"TRANS-FLOT JSC\" ~ \"TRANS-FLOT JSC\"");
        });
    }

    @Test
    void unlistedManager_noHit() {
        assertThat(listed().check("V SHIPS NORWAY AS", "1313802")).isEmpty();
    }

    @Test
    void invalidCompanyNumber_ignoredNameStillChecked() {
        assertThat(listed().check("TRANS-FLOT JSC", "555505")).extracting(OwnerHit::entityId).contains("ofac-sdn:21110");
    }
}
