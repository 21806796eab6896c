package org.kordon.ownership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kordon.ownership.Graphs.eval;
import static org.kordon.ownership.Graphs.status;
import static org.kordon.ownership.Graphs.statuses;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules of issue 9, each as the authorities state it, for every regime (ofac, eu, uk, bo). */
class OwnershipRulesTest {

    // OFAC worked example 1: X owns 50% of A, A owns 50% of B -> B blocked.
    @ParameterizedTest(name = "{0}: A {1}, B {2}")
    @CsvSource({"OFAC, blocked, blocked", "EU, blocked, blocked", "UK, clear, clear", "BO, controlled, controlled"})
    void ofacExample1_chainOfFiftyPercent_blocksB(Regime regime, String a, String b) {
        Evaluation ev = eval("X A 50; A B 50", regime, "X");
        assertThat(statuses(ev, "A", "B")).containsExactly(a, b);
    }

    // OFAC worked example 2: X owns 50% of A and of B; A and B each own 25% of C -> C blocked.
    @ParameterizedTest(name = "{0}: C {1}")
    @CsvSource({"OFAC, blocked, 50", "EU, blocked, 50", "UK, clear, 0", "BO, controlled, 25"})
    void ofacExample2_twoBlockedIntermediariesOf25_blockC(Regime regime, String c, String share) {
        Evaluation ev = eval("X A 50; X B 50; A C 25; B C 25", regime, "X");
        assertThat(status(ev, "C")).isEqualTo(c);
        assertThat(ev.result("C").orElseThrow().shareMin()).isEqualByComparingTo(share);
    }

    // OFAC worked example 3: X owns 50% of A and 10% of B, A owns 40% of B -> B blocked (10 + 40).
    @ParameterizedTest(name = "{0}: B {1}")
    @CsvSource({"OFAC, blocked, 50", "EU, blocked, 50", "UK, clear, 10", "BO, controlled, 30"})
    void ofacExample3_directPlusThroughBlockedIntermediary_blocksB(Regime regime, String b, String share) {
        Evaluation ev = eval("X3 A3 50; X3 B3 10; A3 B3 40", regime, "X3");
        assertThat(status(ev, "B3")).isEqualTo(b);
        assertThat(ev.result("B3").orElseThrow().shareMin()).isEqualByComparingTo(share);
    }

    @Test
    void ofacExample3_evidence_namesBothPathsInTheIssuesStyle() {
        Evaluation ev = eval("X3 A3 50; X3 B3 10; A3 B3 40", Regime.OFAC, "X3");
        assertThat(ev.result("B3").orElseThrow().evidence()).isEqualTo("X3 -10%-> B3; X3 -50%-> A3(blocked) -40%-> B3");
    }

    @Test
    void ofac_unblockedIntermediary_passesOnNothing() {
        Evaluation ev = eval("X A 40; A B 100", Regime.OFAC, "X");
        assertThat(statuses(ev, "A", "B")).containsExactly("clear", "clear");
        assertThat(ev.result("B").orElseThrow().shareMax()).isEqualByComparingTo("0");
    }

    // Aggregation across different listed persons: X 30% + Y 30%.
    @ParameterizedTest(name = "{0}: C {1}")
    @CsvSource({"OFAC, blocked", "EU, blocked", "UK, clear", "BO, controlled"})
    void aggregation_twoListedPersonsOf30_blockExceptUnderUk(Regime regime, String c) {
        Evaluation ev = eval("X C 30; Y C 30", regime, "X", "Y");
        assertThat(status(ev, "C")).isEqualTo(c);
    }

    @Test
    void uk_noAggregation_reportsTheLargestSinglePersonsShare() {
        OwnershipResult r = eval("X C 30; Y C 30", Regime.UK, "X", "Y").result("C").orElseThrow();
        assertThat(r.shareMin()).isEqualByComparingTo("30");
        assertThat(r.shareMax()).isEqualByComparingTo("30");
    }

    // UK exception: persons acting jointly (a joint arrangement in the data) count together.
    @ParameterizedTest(name = "{0}: C {1}")
    @CsvSource({"OFAC, blocked", "EU, blocked", "UK, blocked", "BO, controlled"})
    void jointArrangement_ofTwoListedPersonsHolding60_blocksCEvenUnderUk(Regime regime, String c) {
        OwnershipGraph g = Graphs.parse("X J 50; Y J 50; J C 60", "J");
        Evaluation ev = OwnershipEngine.evaluate(g, List.of("X", "Y"), regime, Graphs.TODAY);
        assertThat(status(ev, "C")).isEqualTo(c);
    }

    @ParameterizedTest(name = "{0} at {1}%: {2}")
    @CsvSource({"OFAC, 49, clear", "OFAC, 50, blocked", "OFAC, 51, blocked",
            "EU, 49, clear", "EU, 50, blocked", "EU, 51, blocked",
            "UK, 49, clear", "UK, 50, clear", "UK, 51, blocked",
            "BO, 24.9999, clear", "BO, 25, controlled", "BO, 49, controlled"})
    void threshold_49_50_51(Regime regime, String share, String expected) {
        assertThat(status(eval("X C " + share, regime, "X"), "C")).isEqualTo(expected);
    }

