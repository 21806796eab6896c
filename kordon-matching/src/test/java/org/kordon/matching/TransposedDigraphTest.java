package org.kordon.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kordon.model.ListSnapshot;

/** The rule that a transposition across a digraph folding rewrites still counts as one typo. */
class TransposedDigraphTest {
    private static final Screener S = Screeners.build(new ListSnapshot(List.of(Fixtures.SOURCE), List.of(
            Fixtures.person("gibson", "Christopher P. Gibson").build(),
            Fixtures.person("hutchison", "Kay Bailey Hutchison").build(),
            Fixtures.person("rouine", "AL-AZHAR BEN KHALIFA BEN AHMED ROUINE").build(),
            Fixtures.person("other", "Christian Gibbs").build())), Algorithm.KORDON);

    private static double score(String name, String id) {
        return S.screen(Query.of(name), 0.0, 10).stream().filter(m -> m.entity().id().equals(id))
                .mapToDouble(Match::score).findFirst().orElse(0.0);
    }

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource({"Christohper P. Gibson, gibson", "Christopehr P. Gibson, gibson", "Kay Bailey Hutcihson, hutchison",
        "AL-AHZAR BEN KHALIFA BEN AHMED ROUINE, rouine"})
    void transposedDigraph_typoAcrossFoldedLetters_stillAlerts(String query, String id) {
        double s = score(query, id);
        assertThat(s).isGreaterThanOrEqualTo(Screeners.DEFAULT_THRESHOLD).isLessThan(1.0);
    }

    @Test
    void transposedDigraph_linksOnlyAnExactListedSpelling() {
        IntList found = new IntList(4);
        NameIndex index = new NameIndex(new ListSnapshot(List.of(Fixtures.SOURCE), List.of(
                Fixtures.person("gibson", "Christopher P. Gibson").build())), NameAnalyzer.DEFAULT);
        QueryPlan.transposedSpellings("christohper", "christohper", index, found);
        assertThat(found.size()).isEqualTo(1);
        assertThat(index.words[found.get(0)]).isEqualTo("christofer");
        IntList none = new IntList(4);
        QueryPlan.transposedSpellings("christina", "christina", index, none);
        assertThat(none.size()).isZero();
    }
}
