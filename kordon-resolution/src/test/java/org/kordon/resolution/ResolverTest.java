package org.kordon.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kordon.resolution.Listings.id;
import static org.kordon.resolution.Listings.labelled;
import static org.kordon.resolution.Listings.listing;
import static org.kordon.resolution.Listings.person;
import static org.kordon.resolution.Listings.putin;
import static org.kordon.resolution.Listings.snapshot;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kordon.model.Entity;
import org.kordon.model.IdType;
import org.kordon.model.ListSnapshot;
import org.kordon.model.Schema;

class ResolverTest {
    private static ResolvedEntity entityOf(Resolution r, String listing) {
        return r.find(listing).orElseThrow();
    }

    @Test
    void resolve_putinsFourListings_areOneEntity() {
        List<Entity.Builder> listings = new ArrayList<>(putin());
        listings.add(person("uk:15386", "uk-ofsi", "Russia", "Igor Alexandrovich PUTIN", "1953-03-30").nationality("ru"));
        Resolution r = Resolver.resolve(snapshot(listings.toArray(Entity.Builder[]::new)));

        ResolvedEntity putin = entityOf(r, "ofac-sdn:35096");
        assertThat(putin.listingIds()).containsExactly(
                "eu:32014R0269-I.PERSONS-669", "ofac-sdn:35096", "uk:14196", "uk:RUS0251");
        assertThat(putin.id()).isEqualTo("ke:eu:32014R0269-I.PERSONS-669");
        assertThat(putin.links()).extracting(Link::reason)
                .contains(LinkReason.UK_REFERENCE, LinkReason.NAME_AND_BIRTH_DATE);
        assertThat(entityOf(r, "uk:15386").listingIds()).containsExactly("uk:15386");
        assertThat(r.find("ke:eu:32014R0269-I.PERSONS-669")).contains(putin);
    }

    @Test
    void resolve_twoSergeiIvanovsWithDifferentBirthYears_areTwoEntitiesAndNotPossiblyTheSame() {
        Resolution r = Resolver.resolve(snapshot(
                person("ofac-sdn:34598", "ofac-sdn", "RUSSIA-EO14024", "IVANOV, Sergei Sergeevich", "1980-10-23"),
                person("uk:99001", "uk-ofsi", "Russia", "Sergei Sergeevich IVANOV", "1953")));

        assertThat(r.entities()).hasSize(2);
        assertThat(r.possiblySame()).isEmpty();
    }

    @Test
    void resolve_twoSergeiIvanovsWithNothingToTellThemApart_stayTwoButPossiblyTheSame() {
        Resolution r = Resolver.resolve(snapshot(
                person("ofac-sdn:34598", "ofac-sdn", "RUSSIA-EO14024", "IVANOV, Sergei Sergeevich", null),
                person("uk:99001", "uk-ofsi", "Russia", "Sergei Sergeevich IVANOV", null)));

        assertThat(r.entities()).hasSize(2);
        assertThat(r.possiblySame()).singleElement().satisfies(l -> {
            assertThat(l.reason()).isEqualTo(LinkReason.POSSIBLY_SAME);
            assertThat(l.from()).isEqualTo("ofac-sdn:34598");
            assertThat(l.to()).isEqualTo("uk:99001");
        });
    }

    @Test
    void resolve_sameNameWithDayAndMonthSwapped_isPossiblyTheSameButNotMerged() {
        Resolution r = Resolver.resolve(snapshot(
                person("ofac-sdn:37178", "ofac-sdn", "RUSSIA-EO14024", "BULAEV, Nikolay Ivanovich", "1949-09-01"),
                person("uk:15499", "uk-ofsi", "Russia", "Nikolai Ivanovich BULAEV", "1949-01-09")));

        assertThat(r.entities()).hasSize(2);
        assertThat(r.possiblySame()).singleElement()
                .satisfies(l -> assertThat(l.evidence()).contains("birth date [1949-09-01]").contains("[1949-01-09]"));
    }

