package org.kordon.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kordon.matching.Algorithm;
import org.kordon.matching.Query;
import org.kordon.matching.Screener;
import org.kordon.matching.Screeners;
import org.kordon.model.Entity;
import org.kordon.model.IdType;
import org.kordon.model.Identifier;
import org.kordon.model.NameKind;
import org.kordon.model.Schema;
import org.kordon.model.SourceRef;
import org.kordon.ownership.ListedPartyResolver;
import org.kordon.ownership.NodeFacts;
import org.kordon.ownership.NodeKind;

/** Ownership-graph names linked to listed entities through the screener. */
class ScreenedPartyResolverTest {
    static final Screener SCREENER = Screeners.build(Fixtures.v1().snapshot(), Algorithm.KORDON);
    static final ScreenedPartyResolver RESOLVER = new ScreenedPartyResolver(SCREENER, Screeners.DEFAULT_THRESHOLD);

    @Test
    void resolve_listedPersonsName_bestMatchWithListedNameAndScore() {
        assertThat(RESOLVER.byName("Vladimir Putin", NodeKind.PERSON, NodeFacts.NONE)).first().satisfies(p -> {
            assertThat(p.listedId()).isEqualTo("ofac-35096");
            assertThat(p.listedName()).isEqualTo("Vladimir Vladimirovich PUTIN");
            assertThat(p.score()).isGreaterThanOrEqualTo(Screeners.DEFAULT_THRESHOLD).isLessThanOrEqualTo(1.0);
        });
    }

    @Test
    void resolve_listedCompanysAlias_linked() {
        assertThat(RESOLVER.byName("OAO Rosneft", NodeKind.COMPANY, NodeFacts.NONE)).first().satisfies(p -> assertThat(p.listedId()).isEqualTo("ofac-17095"));
    }

    @Test
    void resolve_unlistedName_empty() {
        assertThat(RESOLVER.byName("Maria Gonzalez Ferreira", NodeKind.PERSON, NodeFacts.NONE)).isEmpty();
    }

    @Test
    void resolve_samePersonNameAsTheScreenerScoresIt_sameScore() {
        double direct = SCREENER.screen(Query.of("Sergei Lavrov").withSchema(Schema.PERSON),
                Screeners.DEFAULT_THRESHOLD, 1).get(0).score();

        assertThat(RESOLVER.byName("Sergei Lavrov", NodeKind.PERSON, NodeFacts.NONE)).first().satisfies(p -> assertThat(p.score()).isEqualTo(direct));
    }

    @Test
    void byName_candidateCarriesTheListedBirthDateAndNationality() {
        assertThat(RESOLVER.byName("Vladimir Putin", NodeKind.PERSON, NodeFacts.NONE)).first().satisfies(p -> {
            assertThat(p.listed().birthDates()).containsExactly("1952-10-07");
            assertThat(p.listed().countries()).contains("ru");
        });
    }

    @Test
    void byName_birthDateFarOffPassedAsSecondaryData_scoresLowerThanTheNameAlone() {
        double alone = RESOLVER.byName("Vladimir Putin", NodeKind.PERSON, NodeFacts.NONE).get(0).score();
        List<ListedPartyResolver.Candidate> born1991 = RESOLVER.byName("Vladimir Putin", NodeKind.PERSON,
                new NodeFacts(List.of("1991-04-02"), List.of(), List.of()));

        assertThat(born1991).allSatisfy(c -> assertThat(c.score()).isLessThan(alone));
    }

    @Test
    void byIdentifier_listedTaxNumber_foundWithoutAName() {
        Entity listed = Entity.builder("ofac-1", Schema.ORGANIZATION).name("ROSNEFT OIL COMPANY", NameKind.PRIMARY)
                .identifier(new Identifier(IdType.TAX_ID, "7706107510", "ru", "Tax ID No.")).source(new SourceRef("ofac-sdn", "t"))
                .build();
        ScreenedPartyResolver r = new ScreenedPartyResolver(SCREENER, Screeners.DEFAULT_THRESHOLD, List.of(listed));

        assertThat(r.byIdentifier(NodeFacts.Id.of("RU-INN", "7706107510"))).singleElement()
                .satisfies(c -> assertThat(c.listedId()).isEqualTo("ofac-1"));
        assertThat(r.byIdentifier(NodeFacts.Id.of("LEI", "7706107510"))).isEmpty();
    }

    @Test
    void new_listedIdentifierWithoutLetterOrDigit_isNoIdentifier() {
        // the shared lists hold a passport number written "-": it must not stop the index (regression)
        Entity listed = Entity.builder("ofac-2", Schema.PERSON).name("Ivan Petrov", NameKind.PRIMARY)
                .identifier(new Identifier(IdType.PASSPORT, "-", null, null)).source(new SourceRef("ofac-sdn", "t")).build();

        assertThat(ScreenedPartyResolver.facts(listed).identifiers()).isEmpty();
        assertThat(new ScreenedPartyResolver(SCREENER, Screeners.DEFAULT_THRESHOLD, List.of(listed)).byIdentifier(NodeFacts.Id.of("PASSPORT", "1")))
                .isEmpty();
    }

    @Test
    void new_thresholdOutsideUnitInterval_refused() {
        assertThatThrownBy(() -> new ScreenedPartyResolver(SCREENER, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("threshold must be in (0,1], got 0.0");
    }
}
