package org.kordon.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.kordon.model.DateRange;
import org.kordon.model.Entity;
import org.kordon.model.ListSnapshot;
import org.kordon.model.PartialDate;

/**
 * The score model (issue 18, "scores that mean something"): the fitted probability a match is true, read from the
 * versioned resource, explained feature by feature, in real names.
 */
class ScoreModelTest {
    private static final ScoreModel M = ScoreModel.shipped();
    private static final Screener S = build();

    private static Screener build() {
        List<Entity> l = new ArrayList<>(Fixtures.LIST.entities());
        l.add(Fixtures.person("scott", "SCOTT, David").birthDate(DateRange.parse("1945-03-02")).build());
        l.add(Fixtures.person("ivanov", "IVANOV, Sergei").birthDate(DateRange.parse("1960")).build());
        return Screeners.build(new ListSnapshot(List.of(Fixtures.SOURCE), l), Algorithm.KORDON);
    }

    private static Match best(Query q, String entityId) {
        return S.screen(q, 0.0, 100).stream().filter(m -> m.entity().id().equals(entityId)).findFirst().orElseThrow();
    }

    @Test
    void shipped_isFittedVersionedAndReadsAsTheResourceSays() {
        assertThat(M.version()).isGreaterThanOrEqualTo(1);
        assertThat(M.fitted()).contains("kordon eval --fit-model");
        assertThat(M.coefficient("name")).isPositive();
    }

    @Test
    void everyKordonMatch_carriesTheModelsProbability() {
        Match m = best(Query.of("Sergei Ivanov"), "ivanov");
        assertThat(m.explanation().probability()).isCloseTo(M.probability(m.explanation()), Offset.offset(1e-12));
        assertThat(m.explanation().summaryWithProbability()).endsWith(String.format(java.util.Locale.ROOT,
                "; probability %.2f", m.explanation().probability()));
        assertThat(m.explanation().summary()).doesNotContain("probability");
    }

    @Test
    void probability_risesWithTheNameScore() {
        double previous = -1;
        for (double s = 0.5; s <= 1.0; s += 0.05) {
            double p = M.probability(new double[] {s, 0, 0, 0, 0, 0, 0, 0});
            assertThat(p).isGreaterThan(previous);
            previous = p;
        }
    }

    @Test
    void contributions_addUpToTheProbability() {
        for (Query q : List.of(Query.of("Sergey Ivanov").withBirthDate(PartialDate.ofYear(1960)),
                Query.of("David Scott").withBirthDate(PartialDate.ofYear(1999)).withCountry("us"), Query.of("Sergei Ivanov"))) {
            for (Match m : S.screen(q, 0.0, 3)) {
                double sum = M.contributions(m.explanation()).stream().mapToDouble(Contribution::delta).sum();
                assertThat(sum).as(m.explanation().summary()).isCloseTo(m.explanation().probability(), Offset.offset(1e-9));
            }
        }
    }

    @Test
    void exactSpellingWithAgreeingBirthYear_ranksAboveAFoldedSpellingAlone() {
        double exact = best(Query.of("Sergei Ivanov").withBirthDate(PartialDate.ofYear(1960)), "ivanov").explanation().probability();
        double folded = best(Query.of("Sergey Ivanov"), "ivanov").explanation().probability();
        assertThat(exact).isGreaterThan(folded).isLessThan(1.0);
    }

    @Test
    void birthDecadesApart_lowersTheProbability() {
        double none = best(Query.of("David Scott"), "scott").explanation().probability();
        double apart = best(Query.of("David Scott").withBirthDate(PartialDate.ofYear(1999)), "scott").explanation().probability();
        assertThat(apart).isLessThan(none);
    }

    @Test
    void writeThenRead_givesTheSameModel() throws IOException {
        StringWriter w = new StringWriter();
        M.write(w);
        ScoreModel back = ScoreModel.read(new StringReader(w.toString()), "copy");
        double[] x = {0.93, 0, 0, -0.08, -0.03, 0, 0, 0};
        assertThat(back.probability(x)).isCloseTo(M.probability(x), Offset.offset(1e-6));
        assertThat(back.version()).isEqualTo(M.version());
        for (String f : ScoreModel.FEATURES) {
            assertThat(back.tied(f)).as(f).isEqualTo(M.tied(f));
        }
    }

    @Test
    void read_unknownKey_isRefusedWithSourceAndLine() {
        assertThatThrownBy(() -> ScoreModel.read(new StringReader("version=1\ncoefficient.shoe-size=2\n"), "m.properties"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("m.properties:2")
                .hasMessageContaining("shoe-size");
    }

    @Test
    void read_missingCoefficient_isRefused() {
        assertThatThrownBy(() -> ScoreModel.read(new StringReader("version=1\nfitted=x\nintercept=-3\ncoefficient.name=5\n"), "m"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("coefficient.weak-alias");
    }

    @Test
    void model_aNameCoefficientNotPositive_isRefused() {
        Map<String, Double> c = new java.util.LinkedHashMap<>();
        ScoreModel.FEATURES.forEach(f -> c.put(f, -1.0));
        assertThatThrownBy(() -> new ScoreModel(1, "x", 0, c, List.of())).hasMessageContaining("name's coefficient");
    }

    @Test
    void features_ofAnUnknownContribution_areRefused() {
        Explanation ex = new Explanation("a", "b", org.kordon.model.NameKind.PRIMARY, 1.0,
                List.of(new Contribution("name", 1.0, ""), new Contribution("vibes", 0.1, "")));
        assertThatThrownBy(() -> ScoreModel.features(ex)).hasMessageContaining("vibes");
    }
}
