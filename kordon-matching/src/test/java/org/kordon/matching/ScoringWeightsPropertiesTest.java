package org.kordon.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.kordon.model.PartialDate;
import org.kordon.model.Schema;

/**
 * The pruning bound is derived from the weights, so for any weights the index finds exactly what scoring every
 * listed name finds: same entities, same scores, at every threshold.
 */
class ScoringWeightsPropertiesTest {
    private static final NameIndex INDEX = new NameIndex(Fixtures.LIST, NameAnalyzer.DEFAULT);
    private static final List<Query> QUERIES = List.of(
            Query.of("Vladimir Putin"), Query.of("V. V. Putin"), Query.of("V Putin"), Query.of("Putin"),
            Query.of("Vladimir Sergeyevich Putin Moscow Kremlin"), Query.of("Roman Arkadyevich Abramovich Chelsea"),
            Query.of("Mohammad Abu Bakr al-Baghdadi Ibrahim"), Query.of("Emma Daniels"), Query.of("Sberbank Rossii"),
            Query.of("Volga Trading Group"), Query.of("11420 CORP. Caracas"), Query.of("Kim Jong Un Pyongyang"),
            Query.of("Igor Ivanovich Sechin Rosneft"), Query.of("Khamis Al"), Query.of("Abu Dua"),
            Query.of("Gennady Timchenko Volga Group Helsinki"), Query.of("Yury Kovalchuk Rossiya Bank"),
            Query.of("Vladimir Putin").withBirthDate(PartialDate.ofYear(1953)).withCountry("ru").withSchema(Schema.PERSON),
            Query.of("Sechin Igor LLC"), Query.of("Bank Melli Iran Tehran branch"),
            Query.of("NS Champion").withIdentifiers(List.of("IMO 9299719")).withSchema(Schema.PERSON));

    @Provide
    Arbitrary<ScoringWeights> weights() {
        return Arbitraries.doubles().between(0.0, 1.0).list().ofSize(20).flatMap(d ->
                Arbitraries.integers().between(1, 3).map(contained -> {
                    ScoringWeights x = ScoringWeights.DEFAULT;
                    return new ScoringWeights(d.get(0), d.get(1), d.get(2), d.get(3), contained,
                            d.get(4), d.get(5), d.get(6), d.get(7),
                            x.minJaroWinkler(), x.phonetic(), x.phoneticMinLength(), x.phoneticMinEdit(), x.phoneticShort(), x.skeleton(),
                            x.initial(), x.patronymic(), x.shortWord(),
                            d.get(8), d.get(9), d.get(10), d.get(11) * 0.1, d.get(12) * 0.2, d.get(13) * 0.05, d.get(14),
                            d.get(15) * 0.2, d.get(16), d.get(17), d.get(18) * 0.3, d.get(19) * 0.3, 0.9 + 0.1 * d.get(0),
                            d.get(1), 1 + contained * 4, 0.35 + 0.65 * d.get(2), d.get(3));
                }));
    }

    private static Map<String, Double> byId(List<Match> ms) {
        return ms.stream().collect(Collectors.toMap(m -> m.entity().id(), Match::score, (a, b) -> a));
    }

    @Property(tries = 40)
    void anyWeights_indexCandidatesEqualFullScan(@ForAll("weights") ScoringWeights w) {
        KordonScreener s = new KordonScreener(INDEX, NameAnalyzer.DEFAULT, w);
        for (Query q : QUERIES) {
            for (double t : new double[] {0.3, 0.6, Screeners.DEFAULT_THRESHOLD, 0.95}) {
                assertThat(byId(s.screen(q, t, 1000))).as("%s at %s with %s", q.name(), t, w)
                        .isEqualTo(byId(s.screenFullScan(q, t, 1000)));
            }
        }
    }
}
