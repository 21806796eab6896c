package org.kordon.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kordon.model.Entity;
import org.kordon.model.IdType;
import org.kordon.model.ListSnapshot;
import org.kordon.model.NameKind;
import org.kordon.model.Sanction;
import org.kordon.model.Schema;
import org.kordon.model.SourceRef;

class ListDiffTest {
    private static final SourceRef V1 = new SourceRef("ofac-sdn", "2024-05-03");
    private static final SourceRef V2 = new SourceRef("ofac-sdn", "2024-06-01");

    private static Entity.Builder sber(SourceRef v) {
        return Entity.builder("ofac-sdn:1", Schema.ORGANIZATION).source(v)
                .name("SBERBANK", NameKind.PRIMARY)
                .identifier(IdType.BIC, "SABRRUMM")
                .sanction(new Sanction("OFAC", List.of("RUSSIA-EO14024"), null, null, null));
    }

    private static ListSnapshot snap(SourceRef v, Entity... es) {
        return new ListSnapshot(List.of(v), List.of(es));
    }

    @Test
    void diff_sameContentNewVersion_isEmpty() {
        assertThat(ListDiff.compute(snap(V1, sber(V1).build()), snap(V2, sber(V2).build())).isEmpty()).isTrue();
    }

    @Test
    void diff_newAlias_isOneAddedNameValue() {
        ListDiff d = ListDiff.compute(snap(V1, sber(V1).build()),
                snap(V2, sber(V2).name("SBERBANK OF RUSSIA", NameKind.ALIAS).build()));
        assertThat(d.changed()).singleElement().satisfies(c -> assertThat(c.fields()).containsExactly(
                new ListDiff.FieldChange("names", List.of("alias: SBERBANK OF RUSSIA"), List.of())));
    }

    @Test
    void diff_newProgramme_showsInProgramsAndSanctions() {
        Entity after = sber(V2).sanction(new Sanction("OFAC", List.of("UKRAINE-EO13662"), null, null, null)).build();
        ListDiff d = ListDiff.compute(snap(V1, sber(V1).build()), snap(V2, after));
        assertThat(d.changed().get(0).fields()).extracting(ListDiff.FieldChange::field)
                .containsExactly("programs", "sanctions");
        assertThat(d.changed().get(0).fields().get(0).added()).containsExactly("UKRAINE-EO13662");
    }

    @Test
    void diff_addedAndRemovedEntities_areListedInOrder() {
        Entity vtb = Entity.builder("ofac-sdn:2", Schema.ORGANIZATION).source(V2).name("VTB BANK", NameKind.PRIMARY).build();
        ListDiff d = ListDiff.compute(snap(V1, sber(V1).build()), snap(V2, vtb));
        assertThat(d.added()).extracting(Entity::id).containsExactly("ofac-sdn:2");
        assertThat(d.removed()).extracting(Entity::id).containsExactly("ofac-sdn:1");
        assertThat(d.changed()).isEmpty();
    }

    @Test
    void diff_reorderedAliases_isNoChange() {
        Entity a = sber(V1).name("A", NameKind.ALIAS).name("B", NameKind.ALIAS).build();
        Entity b = sber(V2).name("B", NameKind.ALIAS).name("A", NameKind.ALIAS).build();
        assertThat(ListDiff.compute(snap(V1, a), snap(V2, b)).changed()).isEmpty();
    }
}