    @Test
    void resolve_sameFullNameBirthYearAndNationality_merge_butABirthYearAloneIsPossiblyTheSame() {
        Resolution r = Resolver.resolve(snapshot(
                person("ofac-sdn:7879", "ofac-sdn", "IRAQ2", "AL-TIKRITI, Watban Ibrahim Hassan", "1952").nationality("iq"),
                person("uk:7611", "uk-ofsi", "Iraq", "WATBAN IBRAHIM HASSAN AL-TIKRITI", "1952").nationality("iq"),
                person("ofac-sdn:9001", "ofac-sdn", "SDGT", "MOHAMMAD, Haji Baz", "1964"),
                person("un:TAi.999", "un", "Taliban", "HAJI BAZ MOHAMMAD", "1964")));

        assertThat(entityOf(r, "uk:7611").links()).singleElement().satisfies(l -> {
            assertThat(l.reason()).isEqualTo(LinkReason.NAME_BIRTH_YEAR_AND_NATIONALITY);
            assertThat(l.evidence()).endsWith("born 1952, nationality iq");
        });
        assertThat(entityOf(r, "un:TAi.999").listingIds()).containsExactly("un:TAi.999");
        assertThat(r.possiblySame()).extracting(Link::from).containsExactly("ofac-sdn:9001");
    }

    @Test
    void resolve_twoListingsOfOneList_areNeverMergedHoweverAlike() {
        Resolution r = Resolver.resolve(snapshot(
                person("ofac-sdn:1", "ofac-sdn", "SDGT", "AHMED, Ali", "1970-01-01"),
                person("ofac-sdn:2", "ofac-sdn", "SDGT", "AHMED, Ali", "1970-01-01")));

        assertThat(r.entities()).hasSize(2);
        assertThat(r.possiblySame()).isEmpty();
    }

    @Test
    void resolve_sharedImo_linksTwoVesselListingsWhateverTheirNames() {
        Resolution r = Resolver.resolve(snapshot(
                listing("eu:32014R0833-XLII-17", Schema.VESSEL, "eu-32014R0833", "EU-RUS", "Daksha")
                        .identifier(id(IdType.IMO, "9259185", null)),
                listing("ofac-sdn:48415", Schema.VESSEL, "ofac-sdn", "RUSSIA-EO14024", "HEBE")
                        .identifier(id(IdType.IMO, "IMO 9259185", null))));

        ResolvedEntity vessel = entityOf(r, "ofac-sdn:48415");
        assertThat(vessel.listingIds()).containsExactly("eu:32014R0833-XLII-17", "ofac-sdn:48415");
        assertThat(vessel.links()).singleElement().satisfies(l -> {
            assertThat(l.reason()).isEqualTo(LinkReason.IMO);
            assertThat(l.evidence()).isEqualTo("9259185");
        });
        assertThat(vessel.names()).extracting(a -> a.value().value() + " @ " + a.listing())
                .containsExactly("Daksha @ eu:32014R0833-XLII-17", "HEBE @ ofac-sdn:48415");
    }

    @Test
    void resolve_sharedImoBetweenACompanyAndAVessel_isRefusedForTheSchema() {
        Resolution r = Resolver.resolve(snapshot(
                listing("ofac-sdn:1", Schema.ORGANIZATION, "ofac-sdn", "IRAN", "ACME SHIPPING CO")
                        .identifier(id(IdType.IMO, "5123456", null)),
                listing("uk:2", Schema.VESSEL, "uk-ofsi", "Iran", "ACME STAR").identifier(id(IdType.IMO, "5123456", null))));

        assertThat(r.entities()).hasSize(2);
        assertThat(r.refused()).singleElement().satisfies(x -> assertThat(x.conflict()).startsWith("schema Organization"));
    }

