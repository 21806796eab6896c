package org.kordon.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kordon.resolution.Listings.listing;
import static org.kordon.resolution.Listings.person;
import static org.kordon.resolution.Listings.putin;
import static org.kordon.resolution.Listings.snapshot;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kordon.matching.Algorithm;
import org.kordon.matching.Screeners;
import org.kordon.model.Entity;
import org.kordon.model.ListSnapshot;
import org.kordon.model.Schema;

/** The analysts' judgements as the resolver respects them (docs/RESOLUTION.md, "Judgements"). */
class ResolverJudgementTest {
    private static final Instant T0 = Instant.parse("2026-12-07T10:00:00Z");
    private static final String EU = "eu:32014R0269-I.PERSONS-669";
    private static final String OFAC = "ofac-sdn:35096";
    private static final String OFSI = "uk:14196";
    private static final String UKSL = "uk:RUS0251";
    private static final String IVANOV_US = "ofac-sdn:34598";
    private static final String IVANOV_UK = "uk:99001";

    private static Judgement join(String a, String b, int minute) {
        return new Judgement(Judgement.Kind.JOIN, a, b, "anna", "same person in the paper file", T0.plusSeconds(60L * minute));
    }

    private static Judgement split(String a, String b, int minute) {
        return new Judgement(Judgement.Kind.SPLIT, a, b, "bob", "two people: other father's name", T0.plusSeconds(60L * minute));
    }

    private static Resolution resolve(ListSnapshot s, Judgement... judgements) {
        return Resolver.resolve(s, Screeners.build(s, Algorithm.KORDON), List.of(judgements));
    }

    private static ListSnapshot putinAndIvanovs(Entity.Builder... more) {
        List<Entity.Builder> ls = new ArrayList<>(putin());
        ls.add(person(IVANOV_US, "ofac-sdn", "RUSSIA-EO14024", "IVANOV, Sergei Sergeevich", null));
        ls.add(person(IVANOV_UK, "uk-ofsi", "Russia", "Sergei Sergeevich IVANOV", null));
        ls.addAll(List.of(more));
        return snapshot(ls.toArray(Entity.Builder[]::new));
    }

    /** Judgements applied, superseded by a split of other listings, waiting: for {@link #putinAndIvanovs} with uk:99002. */
    private static List<Judgement> everyKindOfOutcome() {
        return List.of(split(IVANOV_US, "uk:99002", 0), join(IVANOV_US, IVANOV_UK, 1), join(IVANOV_UK, "uk:99002", 2),
                split(OFSI, UKSL, 3), join(EU, "uk:404", 4));
    }

    private static ResolvedEntity entityOf(Resolution r, String listing) {
        return r.find(listing).orElseThrow();
    }

    @Test
    void resolve_noJudgements_sameAsWithout() {
        ListSnapshot s = putinAndIvanovs();

        assertThat(resolve(s)).isEqualTo(Resolver.resolve(s));
        assertThat(resolve(s).judgements()).isEmpty();
    }

