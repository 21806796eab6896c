package org.kordon.ownership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Each regime's ownership test as it stood on the as-of date (issue 23: the EU threshold was "50% or more" at every
 * date), from regime-rules.csv, checked on both sides of every change.
 */
class RegimeRulesTest {
    static final LocalDate EU_BEST_PRACTICES_2024 = LocalDate.of(2024, 7, 3);
    static final LocalDate OFAC_REVISED_GUIDANCE = LocalDate.of(2014, 8, 13);

    static String status(String graph, Regime regime, LocalDate day, String... listed) {
        return OwnershipEngine.evaluate(Graphs.parse(graph), List.of(listed), regime, day).status("C").orElseThrow().code();
    }

    @Test
    void eu_exactlyFiftyPercent_clearBeforeTheJuly2024BestPractices_blockedFromThem() {
        assertThat(status("X C 50", Regime.EU, EU_BEST_PRACTICES_2024.minusDays(1), "X")).isEqualTo("clear");
        assertThat(status("X C 50", Regime.EU, EU_BEST_PRACTICES_2024, "X")).isEqualTo("blocked");
    }

    @Test
    void eu_moreThanFiftyPercent_blockedOnBothSides() {
        assertThat(status("X C 50.0001", Regime.EU, EU_BEST_PRACTICES_2024.minusDays(1), "X")).isEqualTo("blocked");
        assertThat(status("X C 50.0001", Regime.EU, EU_BEST_PRACTICES_2024, "X")).isEqualTo("blocked");
    }

    @Test
    void ofac_twoListedPersonsOf25PercentEach_clearBeforeAugust2014_blockedFromTheRevisedGuidance() {
        assertThat(status("X C 25; Y C 25", Regime.OFAC, OFAC_REVISED_GUIDANCE.minusDays(1), "X", "Y")).isEqualTo("clear");
        assertThat(status("X C 25; Y C 25", Regime.OFAC, OFAC_REVISED_GUIDANCE, "X", "Y")).isEqualTo("blocked");
    }

    @Test
    void ofac_oneListedPersonOfExactlyFiftyPercent_blockedOnBothSides() {
        assertThat(status("X C 50", Regime.OFAC, OFAC_REVISED_GUIDANCE.minusDays(1), "X")).isEqualTo("blocked");
        assertThat(status("X C 50", Regime.OFAC, OFAC_REVISED_GUIDANCE, "X")).isEqualTo("blocked");
    }

    @Test
    void ofac_before2014_chainThroughABlockedCompanyStillCounts() {
        // 2008 guidance: owned directly or indirectly 50% or more by a blocked person; X -60-> A, A -50-> C
        assertThat(status("X A 60; A C 50", Regime.OFAC, OFAC_REVISED_GUIDANCE.minusDays(1), "X")).isEqualTo("blocked");
    }

    @Test
    void uk_moreThanFiftyPercentEachPersonAlone_atAnyDate() {
        for (LocalDate day : List.of(LocalDate.of(2021, 6, 1), LocalDate.of(2026, 1, 1))) {
            assertThat(status("X C 50", Regime.UK, day, "X")).isEqualTo("clear");
            assertThat(status("X C 30; Y C 30", Regime.UK, day, "X", "Y")).isEqualTo("clear");
            assertThat(status("X C 50.0001", Regime.UK, day, "X")).isEqualTo("blocked");
        }
    }

    @Test
    void rule_testAndSourceSaid() {
        assertThat(StakeRules.rule(Regime.EU, EU_BEST_PRACTICES_2024.minusDays(1)).test()).isEqualTo("more than 50%, aggregated");
        assertThat(StakeRules.rule(Regime.EU, EU_BEST_PRACTICES_2024).test()).isEqualTo("50% or more, aggregated");
        assertThat(StakeRules.rule(Regime.OFAC, OFAC_REVISED_GUIDANCE.minusDays(1)).test()).isEqualTo("50% or more, each listed person alone");
        assertThat(StakeRules.rule(Regime.UK, LocalDate.of(2026, 1, 1)).source()).contains("regulation 7").contains("4.14");
    }

    @Test
    void rules_eachSanctionsRegimeCoversEveryDayOnceWithASource() {
        for (Regime r : ListedOwnership.SANCTIONS) {
            List<StakeRules.Rule> periods = StakeRules.rules().stream().filter(x -> x.regime() == r)
                    .sorted(Comparator.comparing(StakeRules.Rule::from, Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
            assertThat(periods).as(r.code()).isNotEmpty();
            assertThat(periods.get(0).from()).as(r.code() + " first period open at the start").isNull();
            assertThat(periods.get(periods.size() - 1).until()).as(r.code() + " last period still in force").isNull();
            for (int i = 1; i < periods.size(); i++) {
                assertThat(periods.get(i).from()).as(r.code() + " periods meet").isEqualTo(periods.get(i - 1).until());
            }
            assertThat(periods).allSatisfy(p -> assertThat(p.source()).isNotBlank());
        }
        assertThat(StakeRules.rules()).extracting(StakeRules.Rule::regime).doesNotContain(Regime.BO);
        assertThat(Set.copyOf(StakeRules.rules().stream().map(StakeRules.Rule::regime).toList())).hasSize(3);
    }
}
