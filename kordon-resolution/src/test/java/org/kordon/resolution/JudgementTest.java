package org.kordon.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class JudgementTest {
    private static final Instant AT = Instant.parse("2026-12-07T17:50:00Z");

    private static Judgement judgement(Judgement.Kind kind, String a, String b, String analyst, String reason) {
        return new Judgement(kind, a, b, analyst, reason, AT);
    }

    @Test
    void new_valuesStrippedAndPairOrdered() {
        Judgement j = judgement(Judgement.Kind.SPLIT, "uk:2", "ofac-sdn:1", " anna ", " two people \n");

        assertThat(j.analyst()).isEqualTo("anna");
        assertThat(j.reason()).isEqualTo("two people");
        assertThat(j.first()).isEqualTo("ofac-sdn:1");
        assertThat(j.second()).isEqualTo("uk:2");
        assertThat(j.describe()).isEqualTo("split uk:2 / ofac-sdn:1 by anna: two people");
    }

    @Test
    void new_sameListingTwice_refusedNamingB() {
        assertThatThrownBy(() -> judgement(Judgement.Kind.JOIN, "uk:2", "uk:2", "anna", "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("b: ").hasMessageContaining("uk:2");
    }

    @Test
    void new_blankOrMissingFields_refusedNamingTheField() {
        assertThatThrownBy(() -> judgement(Judgement.Kind.JOIN, " ", "uk:2", "anna", "x")).hasMessageStartingWith("a: ");
        assertThatThrownBy(() -> judgement(Judgement.Kind.JOIN, "uk:1", null, "anna", "x")).hasMessageStartingWith("b: ");
        assertThatThrownBy(() -> judgement(Judgement.Kind.JOIN, "uk:1", "uk:2", "", "x")).hasMessageStartingWith("analyst: ");
        assertThatThrownBy(() -> judgement(Judgement.Kind.JOIN, "uk:1", "uk:2", "anna", " ")).hasMessageStartingWith("reason: ");
        assertThatThrownBy(() -> judgement(null, "uk:1", "uk:2", "anna", "x")).hasMessageStartingWith("kind: ");
        assertThatThrownBy(() -> judgement(Judgement.Kind.JOIN, "uk:1", "uk:2", "anna", "x".repeat(Judgement.MAX_REASON + 1)))
                .hasMessageStartingWith("reason: ");
        assertThatThrownBy(() -> judgement(Judgement.Kind.JOIN, "uk:1 ", "uk:2", "anna", "x")).hasMessageStartingWith("a: ");
    }

    @Test
    void check_joinOfAPersonAndACompany_refusedNamingBothSchemata_splitAccepted() {
        org.kordon.model.Entity person = Listings.person("ofac-sdn:1", "ofac-sdn", "RUSSIA-EO14024", "PETROV, Oleg", null).build();
        org.kordon.model.Entity company = Listings.listing("uk:2", org.kordon.model.Schema.COMPANY, "uk-ofsi", "Russia", "Petrov LLC").build();

        assertThatThrownBy(() -> judgement(Judgement.Kind.JOIN, "ofac-sdn:1", "uk:2", "anna", "x").check(person, company))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("b: a join never crosses incompatible schemata: schema Person (ofac-sdn:1) vs Company (uk:2)");
        judgement(Judgement.Kind.SPLIT, "ofac-sdn:1", "uk:2", "anna", "x").check(person, company);
    }

    @Test
    void kindParse_anyCase_orRefusedNamingTheValue() {
        assertThat(Judgement.Kind.parse("Split")).isEqualTo(Judgement.Kind.SPLIT);
        assertThat(Judgement.Kind.parse("join")).isEqualTo(Judgement.Kind.JOIN);
        assertThatThrownBy(() -> Judgement.Kind.parse("merge")).hasMessage("kind: must be join or split, got 'merge'");
    }

    @Test
    void order_atTheSameInstant_theSplitIsTheLater() {
        Judgement split = judgement(Judgement.Kind.SPLIT, "uk:1", "uk:2", "anna", "x");
        Judgement join = judgement(Judgement.Kind.JOIN, "uk:2", "uk:1", "bob", "y");

        assertThat(List.of(split, join).stream().sorted(Judgement.ORDER).toList()).containsExactly(join, split);
        assertThat(split.samePair(join)).isTrue();
    }

    @Test
    void digest_anyOrder_same_andAnyChangeOfAField_other() {
        Judgement a = judgement(Judgement.Kind.SPLIT, "uk:1", "uk:2", "anna", "x");
        Judgement b = judgement(Judgement.Kind.JOIN, "uk:3", "uk:4", "bob", "y");

        assertThat(Judgement.digest(List.of(a, b))).isEqualTo(Judgement.digest(List.of(b, a)))
                .isNotEqualTo(Judgement.digest(List.of(a)))
                .isNotEqualTo(Judgement.digest(List.of(a, judgement(Judgement.Kind.JOIN, "uk:3", "uk:4", "bob", "z"))))
                .isNotEqualTo(Judgement.digest(List.of(a, new Judgement(Judgement.Kind.JOIN, "uk:3", "uk:4", "bob", "y", AT.plusSeconds(1)))));
    }
}
