package org.kordon.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.kordon.matching.Algorithm;
import org.kordon.matching.Query;
import org.kordon.matching.Screener;
import org.kordon.matching.Screeners;
import org.kordon.model.Schema;
import org.kordon.ownership.NodeKind;

/** Ownership-graph names linked to listed entities through the screener. */
class ScreenedPartyResolverTest {
    static final Screener SCREENER = Screeners.build(Fixtures.v1().snapshot(), Algorithm.KORDON);
    static final ScreenedPartyResolver RESOLVER = new ScreenedPartyResolver(SCREENER, Screeners.DEFAULT_THRESHOLD);

    @Test
    void resolve_listedPersonsName_bestMatchWithListedNameAndScore() {
        assertThat(RESOLVER.resolve("Vladimir Putin", NodeKind.PERSON)).hasValueSatisfying(p -> {
            assertThat(p.listedId()).isEqualTo("ofac-35096");
            assertThat(p.listedName()).isEqualTo("Vladimir Vladimirovich PUTIN");
            assertThat(p.score()).isGreaterThanOrEqualTo(Screeners.DEFAULT_THRESHOLD).isLessThanOrEqualTo(1.0);
        });
    }

    @Test
    void resolve_listedCompanysAlias_linked() {
        assertThat(RESOLVER.resolve("OAO Rosneft", NodeKind.COMPANY)).hasValueSatisfying(p -> assertThat(p.listedId()).isEqualTo("ofac-17095"));
    }

    @Test
    void resolve_unlistedName_empty() {
        assertThat(RESOLVER.resolve("Maria Gonzalez Ferreira", NodeKind.PERSON)).isEmpty();
    }

    @Test
    void resolve_samePersonNameAsTheScreenerScoresIt_sameScore() {
        double direct = SCREENER.screen(Query.of("Sergei Lavrov").withSchema(Schema.PERSON),
                Screeners.DEFAULT_THRESHOLD, 1).get(0).score();

        assertThat(RESOLVER.resolve("Sergei Lavrov", NodeKind.PERSON)).hasValueSatisfying(p -> assertThat(p.score()).isEqualTo(direct));
    }

    @Test
    void new_thresholdOutsideUnitInterval_refused() {
        assertThatThrownBy(() -> new ScreenedPartyResolver(SCREENER, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("threshold must be in (0,1], got 0.0");
    }
}
