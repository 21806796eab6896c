package org.kordon.ownership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Linking graph nodes to listed entities by the evidence on both sides (issue 23): by id, by identifier, by name with
 * agreeing data; a name alone, or a name the data contradicts, makes the node undetermined, never blocked.
 */
class ListLinksTest {
    static final LocalDate DAY = LocalDate.of(2026, 1, 1);

    static OwnershipGraph graph(Node... nodes) {
        OwnershipGraph.Builder b = OwnershipGraph.builder();
        for (Node n : nodes) {
            b.node(n);
        }
        return b.build();
    }

    /** A resolver that knows one listed entity by one name and its identifiers. */
    static ListedPartyResolver knows(String name, ListedPartyResolver.Candidate c) {
        return new ListedPartyResolver() {
            @Override
            public List<ListedPartyResolver.Candidate> byName(String n, NodeKind kind, NodeFacts facts) {
                return n.equals(name) ? List.of(c) : List.of();
            }

            @Override
            public List<ListedPartyResolver.Candidate> byIdentifier(NodeFacts.Id id) {
                return c.listed().identifiers().stream().anyMatch(l -> l.value().equals(id.value()) && l.comparableWith(id))
                        ? List.of(new ListedPartyResolver.Candidate(c.listedId(), c.listedName(), 1.0, c.listed())) : List.of();
            }
        };
    }

    static NodeFacts born(String date, String country) {
        return new NodeFacts(List.of(date), List.of(country), List.of());
    }

    /** The SDN Sergei Ivanov born 1953, Russian (as the resolver finds him for the Kazakh register's Sergey Ivanov). */
    static final ListedPartyResolver.Candidate SDN_IVANOV = new ListedPartyResolver.Candidate("ofac-sdn:9911", "IVANOV, Sergei", 0.86,
            born("1953", "ru"));

    /** Sergey Ivanov owns 60% of Kaspiy Logistics TOO (a Kazakh register). */
    static OwnershipGraph ivanovGraph() {
        return OwnershipGraph.builder()
                .node(new Node("kz-p1", NodeKind.PERSON, "Sergey Ivanov", null))
                .node(new Node("kz-c1", NodeKind.COMPANY, "Kaspiy Logistics TOO", null))
                .stake(Stake.shares("kz-p1", "kz-c1", Share.exact(60)))
                .build();
    }

    static Map<String, ListLinks.Row> rows(ListLinks.Result r, Regime regime) {
        Map<String, ListLinks.Row> out = new java.util.HashMap<>();
        ListLinks.evaluate(r, Set.of(), regime, DAY).forEach(row -> out.put(row.result().entityId(), row));
        return out;
    }

    @Test
    void link_nodeIdIsListedIdWithoutSourcePrefix_linkedById() {
        ListLinks.Result r = ListLinks.link(graph(new Node("NK-123", NodeKind.PERSON, "Natalie Coleman", null)), Set.of("os:NK-123"),
                ListedPartyResolver.NONE);

        assertThat(r.links()).containsExactly(new ListLinks.Link("NK-123", "Natalie Coleman", "os:NK-123", null, 1.0,
                ListLinks.Basis.ID, "id:os:NK-123"));
        assertThat(r.graph().nodes()).extracting(Node::listedId).containsExactly("os:NK-123");
    }

    @Test
    void link_kazakhSergeyIvanovBorn1991AgainstSdnBorn1953_conflictUndeterminedNotBlocked() {
        ListLinks.Result r = ListLinks.link(ivanovGraph(), Map.of("kz-p1", born("1991-04-02", "kz")), Set.of("ofac-sdn:9911"),
                knows("Sergey Ivanov", SDN_IVANOV));

        assertThat(r.links()).singleElement().satisfies(l -> {
            assertThat(l.linked()).isFalse();
            assertThat(l.detail()).isEqualTo("conflict: birth year 1991 vs 1953");
        });
        assertThat(r.graph().node("kz-p1").orElseThrow().listedId()).isNull();
        Map<String, ListLinks.Row> ofac = rows(r, Regime.OFAC);
        assertThat(ofac.get("kz-p1").result().status()).isEqualTo(Status.UNDETERMINED);
        assertThat(ofac.get("kz-p1").result().evidence()).startsWith("possibly listed ofac-sdn:9911 'IVANOV, Sergei'");
        assertThat(ofac.get("kz-p1").link()).isEqualTo("conflict: birth year 1991 vs 1953");
        assertThat(ofac.get("kz-c1").result().status()).isEqualTo(Status.UNDETERMINED);
        assertThat(ofac.get("kz-c1").link()).isEqualTo("kz-p1: conflict: birth year 1991 vs 1953");
    }

