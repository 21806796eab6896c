package org.kordon.maritime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.kordon.model.Entity;
import org.kordon.model.ListSnapshot;
import org.kordon.model.NameKind;
import org.kordon.model.Schema;
import org.kordon.model.SourceRef;
import org.kordon.ownership.ListedOwners;
import org.kordon.ownership.ListedOwnership;
import org.kordon.ownership.OwnershipGraph;
import org.kordon.ownership.Share;
import org.kordon.ownership.Stake;
import org.junit.jupiter.api.Test;

/** The owner-or-manager indicator through kordon-ownership: companies owned by listed parties, with the path. */
class OwnerCheckOwnedByTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);
    static final SourceRef SRC = new SourceRef("test", "2026-01-01");
    static final ListSnapshot LISTS = new ListSnapshot(List.of(SRC),
            List.of(Entity.builder("t-1", Schema.COMPANY).name("Acme Holding Corp", NameKind.PRIMARY).source(SRC).build()));

    static OwnerCheck check(Stake... stakes) {
        OwnershipGraph.Builder b = OwnershipGraph.builder();
        for (Stake s : stakes) {
            b.stake(s);
        }
        ListedOwnership lo = ListedOwnership.of(b.build(), Set.of("t-1"), ListedOwnership.SANCTIONS, AS_OF);
        return OwnerCheck.ownedBy(ListedOwners.of(lo, id -> LISTS.find(id).map(Entity::caption).orElse(id)));
    }

    @Test
    void check_companyKeyedByImoNumberOwnedByListed_hitWithCaptionAndPath() {
        OwnerCheck c = check(Stake.shares("t-1", "6510814", Share.exact(60)));
        assertThat(c.check("VIRTUE NAVIS SHIPMANAGEMENT", "6510814")).singleElement().satisfies(h -> {
            assertThat(h.entityId()).isEqualTo("t-1");
            assertThat(h.caption()).isEqualTo("Acme Holding Corp");
            assertThat(h.how()).isEqualTo("owned by listed parties: OFAC, EU, UK: blocked, listed-owned 60%: t-1 -60%-> 6510814");
        });
    }

    @Test
    void check_companyKeyedByNameOwnedByListed_hit() {
        OwnerCheck c = check(Stake.shares("t-1", "Virtue Navis Shipmanagement", Share.exact(50)));
        assertThat(c.check("VIRTUE NAVIS SHIPMANAGEMENT", null)).extracting(OwnerHit::entityId).containsExactly("t-1");
    }

    @Test
    void check_companyOwnedBelowThreshold_noHit() {
        OwnerCheck c = check(Stake.shares("t-1", "6510814", Share.exact(30)));
        assertThat(c.check("VIRTUE NAVIS SHIPMANAGEMENT", "6510814")).isEmpty();
    }

    @Test
    void profile_managerOwnedByListedParty_ownerListedIndicatorCarriesPath() throws Exception {
        // real fixture rows: 9144782 ROBON, ISM manager 6510814 VIRTUE NAVIS SHIPMANAGEMENT since 2024-07-01
        OwnerCheck c = check(Stake.shares("t-1", "HOLDCO LLP", Share.exact(100)), Stake.shares("HOLDCO LLP", "6510814", Share.exact(51)));
        VesselProfile p = VesselProfiles.of(LISTS, VesselData.load(VesselDataTest.fixture()), c, AS_OF).profile(ImoNumber.parse("9144782"));
        assertThat(p.indicators()).filteredOn(i -> i.kind() == IndicatorKind.OWNER_LISTED).singleElement().satisfies(i -> {
            assertThat(i.evidence()).contains("VIRTUE NAVIS SHIPMANAGEMENT", "t-1", "t-1 -100%-> HOLDCO LLP(blocked) -51%-> 6510814");
            assertThat(i.from()).isEqualTo(LocalDate.of(2024, 7, 1));
        });
    }
}
