package org.kordon.trade;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kordon.matching.Algorithm;
import org.kordon.matching.Screener;
import org.kordon.matching.Screeners;
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
import org.kordon.trade.Finding.Kind;
import org.kordon.trade.Party.Role;

/** Shipment screening with kordon-ownership behind {@link ListedOwners}: the {@code owned_by_listed} finding. */
class ShipmentOwnedByListedTest {
    static ListSnapshot lists;
    static Screener screener;
    static HsNomenclature hs;

    @BeforeAll
    static void lists() throws Exception {
        SourceRef src = new SourceRef("test", "2026-01-01");
        lists = new ListSnapshot(List.of(src),
                List.of(Entity.builder("t-1", Schema.COMPANY).name("Sovtekh Elektronika OOO", NameKind.PRIMARY).source(src).build()));
        screener = Screeners.build(lists, Algorithm.KORDON);
        hs = HsNomenclature.load(HsNomenclatureTest.fixture());
    }

    static ShipmentScreener screener(Stake... stakes) {
        OwnershipGraph.Builder b = OwnershipGraph.builder();
        for (Stake s : stakes) {
            b.stake(s);
        }
        ListedOwnership lo = ListedOwnership.of(b.build(), Set.of("t-1"), ListedOwnership.SANCTIONS, LocalDate.of(2026, 1, 1));
        return ShipmentScreener.builder(screener).nomenclature(hs)
                .listedOwners(ListedOwners.of(lo, id -> lists.find(id).map(Entity::caption).orElse(id))).build();
    }

    static Shipment shipment(String consignee) {
        return new Shipment("S-1", null, List.of(new Party(Role.EXPORTER, "Alpha Elektronik GmbH", "DE"),
                new Party(Role.CONSIGNEE, consignee, "KZ")), "KZ", List.of(), "870323", "passenger car", null, null);
    }

    @Test
    void screen_consigneeFiftyPercentOwnedByListed_ownedByListedWithPath() {
        List<Finding> f = screener(Stake.shares("t-1", "Beta LLP", Share.exact(50))).screen(shipment("Beta LLP"));
        assertThat(f).filteredOn(x -> x.kind() == Kind.OWNED_BY_LISTED).singleElement().satisfies(x -> {
            assertThat(x.party()).isEqualTo("consignee");
            assertThat(x.entityId()).isEqualTo("t-1");
            assertThat(x.detail()).isEqualTo("'Beta LLP' owned or controlled by listed 'Sovtekh Elektronika OOO': "
                    + "OFAC, EU: blocked, listed-owned 50%: t-1 -50%-> Beta LLP");
        });
    }

    @Test
    void screen_consigneeFortyNinePercentOwned_noOwnedByListed() {
        List<Finding> f = screener(Stake.shares("t-1", "Beta LLP", Share.exact(49))).screen(shipment("Beta LLP"));
        assertThat(f).extracting(Finding::kind).doesNotContain(Kind.OWNED_BY_LISTED);
    }

    @Test
    void screen_consigneeNotInGraph_noOwnedByListed() {
        List<Finding> f = screener(Stake.shares("t-1", "Beta LLP", Share.exact(90))).screen(shipment("Gamma TOO"));
        assertThat(f).extracting(Finding::kind).doesNotContain(Kind.OWNED_BY_LISTED);
    }
}
