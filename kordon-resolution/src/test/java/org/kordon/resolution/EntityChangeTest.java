package org.kordon.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kordon.resolution.Listings.person;
import static org.kordon.resolution.Listings.putin;
import static org.kordon.resolution.Listings.snapshot;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kordon.model.Entity;

/** What a new version of the lists did to resolved entities, beside what it did to listings. */
class EntityChangeTest {
    static final Entity.Builder LAVROV = person("ofac-sdn:35098", "ofac-sdn", "RUSSIA-EO14024", "LAVROV, Sergei Viktorovich", "1950-03-21");

    /** Each listing's entity id in {@code r}, as the workflow records it with a list version. */
    static Map<String, String> entityOfEachListing(Resolution r) {
        Map<String, String> m = new HashMap<>();
        r.entities().forEach(e -> e.listingIds().forEach(l -> m.put(l, e.id())));
        return m;
    }

    static Resolution putinWithout(String... missing) {
        List<Entity.Builder> ls = putin().stream().filter(b -> !List.of(missing).contains(b.build().id())).toList();
        return Resolver.resolve(snapshot(java.util.stream.Stream.concat(ls.stream(), java.util.stream.Stream.of(LAVROV)).toArray(Entity.Builder[]::new)));
    }

    @Test
    void between_listingAddedToAnEntityListedElsewhere_newlyListedByItsList_alreadyListedByTheOthers() {
        Resolution before = putinWithout("eu:32014R0269-I.PERSONS-669");
        Resolution after = putinWithout();

        List<EntityChange> cs = EntityChange.between(entityOfEachListing(before), after, Set.of("eu:32014R0269-I.PERSONS-669"), Set.of());

        assertThat(cs).singleElement().satisfies(c -> {
            assertThat(c.entityId()).isEqualTo("ke:eu:32014R0269-I.PERSONS-669");
            assertThat(c.describe()).startsWith("newly listed by eu-32014R0269 (eu:32014R0269-I.PERSONS-669); already listed by ofac-sdn, uk-ofsi, uk-sl");
            // the entity's id changed (a smaller listing id joined): the former one is named
            assertThat(c.describe()).endsWith("; formerly ke:ofac-sdn:35096");
        });
    }

    @Test
    void between_listingsOfANewParty_newlyListed() {
        Resolution before = Resolver.resolve(snapshot(putin().toArray(Entity.Builder[]::new)));
        Resolution after = putinWithout();

        List<EntityChange> cs = EntityChange.between(entityOfEachListing(before), after, Set.of("ofac-sdn:35098"), Set.of());

        assertThat(cs).singleElement().satisfies(c -> {
            assertThat(c.entityId()).isEqualTo("ke:ofac-sdn:35098");
            assertThat(c.describe()).isEqualTo("newly listed by ofac-sdn");
        });
    }

    @Test
    void between_oneListingRemoved_delistedAndStillListedByTheOthers() {
        Resolution before = putinWithout();
        Resolution after = putinWithout("uk:RUS0251");

        List<EntityChange> cs = EntityChange.between(entityOfEachListing(before), after, Set.of(), Set.of("uk:RUS0251"));

        assertThat(cs).singleElement().extracting(EntityChange::describe)
                .isEqualTo("delisted: uk:RUS0251 removed; still listed by eu-32014R0269, ofac-sdn, uk-ofsi");
    }

    @Test
    void between_everyListingRemoved_noLongerListedUnderItsFormerId() {
        Resolution before = putinWithout();
        Resolution after = Resolver.resolve(snapshot(LAVROV));

        List<EntityChange> cs = EntityChange.between(entityOfEachListing(before), after, Set.of(),
                Set.copyOf(before.find("ofac-sdn:35096").orElseThrow().listingIds()));

        assertThat(cs).singleElement().satisfies(c -> {
            assertThat(c.entityId()).isEqualTo("ke:eu:32014R0269-I.PERSONS-669");
            assertThat(c.describe()).isEqualTo("no longer listed: eu:32014R0269-I.PERSONS-669, ofac-sdn:35096, uk:14196, uk:RUS0251 removed");
        });
    }

    @Test
    void between_previousGroupingUnknown_onlyAdditionsDescribed() {
        List<EntityChange> cs = EntityChange.between(Map.of(), putinWithout(), Set.of("ofac-sdn:35098"), Set.of("uk:0000"));

        assertThat(cs).extracting(EntityChange::describe).containsExactly("newly listed by ofac-sdn");
    }

    @Test
    void between_nothingChanged_nothing() {
        Resolution r = putinWithout();

        assertThat(EntityChange.between(entityOfEachListing(r), r, Set.of(), Set.of())).isEmpty();
    }
}
