package org.kordon.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kordon.model.Entity;
import org.kordon.model.ListSnapshot;
import org.kordon.model.NameKind;
import org.kordon.model.Schema;
import org.kordon.model.SourceRef;

class ShrinkGuardTest {
    private static SourceCounts counts(Object... listAndCount) {
        Map<String, Integer> m = new java.util.HashMap<>();
        for (int i = 0; i < listAndCount.length; i += 2) {
            m.put((String) listAndCount[i], (Integer) listAndCount[i + 1]);
        }
        return new SourceCounts(m);
    }

    @Test
    void check_lossOfExactlyTheAllowedShare_passes() {
        assertThat(ShrinkGuard.defaults().check(counts("un", 100), counts("un", 90))).isEmpty();
    }

    @Test
    void check_oneEntityMoreThanTheAllowedShare_refusedNamingSourceAndBothCounts() {
        assertThat(ShrinkGuard.defaults().check(counts("un", 100), counts("un", 89))).singleElement()
                .hasToString("un lost 11.0% of its entities (100 -> 89; at most 10% allowed)");
    }

    @Test
    void check_sourcePresentBeforeMissingNow_refusedWhateverItsShare() {
        ShrinkGuard anyLoss = ShrinkGuard.parse(List.of("1"));

        assertThat(anyLoss.check(counts("un", 1003, "ofac-sdn", 14_965), counts("ofac-sdn", 14_965))).singleElement()
                .hasToString("un is missing (1,003 entities before, none now)");
    }

    @Test
    void check_growthAndNewSources_pass() {
        assertThat(ShrinkGuard.defaults().check(counts("un", 10), counts("un", 50, "eu-fsf", 3))).isEmpty();
    }

    @Test
    void check_nothingBefore_passes() {
        assertThat(ShrinkGuard.defaults().check(counts(), counts("un", 1))).isEmpty();
    }

    @Test
    void parse_defaultAndPerSourceSettings_perSourceWins() {
        ShrinkGuard g = ShrinkGuard.parse(List.of("0.15", "ofac-sdn=20%", "un=0.05"));

        assertThat(g.maxLoss("ofac-sdn")).isEqualTo(0.2);
        assertThat(g.maxLoss("un")).isEqualTo(0.05);
        assertThat(g.maxLoss("eu-fsf")).isEqualTo(0.15);
        assertThat(g.check(counts("ofac-sdn", 100, "un", 100), counts("ofac-sdn", 81, "un", 94)))
                .extracting(ShrinkGuard.Loss::source).containsExactly("un");
    }

    @Test
    void parse_withoutSettings_isTenPercent() {
        assertThat(ShrinkGuard.parse(List.of()).maxLoss("anything")).isEqualTo(ShrinkGuard.DEFAULT_MAX_LOSS).isEqualTo(0.10);
    }

    @Test
    void parse_badSettings_quotedInTheMessage() {
        assertThatThrownBy(() -> ShrinkGuard.parse(List.of("ofac-sdn=lots")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("max loss 'ofac-sdn=lots' is not a share (e.g. 0.15, 15% or ofac-sdn=0.2)");
        assertThatThrownBy(() -> ShrinkGuard.parse(List.of("1.5")))
                .hasMessage("max loss '1.5' must be a share in [0, 1] or a percentage up to 100%");
        assertThatThrownBy(() -> ShrinkGuard.parse(List.of("=0.2")))
                .hasMessage("max loss '=0.2': name a source before '=' (e.g. ofac-sdn=0.2)");
    }

    @Test
    void enforce_losses_throwsUntrustedListExceptionWithAdvice() {
        assertThatThrownBy(() -> ShrinkGuard.defaults().enforce(counts("ofac-sdn", 14_965, "un", 1003),
                counts("ofac-sdn", 7_180, "un", 1003), "use --force to accept it"))
                .isInstanceOf(UntrustedListException.class)
                .hasMessage("ofac-sdn lost 52.0% of its entities (14,965 -> 7,180; at most 10% allowed); use --force to accept it")
                .extracting(e -> ((UntrustedListException) e).source()).isEqualTo("ofac-sdn");
    }

    @Test
    void sourceCounts_zeroCount_rejected() {
        assertThatThrownBy(() -> counts("un", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Entity entity(String id, String list) {
        return Entity.builder(id, Schema.PERSON).name("N " + id, NameKind.PRIMARY).source(new SourceRef(list, null)).build();
    }

    @Test
    void ofPreviousIds_idsKeptCountForTheirList_idsLostForTheListOfTheirNamespace() {
        ListSnapshot candidate = new ListSnapshot(List.of(), List.of(entity("ofac-sdn:1", "ofac-sdn"),
                entity("eu:A-1", "eu-32014R0269"), entity("eu:A-2", "eu-32014R0269"), entity("eu:B-1", "eu-32014R0833")));

        SourceCounts before = SourceCounts.ofPreviousIds(List.of("ofac-sdn:1", "ofac-sdn:2", "ofac-sdn:3",
                "eu:B-1", "eu:C-9", "un:QDi.001", "un:QDi.002"), candidate);

        assertThat(before.counts()).containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of(
                "ofac-sdn", 3, "eu-32014R0833", 1, "eu-32014R0269", 1, "un", 2)));
        assertThat(ShrinkGuard.defaults().check(before, SourceCounts.of(candidate)))
                .extracting(ShrinkGuard.Loss::toString)
                .containsExactly("ofac-sdn lost 66.7% of its entities (3 -> 1; at most 10% allowed)",
                        "un is missing (2 entities before, none now)");
    }
}
