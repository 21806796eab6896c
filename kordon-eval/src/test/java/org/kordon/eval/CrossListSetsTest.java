package org.kordon.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kordon.model.DateRange;
import org.kordon.model.Entity;
import org.kordon.model.IdType;
import org.kordon.model.ListSnapshot;
import org.kordon.model.NameKind;
import org.kordon.model.PartialDate;
import org.kordon.model.Schema;
import org.kordon.model.SourceRef;
import org.kordon.resolution.Resolver;

class CrossListSetsTest {
    /** A listing of the list its id names ({@code ofac-sdn}, {@code eu}, {@code uk-ofsi}...). */
    private static Entity.Builder person(String id, String name) {
        String list = id.substring(0, id.indexOf(':'));
        return Entity.builder(id, Schema.PERSON).source(new SourceRef(list.equals("uk") ? "uk-ofsi" : list, null))
                .name(name, NameKind.PRIMARY);
    }

    private static Map<String, CrossListSets.Authority> byAuthority(Entity... listings) {
        ListSnapshot all = new ListSnapshot(List.of(), List.of(listings));
        return CrossListSets.of(all, Resolver.resolve(all), 10, 1).stream()
                .collect(Collectors.toMap(CrossListSets.Authority::authority, Function.identity()));
    }

    @Test
    void ofAPassportSharedByTwoAuthorities_eachNameIsScreenedAgainstTheOther_withItsOwnBirthDateAndNationality() {
        Map<String, CrossListSets.Authority> a = byAuthority(
                person("ofac-sdn:1", "IVANOV, Sergei").identifier(IdType.PASSPORT, "712345678")
                        .birthDate(DateRange.of(PartialDate.parse("1960-01-02"))).nationality("ru").build(),
                person("eu:9", "Sergey IVANOFF").identifier(IdType.PASSPORT, "712345678")
                        .birthDate(DateRange.of(PartialDate.parse("1960"))).build(),
                person("un:5", "Pavel Petrov").build());

        assertThat(a).containsOnlyKeys("ofac", "eu");
        assertThat(a.get("ofac").cases()).singleElement().satisfies(c -> {
            assertThat(c.category()).isEqualTo(CrossListSets.CATEGORY);
            assertThat(c.query()).isEqualTo("IVANOV, Sergei");
            assertThat(c.expected()).containsExactly("eu:9");
            assertThat(c.birthDate()).isEqualTo(PartialDate.parse("1960-01-02"));
            assertThat(c.country()).isEqualTo("ru");
            assertThat(c.tags()).containsExactly("person", "person/variant");
        });
        assertThat(a.get("ofac").others().entities()).extracting(Entity::id).containsExactlyInAnyOrder("eu:9", "un:5");
        assertThat(a.get("eu").cases()).singleElement().satisfies(c -> {
            assertThat(c.query()).isEqualTo("Sergey IVANOFF");
            assertThat(c.expected()).containsExactly("ofac-sdn:1");
            assertThat(c.birthDate()).isEqualTo(PartialDate.ofYear(1960));
            assertThat(c.country()).isNull();
        });
    }

    @Test
    void theSameNameTwice_isTaggedSameName_soThatTheVariantsCanBeReadApart() {
        Map<String, CrossListSets.Authority> a = byAuthority(
                person("ofac-sdn:1", "Sergei IVANOV").identifier(IdType.PASSPORT, "712345678").build(),
                person("uk:RUS1", "IVANOV, Sergei").identifier(IdType.PASSPORT, "712345678").build());

        assertThat(a.get("uk").cases()).singleElement().extracting(EvalCase::tags)
                .isEqualTo(List.of("person", "person/same-name"));
    }

    @Test
    void whatACaseShouldFind_isEveryListingOfItsEntityElsewhere_includingOnesLinkedByNameAndBirthDate() {
        Map<String, CrossListSets.Authority> a = byAuthority(
                person("ofac-sdn:1", "IVANOV, Sergei Petrovich").identifier(IdType.PASSPORT, "712345678")
                        .birthDate(DateRange.of(PartialDate.parse("1960-01-02"))).build(),
                person("eu:9", "Sergey Petrovich IVANOFF").identifier(IdType.PASSPORT, "712345678").build(),
                person("uk:RUS1", "IVANOV, Sergei Petrovich").birthDate(DateRange.of(PartialDate.parse("1960-01-02"))).build());

        assertThat(a.get("eu").cases()).singleElement().extracting(EvalCase::expected)
                .isEqualTo(java.util.Set.of("ofac-sdn:1", "uk:RUS1"));
        assertThat(a).doesNotContainKey("uk"); // tied to the others by its name only: not a case of its own
    }

    @Test
    void namesAlone_neverMakeACase_evenWhenTheResolverMergesThem() {
        // same name and full birth date: the resolver merges them, but on a name, which the set must not rely on
        assertThat(byAuthority(
                person("ofac-sdn:1", "Sergei IVANOV").birthDate(DateRange.of(PartialDate.parse("1960-01-02"))).build(),
                person("eu:9", "Sergei IVANOV").birthDate(DateRange.of(PartialDate.parse("1960-01-02"))).build()))
                .isEmpty();
    }

    @Test
    void twoListsOfOneAuthority_areNotAskedOfEachOther() {
        assertThat(byAuthority(
                person("uk:RUS1", "Sergei IVANOV").identifier(IdType.PASSPORT, "712345678").build(),
                person("uk:14196", "Sergey IVANOV").source(new SourceRef("uk-sl", null)).identifier(IdType.PASSPORT, "712345678").build()))
                .isEmpty();
    }
}
