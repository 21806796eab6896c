package org.kordon.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kordon.model.Schema;

/** The bundled hand-written cases, read through kordon-input's {@code CsvTable}. */
class EvalSetsTest {
    @Test
    void handwritten_readsEveryRowOfTheBundledFile_withValuesStrippedAndEmptyAsAbsent() {
        List<EvalCase> cases = EvalSets.handwritten();

        assertThat(cases).hasSize(74);
        EvalCase first = cases.get(0);
        assertThat(first.category()).isEqualTo("cross-script");
        assertThat(first.query()).isEqualTo("Путин Владимир Владимирович");
        assertThat(first.schema()).isEqualTo(Schema.PERSON);
        assertThat(first.expected()).containsExactlyInAnyOrder("ofac-sdn:35096", "eu:32014R0269-I.PERSONS-669");
        assertThat(cases).allSatisfy(c -> {
            assertThat(c.query()).isNotBlank().isEqualTo(c.query().strip());
            assertThat(c.category()).isNotBlank();
        });
    }
}