    @Test
    void link_alfaTradingLlpOfKazakhstanAgainstJordanianAlfaTradingCompany_conflictOnCountry() {
        ListedPartyResolver.Candidate jordan = new ListedPartyResolver.Candidate("ofac-sdn:7001", "ALFA TRADING COMPANY", 0.88,
                new NodeFacts(List.of(), List.of("jo"), List.of()));
        OwnershipGraph g = OwnershipGraph.builder()
                .node(new Node("kz-c2", NodeKind.COMPANY, "Alfa Trading LLP", null))
                .node(new Node("kz-c3", NodeKind.COMPANY, "Alfa Trading Almaty LLP", null))
                .stake(Stake.shares("kz-c2", "kz-c3", Share.exact(100)))
                .build();

        ListLinks.Result r = ListLinks.link(g, Map.of("kz-c2", new NodeFacts(List.of(), List.of("kz"), List.of())), Set.of("ofac-sdn:7001"),
                knows("Alfa Trading LLP", jordan));

        assertThat(r.links()).singleElement().extracting(ListLinks.Link::detail).isEqualTo("conflict: country kz vs jo");
        for (Regime regime : List.of(Regime.OFAC, Regime.EU, Regime.UK)) {
            assertThat(rows(r, regime).get("kz-c3").result().status()).as(regime.code()).isEqualTo(Status.UNDETERMINED);
        }
    }

    @Test
    void link_bodsCompanyBAgainstBSCompanyByNameAlone_nameOnlyUndetermined() {
        ListedPartyResolver.Candidate bs = new ListedPartyResolver.Candidate("eu:EU.5512.3", "B S COMPANY", 0.81, NodeFacts.NONE);
        OwnershipGraph g = OwnershipGraph.builder()
                .node(new Node("bods-b", NodeKind.COMPANY, "Company B", null))
                .node(new Node("bods-c", NodeKind.COMPANY, "Company C", null))
                .stake(Stake.shares("bods-b", "bods-c", Share.exact(75)))
                .build();

        ListLinks.Result r = ListLinks.link(g, Map.of(), Set.of("eu:EU.5512.3"), knows("Company B", bs));

        assertThat(r.links()).singleElement().extracting(ListLinks.Link::detail).isEqualTo("name-only 0.81 (undetermined)");
        Map<String, ListLinks.Row> eu = rows(r, Regime.EU);
        assertThat(eu.get("bods-b").result().status()).isEqualTo(Status.UNDETERMINED);
        assertThat(eu.get("bods-c").result().status()).isEqualTo(Status.UNDETERMINED);
        assertThat(eu.get("bods-c").result().shareMax()).isEqualByComparingTo("75");
    }

    @Test
    void link_sameNameAndAgreeingBirthYear_linkedAndWhatItOwnsBlocked() {
        ListedPartyResolver.Candidate sdn = new ListedPartyResolver.Candidate("ofac-sdn:9911", "IVANOV, Sergei", 0.93, born("1991", "kz"));

        ListLinks.Result r = ListLinks.link(ivanovGraph(), Map.of("kz-p1", born("1991-04-02", "kz")), Set.of("ofac-sdn:9911"),
                knows("Sergey Ivanov", sdn));

        assertThat(r.links()).singleElement().satisfies(l -> {
            assertThat(l.linked()).isTrue();
            assertThat(l.detail()).isEqualTo("name+birthdate 0.93");
        });
        ListLinks.Row c1 = rows(r, Regime.OFAC).get("kz-c1");
        assertThat(c1.result().status()).isEqualTo(Status.BLOCKED);
        assertThat(c1.link()).isEqualTo("kz-p1: name+birthdate 0.93");
    }

