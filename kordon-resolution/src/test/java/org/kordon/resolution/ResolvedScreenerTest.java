package org.kordon.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kordon.resolution.Listings.id;
import static org.kordon.resolution.Listings.labelled;
import static org.kordon.resolution.Listings.person;
import static org.kordon.resolution.Listings.putin;
import static org.kordon.resolution.Listings.snapshot;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kordon.matching.Algorithm;
import org.kordon.matching.Contribution;
import org.kordon.matching.Match;
import org.kordon.matching.Query;
import org.kordon.matching.Screeners;
import org.kordon.model.Entity;
import org.kordon.model.IdType;
import org.kordon.model.ListSnapshot;
import org.kordon.model.PartialDate;

class ResolvedScreenerTest {
    private static final double T = Screeners.DEFAULT_THRESHOLD;

    /**
     * One man on three lists: the UK Sanctions List gives his name only (and matches "Ali Reza Khan" in full), OFSI
     * his birth date and passport under the same UK reference, OFAC his birth date and nationality.
     */
    private static ListSnapshot khan() {
        return snapshot(
                person("uk:RUS9001", "uk-sl", "Russia", "KHAN Ali Reza", null)
                        .identifier(labelled("OFSI Group ID", "9001"))
                        .identifier(labelled("UK Sanctions List Ref", "RUS9001")),
                person("uk:9001", "uk-ofsi", "Russia", "Ali Reza Hossein KHAN", "1970-05-12")
                        .identifier(labelled("UK Sanctions List Ref", "RUS9001"))
                        .identifier(id(IdType.PASSPORT, "P1234567", "ir")),
                person("ofac-sdn:1001", "ofac-sdn", "IRAN", "KHAN, Ali Reza Hossein", "1970-05-12").nationality("ir"),
                person("ofac-sdn:2002", "ofac-sdn", "IRAN", "KHANI, Ali", "1981-01-01"));
    }

    private static ResolvedScreener screener(ListSnapshot s) {
        return ResolvedScreener.build(s, Resolver.resolve(s), Algorithm.KORDON);
    }

    private static Contribution feature(Match m, String feature) {
        return m.explanation().contributions().stream().filter(c -> c.feature().equals(feature)).findFirst().orElse(null);
    }

    @Test
    void screen_putinOnFourLists_returnsOneResultWithSameAs() {
        List<Entity.Builder> ls = new ArrayList<>(putin());
        ResolvedScreener s = screener(snapshot(ls.toArray(Entity.Builder[]::new)));

        List<ResolvedMatch> m = s.screen(Query.of("Vladimir Vladimirovich Putin"), T, 5);

        assertThat(m).singleElement().satisfies(r -> {
            assertThat(r.entity().id()).isEqualTo("ke:eu:32014R0269-I.PERSONS-669");
            assertThat(r.listing().id()).isEqualTo("eu:32014R0269-I.PERSONS-669");
            assertThat(r.sameAs()).containsExactly("ofac-sdn:35096", "uk:14196", "uk:RUS0251");
        });
    }

    @Test
    void screen_birthDateOnlyAnotherListingGives_countsForTheListingWhoseNameMatchedBest() {
        ListSnapshot lists = khan();
        Query born1970 = Query.of("Ali Reza Khan").withBirthDate(PartialDate.parse("1970"));

        ResolvedMatch r = screener(lists).screen(born1970, T, 5).get(0);
        Match plain = Screeners.build(lists, Algorithm.KORDON).screen(born1970, T, 5).get(0);

        assertThat(r.listing().id()).isEqualTo("uk:RUS9001");
        assertThat(r.listing().birthDates()).as("the listing is shown as its list gives it").isEmpty();
        assertThat(feature(r.match(), "birth-date")).isNotNull().extracting(Contribution::detail).asString()
                .contains("matches").endsWith("(given by ofac-sdn, uk-ofsi)");
        assertThat(plain.entity().id()).isEqualTo("uk:RUS9001");
        assertThat(feature(plain, "birth-date")).as("alone, the UK Sanctions List row has no birth date").isNull();
    }

    @Test
    void listings_oneMatchPerListing_eachAsItsListGivesIt_scoredWithTheEntitysData() {
        Query born1970 = Query.of("Ali Reza Khan").withBirthDate(PartialDate.parse("1970"));

        List<Match> m = screener(khan()).listings().screen(born1970, T, 10);

        assertThat(m).extracting(x -> x.entity().id()).contains("uk:RUS9001", "uk:9001", "ofac-sdn:1001");
        Match ukSl = m.stream().filter(x -> x.entity().id().equals("uk:RUS9001")).findFirst().orElseThrow();
        assertThat(ukSl.entity().birthDates()).isEmpty();
        assertThat(feature(ukSl, "birth-date").detail()).endsWith("(given by ofac-sdn, uk-ofsi)");
    }

