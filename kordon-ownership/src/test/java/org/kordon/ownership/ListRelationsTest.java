package org.kordon.ownership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The lists' own relations (issue 23): OFAC "Linked To:" and the EU's owned/controlled/associated wording. */
class ListRelationsTest {
    @Test
    void ofacLinkedTo_isALinkToTheNamedEntry() {
        assertThat(ListRelations.parse("ofac-sdn:1", "DOB 01 Sep 1964; POB Al Ladhiqiyah, Syria; Gender Male; Linked To: MAKHLUF, Rami."))
                .containsExactly(new ListRelations.Relation("ofac-sdn:1", ListRelations.Kind.LINKED, "MAKHLUF, Rami", "Linked To: MAKHLUF, Rami"));
    }

    @Test
    void ofacLinkedTo_nameWithFullStopsAndSeveralLinks_eachReadWhole() {
        assertThat(ListRelations.parse("ofac-sdn:2", "Linked To: GRUPO IMPERGOZA, S.A.; Linked To: HIZBALLAH."))
                .extracting(ListRelations.Relation::targetName).containsExactly("GRUPO IMPERGOZA, S.A", "HIZBALLAH");
    }

    @Test
    void euOwnedBy_isOwnedStoppingAtTheEndOfTheName() {
        assertThat(ListRelations.parse("eu:7", "The company is owned by Furdberg Holding Limited to closely associated persons."))
                .containsExactly(new ListRelations.Relation("eu:7", ListRelations.Kind.OWNED, "Furdberg Holding Limited",
                        "owned by Furdberg Holding Limited"));
    }

    @Test
    void euOwnedOrControlledBy_isControlNotOwnership() {
        assertThat(ListRelations.parse("eu:8", "It is controlled by Gazprom Media (a State-owned company)."))
                .extracting(ListRelations.Relation::kind, ListRelations.Relation::targetName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ListRelations.Kind.CONTROLLED, "Gazprom Media"));
        assertThat(ListRelations.parse("eu:9", "entities owned or controlled by Rosneft.")).singleElement()
                .extracting(ListRelations.Relation::kind).isEqualTo(ListRelations.Kind.CONTROLLED);
    }

    @Test
    void euAssociatedEntities_isALink() {
        assertThat(ListRelations.parse("eu:10", "Associated entities: JSC RIC TECMASH")).singleElement()
                .extracting(ListRelations.Relation::kind).isEqualTo(ListRelations.Kind.LINKED);
    }

    @Test
    void resolve_keepsOnlyNamesOfListedEntities_foldingCaseAndPunctuation() {
        List<ListRelations.Relation> rs = ListRelations.parse("eu:11",
                "controlled by the separatist groups, especially in energy; owned by Furdberg Holding Limited.");
        Map<String, String> listed = Map.of(ListRelations.fold("FURDBERG HOLDING LIMITED"), "eu:12");

        assertThat(ListRelations.resolve(rs, listed::get)).singleElement().satisfies(r -> {
            assertThat(r.targetId()).isEqualTo("eu:12");
            assertThat(r.relation().kind()).isEqualTo(ListRelations.Kind.OWNED);
        });
    }

    @Test
    void noRelationWords_noRelation() {
        assertThat(ListRelations.parse("ofac-sdn:3", "DOB 1953; nationality Russia; Passport 123")).isEmpty();
    }
}