    @Test
    void link_innFoundInTheListsWithoutAnyNameMatch_linkedByIdentifierAndBlocks() {
        ListedPartyResolver.Candidate listed = new ListedPartyResolver.Candidate("ofac-sdn:17095", "ROSNEFT OIL COMPANY", 0.5,
                new NodeFacts(List.of(), List.of("ru"), List.of(NodeFacts.Id.of("TAX", "7706107510"))));
        OwnershipGraph g = OwnershipGraph.builder()
                .node(new Node("ru-1", NodeKind.COMPANY, "PAO NK Rosneft", null))
                .node(new Node("kz-9", NodeKind.COMPANY, "Petro Trade TOO", null))
                .stake(Stake.shares("ru-1", "kz-9", Share.exact(51)))
                .build();

        ListLinks.Result r = ListLinks.link(g, Map.of("ru-1", new NodeFacts(List.of(), List.of("ru"), List.of(NodeFacts.Id.of("RU-INN", "7706107510")))),
                Set.of("ofac-sdn:17095"), knows("nobody", listed));

        assertThat(r.links()).singleElement().satisfies(l -> {
            assertThat(l.linked()).isTrue();
            assertThat(l.detail()).isEqualTo("identifier:INN=7706107510");
        });
        assertThat(rows(r, Regime.OFAC).get("kz-9").result().status()).isEqualTo(Status.BLOCKED);
    }

    /** A Kazakh company listed with its BIN 971240001315 (a published example number), in Kazakhstan. */
    static final ListedPartyResolver.Candidate LISTED_KZ = new ListedPartyResolver.Candidate("uk:RUS2001", "ALTYN TRADE LLP", 0.97,
            new NodeFacts(List.of(), List.of("kz"), List.of(NodeFacts.Id.of("KZ-BIN", "971240001315"))));

    /** Altyn Trade LLP owns 100% of Altyn Logistics LLP. */
    static OwnershipGraph altynGraph() {
        return OwnershipGraph.builder()
                .node(new Node("kz-a1", NodeKind.COMPANY, "Altyn Trade LLP", null))
                .node(new Node("kz-a2", NodeKind.COMPANY, "Altyn Logistics LLP", null))
                .stake(Stake.shares("kz-a1", "kz-a2", Share.exact(100)))
                .build();
    }

    static Map<String, NodeFacts> altynBin(String scheme, String bin) {
        return Map.of("kz-a1", new NodeFacts(List.of(), List.of("kz"), List.of(NodeFacts.Id.of(scheme, bin))));
    }

    @Test
    void link_validKazakhBinTheListCarries_linkedByIdentifierAsBefore() {
        ListLinks.Result r = ListLinks.link(altynGraph(), altynBin("KZ-BIN", "971240001315"), Set.of("uk:RUS2001"), knows("nobody", LISTED_KZ));

        assertThat(r.links()).singleElement().satisfies(l -> {
            assertThat(l.basis()).isEqualTo(ListLinks.Basis.IDENTIFIER);
            assertThat(l.detail()).isEqualTo("identifier:BIN=971240001315");
        });
        assertThat(r.invalidIdentifiers()).isEmpty();
        assertThat(rows(r, Regime.UK).get("kz-a2").result().status()).isEqualTo(Status.BLOCKED);
    }