    @Test
    void resolve_aConflictAnywhereInTheEntity_blocksATransitiveMerge() {
        // uk:1 and eu:1 share an INN; eu:1 and ofac-sdn:1 share a passport; but uk:1 and ofac-sdn:1 were born
        // eleven years apart, so the passport link would make one party of two people and is refused.
        Resolution r = Resolver.resolve(snapshot(
                person("ofac-sdn:1", "ofac-sdn", "RUSSIA-EO14024", "PETROV, Oleg", "1960-01-01")
                        .identifier(id(IdType.PASSPORT, "753001122", "ru")),
                person("eu:32014R0269-I.PERSONS-1", "eu-32014R0269", "EU-UKR", "Oleg PETROV", null)
                        .identifier(id(IdType.PASSPORT, "753001122", "ru"))
                        .identifier(new org.kordon.model.Identifier(IdType.TAX_ID, "770100200300", "ru", "INN")),
                person("uk:1", "uk-ofsi", "Russia", "Oleg PETROV", "1971-05-05")
                        .identifier(new org.kordon.model.Identifier(IdType.TAX_ID, "770100200300", "ru", "INN"))));

        assertThat(entityOf(r, "uk:1").listingIds()).containsExactly("eu:32014R0269-I.PERSONS-1", "uk:1");
        assertThat(entityOf(r, "ofac-sdn:1").listingIds()).containsExactly("ofac-sdn:1");
        assertThat(r.refused()).singleElement().satisfies(x -> {
            assertThat(x.link().reason()).isEqualTo(LinkReason.PASSPORT);
            assertThat(x.conflict()).contains("birth date").contains("ofac-sdn:1").contains("uk:1");
        });
    }

    @Test
    void resolve_sameNameAndBirthDateButDifferentNationality_isRefusedAsAConflict() {
        Resolution r = Resolver.resolve(snapshot(
                person("ofac-sdn:1", "ofac-sdn", "UKRAINE-EO13660", "BAKHAREV, Konstantin Mikhailovich", "1972-10-20").nationality("ru"),
                person("uk:1", "uk-ofsi", "Russia", "Konstantin Mikhailovich BAKHAREV", "1972-10-20").nationality("ua")));

        assertThat(r.entities()).hasSize(2);
        assertThat(r.possiblySame()).isEmpty();
    }

    @Test
    void resolve_aBranchBicAndTheBankBic_areOneBank() {
        Resolution r = Resolver.resolve(snapshot(
                listing("eu:32014R0269-I.ENTITIES-79", Schema.LEGAL_ENTITY, "eu-32014R0269", "EU-UKR", "Otkritie FC Bank")
                        .identifier(id(IdType.BIC, "JSNMRUMM", null)),
                listing("ofac-sdn:34497", Schema.ORGANIZATION, "ofac-sdn", "RUSSIA-EO14024",
                        "PUBLIC JOINT STOCK COMPANY BANK FINANCIAL CORPORATION OTKRITIE")
                        .identifier(id(IdType.BIC, "JSNMRUMMXXX", null)),
                listing("uk:1", Schema.ORGANIZATION, "uk-ofsi", "Russia", "OTKRITIE BANK KALININGRAD BRANCH")
                        .identifier(id(IdType.BIC, "JSNMRUMM012", null))));

        assertThat(r.entities()).singleElement().satisfies(e -> assertThat(e.links()).extracting(Link::reason)
                .containsOnly(LinkReason.BIC));
    }

    @Test
    void resolve_aPassportNumberIssuedByTwoCountries_linksNothing() {
        Resolution r = Resolver.resolve(snapshot(
                person("ofac-sdn:1", "ofac-sdn", "SDGT", "KHAN, Amir", null).identifier(id(IdType.PASSPORT, "A1234567", "pk")),
                person("uk:1", "uk-ofsi", "Afghanistan", "Abdul RAHMAN", null).identifier(id(IdType.PASSPORT, "A1234567", "af"))));

        assertThat(r.entities()).hasSize(2);
    }

    @Test
    void resolve_aUnReferenceStatedByTheUk_mergesDespiteABirthDateOneMonthApartAndSaysSo() {
        Resolution r = Resolver.resolve(snapshot(
                person("un:KPi.028", "un", "DPRK", "PAK CHOL NAM", "1959-08-08"),
                person("uk:13338", "uk-ofsi", "Democratic People's Republic of Korea", "PAK Chol Nam", "1959-09-08")
                        .identifier(labelled("UN Ref", "KPi.028."))));

        ResolvedEntity e = entityOf(r, "uk:13338");
        assertThat(e.listingIds()).containsExactly("uk:13338", "un:KPi.028");
        assertThat(e.links()).singleElement().satisfies(l -> {
            assertThat(l.reason()).isEqualTo(LinkReason.UN_REFERENCE);
            assertThat(l.evidence()).startsWith("KPI.028; despite birth date");
        });
        assertThat(e.birthDates()).extracting(a -> a.value() + " @ " + a.listing())
                .containsExactly("1959-09-08 @ uk:13338", "1959-08-08 @ un:KPi.028");
    }