    @Test
    void screen_evidenceTheMatchedListingGivesItself_notAttributed() {
        Query born1970 = Query.of("Ali Reza Hossein Khan").withBirthDate(PartialDate.parse("1970"));

        ResolvedMatch r = screener(khan()).screen(born1970, T, 5).get(0);

        assertThat(r.listing().birthDates()).isNotEmpty();
        assertThat(feature(r.match(), "birth-date").detail()).doesNotContain("given by");
    }

    @Test
    void screen_birthDateAnotherListingContradicts_lowersTheEntityBelowTheThreshold() {
        ListSnapshot lists = khan();
        Query born1990 = Query.of("Ali Reza Khan").withBirthDate(PartialDate.parse("1990"));

        assertThat(Screeners.build(lists, Algorithm.KORDON).screen(born1990, T, 5))
                .extracting(m -> m.entity().id()).contains("uk:RUS9001");
        assertThat(screener(lists).screen(born1990, T, 5)).extracting(r -> r.entity().id()).doesNotContain("ke:ofac-sdn:1001");
    }

    @Test
    void screen_passportOnlyAnotherListingGives_countsAsIdentifier() {
        Query withPassport = Query.of("Ali Reza Khan").withIdentifiers(List.of("P1234567"));

        ResolvedMatch r = screener(khan()).screen(withPassport, T, 5).get(0);

        assertThat(r.listing().id()).isEqualTo("uk:RUS9001");
        assertThat(feature(r.match(), "identifier")).isNotNull().extracting(Contribution::detail).asString().endsWith("(given by uk-ofsi)");
        assertThat(r.sameAs()).containsExactly("ofac-sdn:1001", "uk:9001");
    }

    @Test
    void screen_topCountsResolvedEntities_notListings() {
        ListSnapshot lists = khan();
        Query q = Query.of("Ali Reza Khan");

        List<ResolvedMatch> top2 = screener(lists).screen(q, 0.5, 2);

        assertThat(Screeners.build(lists, Algorithm.KORDON).screen(q, 0.5, 2)).extracting(m -> m.entity().id())
                .as("two listings of one man fill a plain top 2").containsExactly("uk:RUS9001", "ofac-sdn:1001");
        assertThat(top2).extracting(r -> r.entity().id()).containsExactly("ke:ofac-sdn:1001", "ke:ofac-sdn:2002");
    }

    @Test
    void screen_entityWithMoreListingsThanFirstAsked_stillFillsTheTop() {
        List<Entity.Builder> ls = new ArrayList<>();
        for (int i = 1; i <= 3 * ResolvedScreener.FANOUT; i++) {
            ls.add(person("l" + i + ":1", "l" + i, "P", "Ali Reza KHAN", "1970-05-12"));
        }
        ls.add(person("z:1", "z", "P", "KHANI, Ali", "1981-01-01"));
        ListSnapshot lists = snapshot(ls.toArray(Entity.Builder[]::new));

        List<ResolvedMatch> top2 = screener(lists).screen(Query.of("Ali Reza Khan"), 0.5, 2);

        assertThat(top2).hasSize(2);
        assertThat(top2.get(0).entity().listings()).hasSize(3 * ResolvedScreener.FANOUT);
        assertThat(top2.get(1).listing().id()).isEqualTo("z:1");
    }

    @Test
    void screen_withAListingFilter_countsOnlyThoseListingsMatches() {
        List<ResolvedMatch> m = screener(khan()).screen(Query.of("Ali Reza Khan"), T, 5,
                e -> e.source().list().equals("ofac-sdn"));

        assertThat(m).singleElement().satisfies(r -> {
            assertThat(r.listing().id()).isEqualTo("ofac-sdn:1001");
            assertThat(r.sameAs()).containsExactly("uk:9001", "uk:RUS9001");
        });
    }

    @Test
    void entity_findsByListingIdAndByEntityId() {
        ResolvedScreener s = screener(khan());

        assertThat(s.entity("uk:9001")).map(ResolvedEntity::id).contains("ke:ofac-sdn:1001");
        assertThat(s.entity("ke:ofac-sdn:1001")).map(ResolvedEntity::listingIds).contains(List.of("ofac-sdn:1001", "uk:9001", "uk:RUS9001"));
        assertThat(s.entity("ke:nothing")).isEmpty();
    }

    @Test
    void build_resolutionOfOtherListings_isRefused() {
        Resolution other = Resolver.resolve(snapshot(putin().toArray(Entity.Builder[]::new)));

        assertThatThrownBy(() -> ResolvedScreener.build(khan(), other, Algorithm.KORDON))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("uk:RUS9001");
    }
}
