package org.kordon.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kordon.documents.DocumentScanner;
import org.kordon.lists.ListLoader;
import org.kordon.lists.LoadOptions;
import org.kordon.matching.Algorithm;
import org.kordon.model.IdType;
import org.kordon.model.Identifier;
import org.kordon.model.ListSnapshot;
import org.kordon.resolution.Resolution;
import org.kordon.resolution.ResolvedScreener;
import org.kordon.resolution.Resolver;
import org.kordon.testkit.SharedData;

/** The test messages against every list in ../shared/data/lists (skipped when absent), as `kordon payments screen` loads them. */
class PaymentsOnRealListsTest {
    private static ListSnapshot snapshot;
    private static PaymentScreener screener;

    private static synchronized PaymentScreener screener() {
        var dir = SharedData.require("lists");
        if (screener == null) {
            snapshot = ListLoader.load(List.of(dir), new LoadOptions(null, false)).snapshot();
            Resolution resolution = Resolver.resolve(snapshot);
            var parties = resolution.possiblySameParties();
            screener = PaymentScreener.build(snapshot, ResolvedScreener.build(snapshot, resolution, Algorithm.KORDON),
                    DocumentScanner.build(snapshot, id -> parties.getOrDefault(id, id)));
        }
        return screener;
    }

    private static List<MessageVerdict> screen(String file) {
        PaymentScreener s = screener();
        PaymentFile f = Fixtures.read(file);
        assertThat(f.unreadable()).isEmpty();
        return f.messages().stream().map(s::screen).toList();
    }

    private static boolean listedWithBic(String entityId, String bic8) {
        return snapshot.find(entityId).orElseThrow().identifiers(IdType.BIC).stream()
                .map(Identifier::normalizedValue).anyMatch(v -> v.startsWith(bic8));
    }

    @Test
    void sberbankByBic8Bic11AndBranch_blocksOnTheRealLists() {
        List<MessageVerdict> vs = screen("pacs008-batch-bic11-branch-clean.xml");
        assertThat(vs).extracting(MessageVerdict::verdict).containsExactly(Verdict.BLOCK, Verdict.BLOCK, Verdict.RELEASE);
        MessageVerdict bic8 = screen("pacs008-cbpr-listed-bic8.xml").get(0);
        assertThat(bic8.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(bic8.transactions().get(0).findings()).filteredOn(f -> f.role().equals("creditor_agent"))
                .isNotEmpty().allSatisfy(f -> assertThat(listedWithBic(f.entityId(), "SABRRUMM")).as(f.entityId()).isTrue());
    }

    @Test
    void listedCompanyInCoverAndRemittance_isFoundOnTheRealLists() {
        assertThat(screen("mt202cov-underlying.fin").get(0).verdict()).isEqualTo(Verdict.BLOCK);
        MessageVerdict cov = screen("pacs009-cov-ultimate-creditor.xml").get(0);
        assertThat(cov.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(cov.transactions().get(0).findings()).anySatisfy(f -> {
            assertThat(f.role()).isEqualTo("underlying_ultimate_creditor");
            assertThat(snapshot.find(f.entityId()).orElseThrow().caption()).containsIgnoringCase("ROSOBORON");
        });
        MessageVerdict pain = screen("pain001-remittance.xml").get(0);
        assertThat(pain.transactions().get(0).findings()).anySatisfy(f -> assertThat(f.role()).isEqualTo("free_text"));
        assertThat(pain.transactions().get(1).verdict()).isEqualTo(Verdict.RELEASE);
    }

    @Test
    void cleanPayments_areReleasedOnTheRealLists() {
        for (String clean : List.of("pacs008-clean.xml", "pacs004-return.xml")) {
            assertThat(screen(clean)).as(clean).allSatisfy(v -> assertThat(v.rows()).as(v.rows().toString())
                    .allSatisfy(r -> assertThat(r.get(2)).isEqualTo("release")));
        }
        assertThat(screen("mt103-branch-and-clean.fin")).extracting(MessageVerdict::verdict).containsExactly(Verdict.BLOCK, Verdict.RELEASE);
    }

    @Test
    void crimeanAddress_isHeldOnTheRealLists() {
        MessageVerdict v = screen("pacs008-crimea.xml").get(0);
        assertThat(v.verdict()).isEqualTo(Verdict.HOLD);
        assertThat(v.transactions().get(0).findings()).anySatisfy(f -> assertThat(f.entityId()).isEqualTo("place:UA-43"));
    }
}