    @Test
    void threshold_exactDecimals_49point9999Plus0point0001IsExactlyFifty() {
        assertThat(status(eval("X C 49.9999; Y C 0.0001", Regime.OFAC, "X", "Y"), "C")).isEqualTo("blocked");
    }

    @Test
    void threshold_moreDecimalsThanFour_roundOutwardsAndStayUndetermined() {
        assertThat(status(eval("X C 49.99999", Regime.OFAC, "X"), "C")).isEqualTo("undetermined");
    }

    // A long chain of 60% stakes: each link blocked in turn; BO multiplies (0.6^3 = 21.6% < 25%).
    @ParameterizedTest(name = "{0}: A B C {1} {2} {3}")
    @CsvSource({"OFAC, blocked, blocked, blocked", "EU, blocked, blocked, blocked", "UK, blocked, blocked, blocked",
            "BO, controlled, controlled, clear"})
    void chain_of60_blocksEveryLinkButBoMultiplies(Regime regime, String a, String b, String c) {
        assertThat(statuses(eval("X A 60; A B 60; B C 60", regime, "X"), "A", "B", "C")).containsExactly(a, b, c);
    }

    // Diamond: X owns 60% of A and of B, each owns 30% of D: the same person through two owned companies.
    @ParameterizedTest(name = "{0}: D {1}")
    @CsvSource({"OFAC, blocked", "EU, blocked", "UK, blocked", "BO, controlled"})
    void diamond_samePersonThroughTwoOwnedCompanies_aggregatesEvenUnderUk(Regime regime, String d) {
        assertThat(status(eval("X A 60; X B 60; A D 30; B D 30", regime, "X"), "D")).isEqualTo(d);
    }

    // Cycles: a ring of companies owning each other cannot make itself blocked (least fixpoint).
    @ParameterizedTest(name = "{0}")
    @CsvSource({"OFAC", "EU", "UK", "BO"})
    void cycle_ringOwningEachOtherWithSmallListedStake_staysClear(Regime regime) {
        Evaluation ev = eval("X A 10; A B 60; B A 60", regime, "X");
        assertThat(statuses(ev, "A", "B")).containsExactly("clear", "clear");
    }

    @ParameterizedTest(name = "{0}: A B {1} {2}")
    @CsvSource({"OFAC, blocked, blocked", "EU, blocked, blocked", "UK, blocked, blocked", "BO, controlled, controlled"})
    void cycle_enteredByAMajorityHolder_blocksTheRing(Regime regime, String a, String b) {
        Evaluation ev = eval("X A 60; A B 60; B A 30", regime, "X");
        assertThat(statuses(ev, "A", "B")).containsExactly(a, b);
        assertThat(ev.result("A").orElseThrow().shareMax()).isLessThanOrEqualTo(new java.math.BigDecimal("100"));
    }

    // Bands from registers: [25, 50] straddles OFAC's 50% only at its top.
    @ParameterizedTest(name = "{0} band {1}: {2}")
    @CsvSource({"OFAC, 25-50, undetermined", "OFAC, 50-75, blocked", "OFAC, 10-40, clear",
            "EU, 25-50, undetermined", "EU, 50-75, blocked", "EU, 10-40, clear",
            "UK, 25-50, clear", "UK, 50-75, undetermined", "UK, 51-75, blocked",
            "BO, 25-50, controlled", "BO, 10-40, undetermined", "BO, 10-20, clear"})
    void bands_giveBlockedClearOrUndetermined(Regime regime, String band, String expected) {
        assertThat(status(eval("X C " + band, regime, "X"), "C")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"OFAC", "EU", "UK", "BO"})
    void unknownShare_isZeroToHundred_undetermined(Regime regime) {
        OwnershipResult r = eval("X C ?", regime, "X").result("C").orElseThrow();
        assertThat(r.status()).isEqualTo(Status.UNDETERMINED);
        assertThat(r.shareMin()).isEqualByComparingTo("0");
        assertThat(r.shareMax()).isEqualByComparingTo("100");
    }

    // An intermediary that may or may not be blocked passes on [0, its full stake].
    @ParameterizedTest(name = "{0}: B {1}")
    @CsvSource({"OFAC, undetermined, 40, 100", "EU, undetermined, 40, 100", "UK, undetermined, 40, 100",
            "BO, controlled, 40, 100"})
    void undeterminedIntermediary_passesOnZeroToFull(Regime regime, String b, String min, String max) {
        OwnershipResult r = eval("X A ?; A B 60; X B 40", regime, "X").result("B").orElseThrow();
        assertThat(r.status().code()).isEqualTo(b);
        assertThat(r.shareMin()).isEqualByComparingTo(min);
        assertThat(r.shareMax()).isEqualByComparingTo(max);
    }