    @Test
    void link_kazakhBinWithWrongCheckDigit_neverLinksByIdentifierAndSaysWhy() {
        // the list carries the same mistyped number: an invalid BIN still does not link, and no name is found
        ListedPartyResolver.Candidate mistyped = new ListedPartyResolver.Candidate("uk:RUS2001", "ALTYN TRADE LLP", 0.97,
                new NodeFacts(List.of(), List.of("kz"), List.of(NodeFacts.Id.of("KZ-BIN", "971240001314"))));

        ListLinks.Result r = ListLinks.link(altynGraph(), altynBin("KZ-BIN", "971240001314"), Set.of("uk:RUS2001"), knows("nobody", mistyped));

        assertThat(r.links()).isEmpty();
        assertThat(r.invalidIdentifiers()).containsEntry("kz-a1", "invalid identifier: BIN 971240001314: check digit 4, expected 5");
        Map<String, ListLinks.Row> uk = rows(r, Regime.UK);
        assertThat(uk.get("kz-a1").link()).isEqualTo("invalid identifier: BIN 971240001314: check digit 4, expected 5");
        assertThat(uk.get("kz-a2").result().status()).isEqualTo(Status.CLEAR);
    }

    @Test
    void link_kazakhBinWithWrongCheckDigit_fallsBackToNameEvidence() {
        ListLinks.Result r = ListLinks.link(altynGraph(), altynBin("BIN", "971240001314"), Set.of("uk:RUS2001"),
                knows("Altyn Trade LLP", LISTED_KZ));

        assertThat(r.links()).singleElement().satisfies(l -> {
            assertThat(l.basis()).isEqualTo(ListLinks.Basis.NAME_AND_EVIDENCE);
            assertThat(l.detail()).isEqualTo("invalid identifier: BIN 971240001314: check digit 4, expected 5; name+jurisdiction 0.97");
        });
        assertThat(rows(r, Regime.UK).get("kz-a2").link())
                .isEqualTo("kz-a1: invalid identifier: BIN 971240001314: check digit 4, expected 5; name+jurisdiction 0.97");
    }

    @Test
    void link_invalidIinOfTheSameSchemeAsTheListed_isNoConflict() {
        // a valid other IIN would contradict the listing; an invalid one says nothing, so the birth year decides
        ListedPartyResolver.Candidate sdn = new ListedPartyResolver.Candidate("ofac-sdn:9911", "IVANOV, Sergei", 0.93,
                new NodeFacts(List.of("1991"), List.of("kz"), List.of(NodeFacts.Id.of("IIN", "910402300124"))));
        Map<String, NodeFacts> facts = Map.of("kz-p1",
                new NodeFacts(List.of("1991-04-02"), List.of("kz"), List.of(NodeFacts.Id.of("KZ-IIN", "910402300123"))));

        ListLinks.Result r = ListLinks.link(ivanovGraph(), facts, Set.of("ofac-sdn:9911"), knows("Sergey Ivanov", sdn));

        assertThat(r.links()).singleElement().extracting(ListLinks.Link::detail)
                .isEqualTo("invalid identifier: IIN 910402300123: check digit 3, expected 4; name+birthdate 0.93");
    }

    @Test
    void link_kyrgyzInnWithImpossibleBirthDate_neverLinksByIdentifier() {
        ListedPartyResolver.Candidate listed = new ListedPartyResolver.Candidate("eu:KG1", "ASANOV, Bakyt", 0.90,
                new NodeFacts(List.of(), List.of("kg"), List.of(NodeFacts.Id.of("INN", "23002198000511"))));
        ListLinks.Result r = ListLinks.link(graph(new Node("kg-1", NodeKind.PERSON, "Bakyt Asanov", null)),
                Map.of("kg-1", new NodeFacts(List.of(), List.of("kg"), List.of(NodeFacts.Id.of("KG-INN", "23002198000511")))),
                Set.of("eu:KG1"), knows("nobody", listed));

        assertThat(r.links()).isEmpty();
        assertThat(r.invalidIdentifiers()).containsEntry("kg-1",
                "invalid identifier: KG-INN 23002198000511: birth date 30021980 (DDMMYYYY) is not a date");
    }

