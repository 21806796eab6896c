package org.kordon.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kordon.model.PartialDate;
import org.kordon.model.Schema;

/**
 * The candidate index finds exactly what scoring every listed name finds: same entities, same scores, at
 * every threshold, on every query of the labelled set (plus the fixture's own names, with secondary data).
 * The reference compares every query word with every listed word by {@link TokenSimilarity}, keys unused.
 */
class IndexRecallTest {
    private static final KordonScreener S = (KordonScreener) Fixtures.kordon();

    private static Map<String, Double> byId(List<Match> ms) {
        return ms.stream().collect(Collectors.toMap(m -> m.entity().id(), Match::score, (a, b) -> a));
    }

    private static void assertSame(Query q) {
        QueryPlan reference = S.planFullScan(q);
        for (double t : new double[] {0.0, 0.5, Screeners.DEFAULT_THRESHOLD, 0.95}) {
            assertThat(byId(S.screen(q, t, 1000))).as("%s at %s", q.name(), t).isEqualTo(byId(S.screenFullScan(reference, t, 1000)));
        }
    }

    @Test
    void index_labelledQueries_equalFullScan() {
        for (LabelledSet.Row row : LabelledSet.load().rows()) {
            assertSame(Query.of(row.query()));
        }
    }

    @Test
    void index_listedNamesWithSecondaryData_equalFullScan() {
        Fixtures.LIST.entities().forEach(e -> e.names().forEach(n -> {
            assertSame(Query.of(n.value()));
            assertSame(Query.of(n.value()).withSchema(Schema.VESSEL).withBirthDate(PartialDate.ofYear(1960)).withCountry("ru"));
        }));
    }

    @Test
    void index_wordsTwoEditsApart_areFoundAsAFullScanFindsThem() {
        // German "Kowaltschuk" folds to "kovaltshuk", two edits from the listed "kovalchuk" (9 letters: two are
        // accepted); the one-deletion keys of old never linked them, so neither the index nor its reference found it
        assertThat(TokenSimilarity.similarity("kovaltshuk", "kovalchuk")).isPositive();
        Query q = Query.of("Kowaltschuk Yury Valentinovich");
        assertSame(q);
        assertThat(S.screen(q, Screeners.DEFAULT_THRESHOLD, 5)).extracting(m -> m.entity().id()).containsExactly("kovalchuk");
    }

    @Test
    void index_fullScanReference_scoresEveryName() {
        // guards the reference itself: a query sharing no key with a name finds nothing either way
        assertThat(S.screenFullScan(Query.of("Zyxwvut Qqqq"), 0.0, 10)).isEmpty();
        Function<String, Integer> n = q -> S.screenFullScan(Query.of(q), 0.0, 1000).size();
        assertThat(n.apply("Bank")).isGreaterThanOrEqualTo(4);
    }
}