    @Test
    void resolve_organisationsWithTheSameNameAndCountry_merge_andWithoutACountry_arePossiblyTheSame() {
        Resolution r = Resolver.resolve(snapshot(
                listing("ofac-sdn:40801", Schema.ORGANIZATION, "ofac-sdn", "RUSSIA-EO14024", "BANK ZENIT PUBLIC JOINT STOCK COMPANY").country("ru"),
                listing("uk:15772", Schema.ORGANIZATION, "uk-ofsi", "Russia", "BANK ZENIT PJSC").country("ru"),
                listing("eu:32014R0269-I.ENTITIES-30", Schema.LEGAL_ENTITY, "eu-32014R0269", "EU-UKR", "Sparta battalion"),
                listing("uk:13219", Schema.ORGANIZATION, "uk-ofsi", "Russia", "SPARTA BATTALION")));

        assertThat(entityOf(r, "uk:15772").listingIds()).containsExactly("ofac-sdn:40801", "uk:15772");
        assertThat(entityOf(r, "uk:13219").listingIds()).containsExactly("uk:13219");
        assertThat(r.possiblySame()).extracting(Link::from, Link::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("eu:32014R0269-I.ENTITIES-30", "uk:13219"));
    }

    @Test
    void resolve_listingsInAnyOrder_giveTheSameEntitiesIdsAndLinks() {
        List<Entity.Builder> builders = new ArrayList<>(putin());
        builders.add(person("uk:15386", "uk-ofsi", "Russia", "Igor Alexandrovich PUTIN", "1953-03-30"));
        builders.add(person("ofac-sdn:34598", "ofac-sdn", "RUSSIA-EO14024", "IVANOV, Sergei Sergeevich", null));
        builders.add(person("uk:99001", "uk-ofsi", "Russia", "Sergei Sergeevich IVANOV", null));
        List<Entity> listings = builders.stream().map(Entity.Builder::build).toList();
        Resolution first = Resolver.resolve(new ListSnapshot(List.of(), listings));
        for (int seed = 0; seed < 5; seed++) {
            List<Entity> shuffled = new ArrayList<>(listings);
            Collections.shuffle(shuffled, new Random(seed));
            assertThat(Resolver.resolve(new ListSnapshot(List.of(), shuffled))).isEqualTo(first);
        }
    }

    @Test
    void resolve_anEntityId_survivesANewListingWithALargerId() {
        List<Entity.Builder> three = new ArrayList<>(putin().subList(0, 3));
        String before = entityOf(Resolver.resolve(snapshot(three.toArray(Entity.Builder[]::new))), "ofac-sdn:35096").id();
        String after = entityOf(Resolver.resolve(snapshot(putin().toArray(Entity.Builder[]::new))), "ofac-sdn:35096").id();

        assertThat(after).isEqualTo(before).isEqualTo("ke:eu:32014R0269-I.PERSONS-669");
    }

    @Test
    void stats_countListingsEntitiesLinksByReasonAndRefusals() {
        List<Entity.Builder> builders = new ArrayList<>(putin());
        builders.add(person("ofac-sdn:34598", "ofac-sdn", "RUSSIA-EO14024", "IVANOV, Sergei Sergeevich", null));
        builders.add(person("uk:99001", "uk-ofsi", "Russia", "Sergei Sergeevich IVANOV", null));
        ResolutionStats s = Resolver.resolve(snapshot(builders.toArray(Entity.Builder[]::new))).stats();

        assertThat(s.listings()).isEqualTo(6);
        assertThat(s.entities()).isEqualTo(3);
        assertThat(s.merged()).isEqualTo(1);
        assertThat(s.possiblySame()).isEqualTo(1);
        assertThat(s.refused()).isZero();
        assertThat(s.mergesByReason()).containsEntry(LinkReason.UK_REFERENCE, 2);
        assertThat(s.describe()).contains("listings: 6").contains("entities: 3 (1 of two or more listings)")
                .contains("UK sanctions list reference: 2").doesNotContain("judgements");
    }
}