    @Test
    void link_sameNameButAnotherInnOfTheSameScheme_conflict() {
        ListedPartyResolver.Candidate listed = new ListedPartyResolver.Candidate("eu:1", "STROYTRANSGAZ", 0.99,
                new NodeFacts(List.of(), List.of("ru"), List.of(NodeFacts.Id.of("INN", "7703270067"))));
        ListLinks.Result r = ListLinks.link(graph(new Node("n1", NodeKind.COMPANY, "Stroytransgaz", null)),
                Map.of("n1", new NodeFacts(List.of(), List.of("ru"), List.of(NodeFacts.Id.of("RU-INN", "7701234567")))), Set.of("eu:1"),
                knows("Stroytransgaz", listed));

        assertThat(r.links()).singleElement().extracting(ListLinks.Link::detail).isEqualTo("conflict: INN 7701234567 vs 7703270067");
    }

    @Test
    void link_organisationNearFullNameInItsListedJurisdiction_linked() {
        ListedPartyResolver.Candidate listed = new ListedPartyResolver.Candidate("uk:RUS1234", "AERO TRADE LLP", 0.97,
                new NodeFacts(List.of(), List.of("kz"), List.of()));
        ListLinks.Result r = ListLinks.link(graph(new Node("n1", NodeKind.COMPANY, "Aero Trade LLP", null)),
                Map.of("n1", new NodeFacts(List.of(), List.of("kz"), List.of())), Set.of("uk:RUS1234"), knows("Aero Trade LLP", listed));

        assertThat(r.links()).singleElement().extracting(ListLinks.Link::detail).isEqualTo("name+jurisdiction 0.97");
    }

    @Test
    void link_personWithNameAndCountryOnly_notLinked() {
        ListedPartyResolver.Candidate listed = new ListedPartyResolver.Candidate("ofac-sdn:5", "IVANOV, Sergei", 0.99,
                new NodeFacts(List.of(), List.of("ru"), List.of()));
        ListLinks.Result r = ListLinks.link(graph(new Node("n1", NodeKind.PERSON, "Sergei Ivanov", null)),
                Map.of("n1", new NodeFacts(List.of(), List.of("ru"), List.of())), Set.of("ofac-sdn:5"), knows("Sergei Ivanov", listed));

        assertThat(r.links()).singleElement().extracting(ListLinks.Link::linked).isEqualTo(false);
    }

    @Test
    void link_bestCandidateConflictsButTheNextAgrees_linkedToTheNext() {
        ListedPartyResolver.Candidate older = new ListedPartyResolver.Candidate("a", "IVANOV, Sergei", 0.95, born("1953", "ru"));
        ListedPartyResolver.Candidate younger = new ListedPartyResolver.Candidate("b", "IVANOV, Sergey", 0.90, born("1990", "kz"));
        ListedPartyResolver both = (name, kind, facts) -> List.of(older, younger);

        ListLinks.Result r = ListLinks.link(ivanovGraph(), Map.of("kz-p1", born("1991", "kz")), Set.of("a", "b"), both);

        assertThat(r.linked()).singleElement().extracting(ListLinks.Link::listedId).isEqualTo("b");
    }

    /** What the resolver is asked while linking {@code g}: "name/KIND" per question. */
    static List<String> asked(OwnershipGraph g, Set<String> listedIds) {
        List<String> asked = new ArrayList<>();
        ListLinks.link(g, listedIds, (name, kind, facts) -> {
            asked.add(name + "/" + kind);
            return List.of();
        });
        return asked;
    }

    @Test
    void link_idMatches_resolverNotAsked() {
        assertThat(asked(graph(new Node("ofac-9", NodeKind.PERSON, "Natalie Coleman", null)), Set.of("ofac-9"))).isEmpty();
    }

    @Test
    void link_arrangementOrNamelessNode_resolverNotAsked() {
        assertThat(asked(graph(new Node("t1", NodeKind.ARRANGEMENT, "Coleman Family Trust", null), Node.of("n2")), Set.of())).isEmpty();
    }

    @Test
    void link_resolverAskedWithTheNodesKind() {
        assertThat(asked(graph(new Node("n1", NodeKind.PERSON, "Natalie Coleman", null), new Node("n2", NodeKind.COMPANY, "Gamma TOO", null)),
                Set.of())).containsExactly("Natalie Coleman/PERSON", "Gamma TOO/COMPANY");
    }
}