    @Test
    void split_beatsAStatedReference_andBlocksTheTransitiveMerge() {
        // uk:14196 and uk:RUS0251 share a UK reference; the other two join uk:14196 by name and birth date
        Resolution r = resolve(putinAndIvanovs(), split(OFSI, UKSL, 0));

        assertThat(entityOf(r, OFSI)).isNotEqualTo(entityOf(r, UKSL));
        assertThat(entityOf(r, UKSL).listingIds()).containsExactly(UKSL);
        assertThat(entityOf(r, OFSI).listingIds()).containsExactly(EU, OFAC, OFSI);
        assertThat(r.refused()).anySatisfy(f -> {
            assertThat(f.link().reason()).isEqualTo(LinkReason.UK_REFERENCE);
            assertThat(f.conflict()).startsWith("split of uk:14196 and uk:RUS0251 judged by bob at 2026-12-07T10:00:00Z: two people");
        });
        assertThat(r.judgements()).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(JudgementOutcome.Status.APPLIED);
            assertThat(o.detail()).isEqualTo("kept apart: ke:" + EU + " and ke:" + UKSL);
        });
    }

    @Test
    void split_ofTwoPossiblyTheSame_dropsTheWeakLink() {
        Resolution r = resolve(putinAndIvanovs(), split(IVANOV_US, IVANOV_UK, 0));

        assertThat(Resolver.resolve(putinAndIvanovs()).possiblySame()).isNotEmpty();
        assertThat(r.possiblySame()).isEmpty();
        assertThat(entityOf(r, IVANOV_US)).isNotEqualTo(entityOf(r, IVANOV_UK));
    }

    @Test
    void join_ofTwoPossiblyTheSame_isOneEntityLinkedByTheAnalyst() {
        Resolution r = resolve(putinAndIvanovs(), join(IVANOV_UK, IVANOV_US, 0));

        ResolvedEntity ivanov = entityOf(r, IVANOV_US);
        assertThat(ivanov.listingIds()).containsExactly(IVANOV_US, IVANOV_UK);
        assertThat(ivanov.id()).isEqualTo("ke:" + IVANOV_US);
        assertThat(ivanov.links()).singleElement().satisfies(l -> {
            assertThat(l.reason()).isEqualTo(LinkReason.ANALYST);
            assertThat(l.evidence()).isEqualTo("judged by anna at 2026-12-07T10:00:00Z: same person in the paper file");
        });
        assertThat(r.possiblySame()).isEmpty();
        assertThat(r.judgements()).singleElement().extracting(JudgementOutcome::status).isEqualTo(JudgementOutcome.Status.APPLIED);
        assertThat(r.stats().mergesByReason()).containsEntry(LinkReason.ANALYST, 1);
    }

    @Test
    void join_despiteConflictingBirthDates_namesTheConflictItOverrides() {
        ListSnapshot s = snapshot(
                person("ofac-sdn:1", "ofac-sdn", "RUSSIA-EO14024", "PETROV, Oleg", "1960-01-01"),
                person("uk:1", "uk-ofsi", "Russia", "Oleg PETROV", "1971-05-05"));

        Resolution r = resolve(s, join("ofac-sdn:1", "uk:1", 0));

        assertThat(r.entities()).singleElement().satisfies(e -> assertThat(e.links()).singleElement().satisfies(l ->
                assertThat(l.evidence()).endsWith("same person in the paper file; despite birth date [1960-01-01] (ofac-sdn:1) vs [1971-05-05] (uk:1)")));
        assertThat(r.judgements()).singleElement().satisfies(o -> assertThat(o.detail()).contains("in ke:ofac-sdn:1", "despite birth date"));
    }

    @Test
    void join_ofAPersonAndACompany_isNotAppliedAndSaysWhy() {
        ListSnapshot s = snapshot(
                person("ofac-sdn:1", "ofac-sdn", "RUSSIA-EO14024", "PETROV, Oleg", null),
                listing("uk:1", Schema.COMPANY, "uk-ofsi", "Russia", "Petrov Oleg LLC"));

        Resolution r = resolve(s, join("ofac-sdn:1", "uk:1", 0));

        assertThat(r.entities()).hasSize(2);
        assertThat(r.judgements()).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(JudgementOutcome.Status.NOT_APPLIED);
            assertThat(o.detail()).isEqualTo("schema Person (ofac-sdn:1) vs Company (uk:1): a join never crosses incompatible schemata");
        });
    }

    @Test
    void latestJudgementOnAPair_holds_theEarlierIsSuperseded() {
        ListSnapshot s = putinAndIvanovs();

        Resolution splitLast = resolve(s, join(IVANOV_US, IVANOV_UK, 0), split(IVANOV_UK, IVANOV_US, 5));
        Resolution joinLast = resolve(s, split(IVANOV_UK, IVANOV_US, 0), join(IVANOV_US, IVANOV_UK, 5));

        assertThat(entityOf(splitLast, IVANOV_US)).isNotEqualTo(entityOf(splitLast, IVANOV_UK));
        assertThat(splitLast.judgements()).extracting(JudgementOutcome::status)
                .containsExactly(JudgementOutcome.Status.NOT_APPLIED, JudgementOutcome.Status.APPLIED);
        assertThat(splitLast.judgements().get(0).detail()).isEqualTo("superseded by the later split of the same listings by bob at 2026-12-07T10:05:00Z");
        assertThat(entityOf(joinLast, IVANOV_US).listingIds()).containsExactly(IVANOV_US, IVANOV_UK);
    }

    @Test
    void join_contradictingASplitOfOtherListingsOfTheSameEntities_isNotApplied_theSplitWins() {
        ListSnapshot s = putinAndIvanovs(person("uk:99002", "uk-ofsi", "Ukraine", "Sergey IVANOV", null));

        Resolution r = resolve(s, split(IVANOV_US, "uk:99002", 0), join(IVANOV_US, IVANOV_UK, 1), join(IVANOV_UK, "uk:99002", 2));

        assertThat(entityOf(r, IVANOV_US).listingIds()).containsExactly(IVANOV_US, IVANOV_UK);
        assertThat(entityOf(r, "uk:99002").listingIds()).containsExactly("uk:99002");
        assertThat(r.judgements()).extracting(JudgementOutcome::status).containsExactly(
                JudgementOutcome.Status.APPLIED, JudgementOutcome.Status.APPLIED, JudgementOutcome.Status.NOT_APPLIED);
        assertThat(r.judgements().get(2).detail()).startsWith("split of ofac-sdn:34598 and uk:99002 judged by bob");
    }

    @Test
    void judgementOnAnAbsentListing_staysAndWaits_neverAnError() {
        Resolution r = resolve(putinAndIvanovs(), split(OFAC, "uk:404", 0));

        assertThat(entityOf(r, OFAC).listingIds()).hasSize(4);
        assertThat(r.judgements()).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(JudgementOutcome.Status.WAITING);
            assertThat(o.detail()).isEqualTo("listing uk:404 not in the lists resolved");
        });
    }

    @Test
    void stats_describe_countsJudgementsAndSaysWhyEachIsNotApplied() {
        ListSnapshot s = putinAndIvanovs();

        String d = resolve(s, split(OFAC, "uk:404", 0), join(IVANOV_US, IVANOV_UK, 1), split(IVANOV_US, IVANOV_UK, 2)).stats().describe();

        assertThat(d).contains("analysts' judgements: 3, 1 applied, 1 waiting for absent listings, 1 not applied\n")
                .contains("  waiting for absent listings: split ofac-sdn:35096 / uk:404 by bob: two people: other father's name"
                        + " (listing uk:404 not in the lists resolved)\n")
                .contains("  not applied: join ofac-sdn:34598 / uk:99001 by anna: same person in the paper file (superseded by the later split");
    }

    @Test
    void resolve_listingsAndJudgementsInAnyOrder_giveTheSameResolution() {
        ListSnapshot s = putinAndIvanovs(person("uk:99002", "uk-ofsi", "Ukraine", "Sergey IVANOV", null));
        List<Judgement> judgements = everyKindOfOutcome();
        Resolution first = Resolver.resolve(s, Screeners.build(s, Algorithm.KORDON), judgements);
        for (int seed = 0; seed < 5; seed++) {
            List<Entity> listings = new ArrayList<>(s.entities());
            Collections.shuffle(listings, new Random(seed));
            List<Judgement> js = new ArrayList<>(judgements);
            Collections.shuffle(js, new Random(seed));
            ListSnapshot shuffled = new ListSnapshot(List.of(), listings);

            assertThat(Resolver.resolve(shuffled, Screeners.build(shuffled, Algorithm.KORDON), js)).isEqualTo(first);
        }
    }

    @Test
    void of_linksAndJudgementsOfAFreshResolution_giveTheSameResolutionAndOutcomes() {
        ListSnapshot s = putinAndIvanovs(person("uk:99002", "uk-ofsi", "Ukraine", "Sergey IVANOV", null));
        List<Judgement> judgements = everyKindOfOutcome();
        Resolution fresh = Resolver.resolve(s, Screeners.build(s, Algorithm.KORDON), judgements);

        Resolution rebuilt = Resolution.of(s, fresh.followed(), fresh.possiblySame(), fresh.refused(), judgements);

        assertThat(rebuilt).isEqualTo(fresh);
        assertThat(rebuilt.stats()).isEqualTo(fresh.stats());
    }
}
