package org.kordon.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kordon.model.Schema;

/** An alert's score contributions as the store keeps them: without any engine, read back as written. */
class AlertContributionTest {
    @TempDir
    Path dir;

    static Alert alert(long versionId, List<AlertContribution> features) {
        return new Alert(0, Alert.NAME, "C-1", "ofac-35096", "Vladimir Vladimirovich PUTIN", versionId, 0.91,
                "Vladimir Vladimirovich PUTIN", "name 0.89, birth year matches", features, "e-hash", "s-hash", AlertStatus.OPEN, null);
    }

    Alert insertAndReadBack(List<AlertContribution> features) {
        try (Store store = Store.open(Store.h2Url(dir.resolve("kordon")))) {
            ListVersion v = store.insertVersion("fixture", "sum", null,
                    List.of(new Store.Listed("ofac-35096", "e-hash", "Vladimir Vladimirovich PUTIN")), List.of(), 1, 0, 0, "test");
            store.saveSubject(new Subject("C-1", "Vladimir Putin", Schema.PERSON, null, "ru", List.of(), true), "s-hash", "test");
            Alert a = store.insertAlert(alert(v.id(), features), "test").orElseThrow();
            return store.alert(a.id()).orElseThrow();
        }
    }

    @Test
    void insertAlert_contributions_readBackInOrderWithDeltas() {
        List<AlertContribution> features = List.of(new AlertContribution("name", 0.89, "'Vladimir Putin' ~ 'Vladimir Vladimirovich PUTIN'"),
                new AlertContribution("birth-date", 0.02, "birth year 1952 matches"), new AlertContribution("country", -0.01, "ru"));

        assertThat(insertAndReadBack(features).features()).containsExactlyElementsOf(features);
    }

    @Test
    void insertAlert_tabOrLineBreakInDetail_keptAsSpaces() {
        Alert read = insertAndReadBack(List.of(new AlertContribution("name", 0.9, "line one\nline\ttwo\r")));

        assertThat(read.features()).containsExactly(new AlertContribution("name", 0.9, "line one line two "));
    }

    @Test
    void insertAlert_noContributions_readBackEmpty() {
        assertThat(insertAndReadBack(List.of()).features()).isEmpty();
    }
}
