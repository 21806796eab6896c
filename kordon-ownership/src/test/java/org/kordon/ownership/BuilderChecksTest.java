package org.kordon.ownership;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link OwnershipGraph.Builder#duplicates()} and {@link OwnershipGraph.Builder#overfull(LocalDate)}. */
class BuilderChecksTest {
    private static final LocalDate DAY = LocalDate.of(2026, 1, 1);

    private static Stake stake(String owner, String owned, double min, double max, StakeType t, String start, String end) {
        return new Stake(owner, owned, Share.between(min, max), t, start == null ? null : LocalDate.parse(start),
                end == null ? null : LocalDate.parse(end));
    }

    @Test
    void duplicates_exactRepeats_areKeptOnceAndLeftOutOfTheGraph() {
        OwnershipGraph.Builder b = OwnershipGraph.builder();
        b.stake(Stake.shares("X", "B", Share.exact(30)));
        b.stake(Stake.shares("Y", "B", Share.exact(30)));
        b.stake(Stake.shares("X", "B", Share.exact(30)));
        b.stake(Stake.shares("X", "B", Share.exact(30)));
        assertThat(b.duplicates()).containsExactly(new OwnershipGraph.Builder.Duplicate(0, 2), new OwnershipGraph.Builder.Duplicate(0, 3));
        OwnershipGraph g = b.build();
        assertThat(g.stakes()).containsExactly(Stake.shares("X", "B", Share.exact(30)), Stake.shares("Y", "B", Share.exact(30)));
        assertThat(OwnershipEngine.evaluate(g, java.util.Set.of("X"), Regime.OFAC, DAY).results())
                .filteredOn(r -> r.entityId().equals("B")).singleElement().extracting(OwnershipResult::status).isEqualTo(Status.CLEAR);
    }

    @Test
    void duplicates_anyFieldDifferent_isAnotherStake() {
        OwnershipGraph.Builder b = OwnershipGraph.builder();
        b.stake(stake("X", "B", 30, 30, StakeType.SHAREHOLDING, null, null));
        b.stake(stake("X", "B", 30, 30, StakeType.VOTING_RIGHTS, null, null));
        b.stake(stake("X", "B", 30, 40, StakeType.SHAREHOLDING, null, null));
        b.stake(stake("X", "B", 30, 30, StakeType.SHAREHOLDING, "2020-01-01", null));
        b.stake(stake("X", "B", 30, 30, StakeType.SHAREHOLDING, null, "2030-01-01"));
        b.stake(stake("X", "C", 30, 30, StakeType.SHAREHOLDING, null, null));
        b.stake(stake("Y", "B", 30, 30, StakeType.SHAREHOLDING, null, null));
        assertThat(b.duplicates()).isEmpty();
        assertThat(b.build().stakeCount()).isEqualTo(7);
    }

    @Test
    void duplicates_manyStakesOfOneOwner_findsEachRepeat() {
        OwnershipGraph.Builder b = OwnershipGraph.builder();
        for (int i = 0; i < 100; i++) {
            b.stake(Stake.shares("X", "C" + (i % 40), Share.exact(1)));
        }
        assertThat(b.duplicates()).hasSize(60).allSatisfy(d -> assertThat(d.dropped() % 40).isEqualTo(d.kept()));
    }

    @Test
    void overfull_sumsMinimumsOfActiveStakesPerType_andNamesThem() {
        OwnershipGraph.Builder b = OwnershipGraph.builder();
        b.stake(stake("X", "B", 60, 60, StakeType.SHAREHOLDING, null, null));          // 0
        b.stake(stake("Y", "B", 30, 70, StakeType.SHAREHOLDING, null, null));          // 1: a band, its minimum counts
        b.stake(stake("Z", "B", 50, 50, StakeType.SHAREHOLDING, null, "2025-01-01"));  // 2: ended
        b.stake(stake("Z", "B", 90, 90, StakeType.VOTING_RIGHTS, null, null));         // 3: votes apart
        b.stake(stake("W", "B", 20, 20, StakeType.SHAREHOLDING, "2025-06-01", null));  // 4
        b.stake(stake("V", "B", 100, 100, StakeType.APPOINTMENT_OF_BOARD, null, null)); // 5: a control right, not summed
        assertThat(b.overfull(DAY)).containsExactly(
                new OwnershipGraph.Builder.Overfull("B", StakeType.SHAREHOLDING, new BigDecimal("110"), List.of(0, 1, 4)));
        assertThat(b.overfull(LocalDate.of(2024, 1, 1))).singleElement().satisfies(o -> {
            assertThat(o.total()).isEqualByComparingTo("140");
            assertThat(o.stakes()).containsExactly(0, 1, 2);
        });
    }

    @Test
    void overfull_bandsWhoseMaximumsExceed100_areNotOverfull() {
        OwnershipGraph.Builder b = OwnershipGraph.builder();
        b.stake(stake("X", "B", 25, 50, StakeType.SHAREHOLDING, null, null));
        b.stake(stake("Y", "B", 25, 75, StakeType.SHAREHOLDING, null, null));
        b.stake(stake("Z", "B", 50, 100, StakeType.SHAREHOLDING, null, null));
        assertThat(b.overfull(DAY)).isEmpty();
    }

    @Test
    void overfull_aDuplicateLeftOutDoesNotCount() {
        OwnershipGraph.Builder b = OwnershipGraph.builder();
        b.stake(Stake.shares("X", "B", Share.exact(60)));
        b.stake(Stake.shares("X", "B", Share.exact(60)));
        assertThat(b.overfull(DAY)).hasSize(1);
        assertThat(b.duplicates()).hasSize(1);
        assertThat(b.overfull(DAY)).isEmpty();
    }
}
