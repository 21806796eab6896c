package org.kordon.ownership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ListedOwnershipTest {
    static final LocalDate DAY = LocalDate.of(2026, 1, 1);

    static ListedOwnership of(Set<String> listed, Stake... stakes) {
        OwnershipGraph.Builder b = OwnershipGraph.builder();
        for (Stake s : stakes) {
            b.stake(s);
        }
        return ListedOwnership.of(b.build(), listed, ListedOwnership.SANCTIONS, DAY);
    }

    @Test
    void ownersOf_fiftyPercentOwnedByListed_namesOwnerWithPathPerRegime() {
        ListedOwnership lo = of(Set.of("ofac-1"), Stake.shares("ofac-1", "Beta LLP", Share.exact(50)));
        assertThat(lo.ownersOf("Beta LLP")).singleElement().satisfies(o -> {
            assertThat(o.entityId()).isEqualTo("ofac-1");
            assertThat(o.node()).isEqualTo("Beta LLP");
            assertThat(o.path()).isEqualTo("OFAC, EU: blocked, listed-owned 50%: ofac-1 -50%-> Beta LLP");
        });
    }

    @Test
    void ownersOf_keyFoldsCaseSpacesAndWidth_findsTheNode() {
        ListedOwnership lo = of(Set.of("X"), Stake.shares("X", "Beta LLP", Share.exact(60)));
        assertThat(lo.ownersOf("  ＢＥＴＡ   llp ")).hasSize(1);
    }

    @Test
    void ownersOf_chainThroughBlockedIntermediary_namesListedRootNotIntermediary() {
        ListedOwnership lo = of(Set.of("X"), Stake.shares("X", "A", Share.exact(50)), Stake.shares("A", "B", Share.exact(50)));
        List<ListedOwnership.Owner> owners = lo.ownersOf("B");
        assertThat(owners).extracting(ListedOwnership.Owner::entityId).containsExactly("X");
        assertThat(owners.get(0).path()).contains("X -50%-> A(blocked) -50%-> B");
    }

    @Test
    void ownersOf_fortyNinePercent_isClearAndHasNoOwner() {
        ListedOwnership lo = of(Set.of("X"), Stake.shares("X", "B", Share.exact(49)));
        assertThat(lo.ownersOf("B")).isEmpty();
    }

    @Test
    void ownersOf_unknownName_isEmpty() {
        ListedOwnership lo = of(Set.of("X"), Stake.shares("X", "B", Share.exact(60)));
        assertThat(lo.ownersOf("Nobody Ltd", null, " ")).isEmpty();
    }

    @Test
    void ownersOf_listedNodeItself_isLeftToNameScreening() {
        ListedOwnership lo = of(Set.of("X"), Stake.shares("X", "B", Share.exact(60)));
        assertThat(lo.ownersOf("X")).isEmpty();
    }

    @Test
    void ownersOf_endedStake_isNotOwnership() {
        ListedOwnership lo = of(Set.of("X"), new Stake("X", "B", Share.exact(60), StakeType.SHAREHOLDING, null, LocalDate.of(2025, 6, 1)));
        assertThat(lo.ownersOf("B")).isEmpty();
    }

    @Test
    void ownersOf_controlOnly_reportsControlledUnderEuAndUk() {
        ListedOwnership lo = of(Set.of("X"), new Stake("X", "B", Share.unknown(), StakeType.APPOINTMENT_OF_BOARD, null, null));
        assertThat(lo.ownersOf("B")).singleElement().satisfies(o -> assertThat(o.path()).startsWith("EU, UK: controlled"));
    }

    @Test
    void of_noRegime_isRefused() {
        assertThatThrownBy(() -> ListedOwnership.of(OwnershipGraph.builder().build(), Set.of(), List.of(), DAY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("regime");
    }

    @Test
    void ownersOf_listedBehindClearIntermediary_isNotAnOwner() {
        // Y owns 10% of A (A clear), A owns 60% of B; X owns 50% of B: only X counts
        ListedOwnership lo = of(Set.of("X", "Y"), Stake.shares("Y", "A", Share.exact(10)), Stake.shares("A", "B", Share.exact(60)),
                Stake.shares("X", "B", Share.exact(40)), Stake.shares("X", "B2", Share.exact(10)), Stake.shares("X", "C", Share.exact(50)),
                Stake.shares("C", "B", Share.exact(10)));
        assertThat(lo.ownersOf("B")).extracting(ListedOwnership.Owner::entityId).containsExactly("X");
    }

    @Test
    void ownersOf_twoListedOwnersAggregated_bothNamed() {
        ListedOwnership lo = of(Set.of("X", "Y"), Stake.shares("X", "B", Share.exact(30)), Stake.shares("Y", "B", Share.exact(20)));
        assertThat(lo.ownersOf("B")).extracting(ListedOwnership.Owner::entityId).containsExactly("X", "Y");
    }
}
