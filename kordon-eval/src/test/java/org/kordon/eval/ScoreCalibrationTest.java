package org.kordon.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kordon.matching.Algorithm;
import org.kordon.matching.Screener;
import org.kordon.matching.Screeners;
import org.kordon.model.Entity;
import org.kordon.model.ListSnapshot;
import org.kordon.model.NameKind;
import org.kordon.model.Schema;
import org.kordon.model.SourceRef;

class ScoreCalibrationTest {
    private static final SourceRef SRC = new SourceRef("test", null);

    private static Entity person(String id, String name) {
        return Entity.builder(id, Schema.PERSON).source(SRC).name(name, NameKind.PRIMARY).build();
    }

    @Test
    void everyReturnedMatchIsOnePair_labelledByTheCasesExpectedEntities(@TempDir Path tmp) throws Exception {
        ListSnapshot list = new ListSnapshot(List.of(SRC), List.of(
                person("p1", "PUTIN, Vladimir Vladimirovich"), person("p2", "PUTIN, Igor Ivanovich")));
        Screener s = Screeners.build(list, Algorithm.KORDON);
        List<Evaluation.Outcome> outcomes = Evaluation.run(s, List.of(
                new EvalCase("c", "Vladimir Putin", Schema.PERSON, Set.of("p1"), null),
                new EvalCase("neg", "Vladimir Putilin", Schema.PERSON, Set.of(), null)), 5);
        int pairs = outcomes.stream().mapToInt(o -> o.matches().size()).sum();

        ScoreCalibration c = ScoreCalibration.of("kordon", outcomes);

        assertThat(c.reliability().count()).isEqualTo(pairs);
        assertThat(c.positives()).isEqualTo(1); // p1 for the first case; p2 and every match of the negative are false
        assertThat(c.markdown()).contains("| score band | pairs | mean score | share true |").contains("Brier score");
        Path png = tmp.resolve("reliability.png");
        ScoreCalibration.chart(List.of(c), png);
        assertThat(Files.readAllBytes(png)).startsWith(0x89, 'P', 'N', 'G');
    }
}