    @Test
    void undeterminedIntermediary_evidenceMarksItUndetermined() {
        assertThat(eval("X A ?; A B 60", Regime.OFAC, "X").result("B").orElseThrow().evidence())
                .isEqualTo("X -?%-> A(undetermined) -60%-> B");
    }

    // Time: a stake counts from its start (inclusive) until its end (the day it ended).
    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource({"OFAC, 2023-06-01, blocked", "OFAC, 2024-01-01, clear", "OFAC, 2019-12-31, clear",
            "EU, 2023-06-01, blocked", "EU, 2025-01-01, clear",
            "UK, 2023-06-01, blocked", "UK, 2025-01-01, clear",
            "BO, 2023-06-01, controlled", "BO, 2025-01-01, clear"})
    void endedStakes_countOnlyBetweenStartAndEnd(Regime regime, LocalDate asOf, String expected) {
        OwnershipGraph g = Graphs.parse("X C 60 shareholding 2020-01-01 2024-01-01");
        assertThat(OwnershipEngine.evaluate(g, Set.of("X"), regime, asOf).status("C").orElseThrow().code()).isEqualTo(expected);
    }

    // Control without ownership: OFAC ignores control; EU and UK report it apart from blocked.
    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({"OFAC, appointmentOfBoard, clear", "EU, appointmentOfBoard, controlled", "UK, appointmentOfBoard, controlled",
            "BO, appointmentOfBoard, clear",
            "OFAC, otherInfluenceOrControl, clear", "EU, otherInfluenceOrControl, controlled",
            "UK, otherInfluenceOrControl, controlled", "BO, otherInfluenceOrControl, clear"})
    void controlWithoutOwnership_controlledUnderEuAndUkOnly(Regime regime, String type, String expected) {
        assertThat(status(eval("X C ? " + type, regime, "X"), "C")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: C {1}, D {2}")
    @CsvSource({"OFAC, clear, clear", "EU, controlled, blocked", "UK, controlled, blocked", "BO, clear, clear"})
    void controlledCompany_passesOnItsFullStake(Regime regime, String c, String d) {
        assertThat(statuses(eval("X C ? appointmentOfBoard; C D 60", regime, "X"), "C", "D")).containsExactly(c, d);
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({"OFAC, 60, clear", "EU, 60, controlled", "UK, 60, blocked", "EU, 40, clear", "UK, 50, clear",
            "EU, 40-60, undetermined"})
    void votingRights_controlUnderEuOwnershipUnderUkIgnoredByOfac(Regime regime, String share, String expected) {
        assertThat(status(eval("X C " + share + " votingRights", regime, "X"), "C")).isEqualTo(expected);
    }

    @Test
    void controlEdge_withMinorityBoardShare_isNotControl() {
        assertThat(status(eval("X C 30 appointmentOfBoard", Regime.EU, "X"), "C")).isEqualTo("clear");
    }

    @Test
    void controlled_evidenceNamesTheControlType() {
        assertThat(eval("X C ? appointmentOfBoard", Regime.EU, "X").result("C").orElseThrow().evidence())
                .isEqualTo("X -appointmentOfBoard-> C");
    }

    @Test
    void listedNodeByLinkedId_countsAsListed() {
        OwnershipGraph g = OwnershipGraph.builder().node(new Node("p1", NodeKind.PERSON, "Ivan", "NK-1"))
                .stake(Stake.shares("p1", "C", Share.exact(50))).build();
        assertThat(OwnershipEngine.evaluate(g, Set.of("NK-1"), Regime.OFAC, Graphs.TODAY).status("C")).contains(Status.BLOCKED);
    }

    @Test
    void results_oneRowPerUnlistedNode_sortedById() {
        Evaluation ev = eval("X B 50; X A 10", Regime.OFAC, "X");
        assertThat(ev.results()).extracting(OwnershipResult::entityId).containsExactly("A", "B");
    }

    @Test
    void updateStake_endingTheStakeThatBlockedB_clearsBAndWhatItOwns() {
        Evaluation ev = eval("X A 60; A B 60", Regime.OFAC, "X");
        ev.updateStake(new Stake("X", "A", Share.exact(60), StakeType.SHAREHOLDING, null, Graphs.TODAY));
        assertThat(statuses(ev, "A", "B")).containsExactly("clear", "clear");
    }

    @Test
    void updateStake_unknownStake_isRefusedNamingIt() {
        Evaluation ev = eval("X A 60", Regime.OFAC, "X");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ev.updateStake(Stake.shares("X", "B", Share.exact(1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no shareholding stake X -> B");
    }

    @Test
    void result_asJson_usesTheFileSpellings() throws Exception {
        OwnershipResult r = eval("X3 A3 50; X3 B3 10; A3 B3 40", Regime.OFAC, "X3").result("B3").orElseThrow();
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(r)).isEqualTo(
                "{\"entityId\":\"B3\",\"regime\":\"ofac\",\"status\":\"blocked\",\"shareMin\":50,\"shareMax\":50,"
                        + "\"evidence\":\"X3 -10%-> B3; X3 -50%-> A3(blocked) -40%-> B3\",\"name\":null}");
    }
}
