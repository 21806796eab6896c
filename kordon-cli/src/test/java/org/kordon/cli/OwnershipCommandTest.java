package org.kordon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kordon.testkit.SharedData;

/** {@code kordon ownership} as a user runs it: the fixed contract of issue 9. */
class OwnershipCommandTest {
    @TempDir Path tmp;

    static final String HEADER = "owner_id,owned_id,share_min,share_max,type,start,end\n";

    private KordonRun run(String stakes, String listed, String... more) throws Exception {
        Path s = tmp.resolve("stakes.csv");
        Path l = tmp.resolve("listed.csv");
        Files.writeString(s, stakes);
        Files.writeString(l, listed);
        String[] base = {"ownership", "--stakes", s.toString(), "--listed", l.toString(), "--output", tmp.resolve("result.csv").toString()};
        String[] args = new String[base.length + more.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return KordonRun.of(args);
    }

    private String result() throws Exception {
        return Files.readString(tmp.resolve("result.csv"));
    }

    @Test
    void ofacExample3_allRegimes_writesOneSortedRowPerEntityAndRegime() throws Exception {
        KordonRun r = run(HEADER + """
                X3,A3,50,50,shareholding,,
                X3,B3,10,10,shareholding,,
                A3,B3,40,40,shareholding,,
                """, "entity_id\nX3\n", "--regime", "all", "--as-of", "2026-01-01");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(result()).isEqualTo("""
                entity_id,regime,status,share_min,share_max,evidence,link
                A3,ofac,blocked,50,50,X3 -50%-> A3,
                A3,eu,blocked,50,50,X3 -50%-> A3,
                A3,uk,clear,50,50,,
                B3,ofac,blocked,50,50,X3 -10%-> B3; X3 -50%-> A3(blocked) -40%-> B3,
                B3,eu,blocked,50,50,X3 -10%-> B3; X3 -50%-> A3(blocked) -40%-> B3,
                B3,uk,clear,10,10,,
                """);
        assertThat(r.err()).contains("kordon: ofac as of 2026-01-01: 2 blocked, 0 controlled, 0 undetermined, 0 clear");
    }

    @Test
    void bandsUnknownControlAndEndedStakes_oneRegime() throws Exception {
        KordonRun r = run(HEADER + """
                X,C1,25,50,shareholding,,
                X,C2,,,shareholding,,
                X,C3,,,appointmentOfBoard,,
                X,C4,60,60,shareholding,2020-01-01,2024-01-01
                """, "entity_id\nX\n", "--regime", "eu", "--as-of", "2025-06-30");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(result()).isEqualTo("""
                entity_id,regime,status,share_min,share_max,evidence,link
                C1,eu,undetermined,25,50,X -25-50%-> C1,
                C2,eu,undetermined,0,100,X -?%-> C2,
                C3,eu,controlled,0,0,X -appointmentOfBoard-> C3,
                C4,eu,clear,0,0,,
                """);
    }

    @Test
    void jointArrangement_ownedKindColumn_ukAggregatesThePersonsActingJointly() throws Exception {
        KordonRun r = run("owner_id,owned_id,share_min,share_max,type,start,end,owned_kind\n"
                + "X,J,50,50,shareholding,,,arrangement\nY,J,50,50,shareholding,,,arrangement\nJ,C,60,60,shareholding,,,\n",
                "entity_id\nX\nY\n", "--regime", "uk");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(result()).contains("C,uk,blocked,60,60,X -50%-> J(blocked) -60%-> C,\n");
    }

    @Test
    void badRows_exitBadInputNamingFileLineAndField_andWriteNothing() throws Exception {
        KordonRun r = run(HEADER + """
                X,A,-5,10,shareholding,,
                X,B,10,150,shareholding,,
                X,C,60,40,shareholding,,
                X,D,10,10,shares,,
                X,E,10,10,shareholding,2024-02-30,
                X,F,60,60,shareholding,,
                Y,F,50,50,shareholding,,
                X,G,10,10,shareholding,2024-01-01,2023-01-01
                """, "entity_id\nX\n", "--regime", "ofac", "--as-of", "2025-01-01");
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err())
                .contains("kordon: stakes.csv line 2: field share_min: a share must be between 0 and 100, got -5")
                .contains("kordon: stakes.csv line 3: field share_max: a share must be between 0 and 100, got 150")
                .contains("kordon: stakes.csv line 4: field share_min: 60 is above share_max 40")
                .contains("kordon: stakes.csv line 5: field type must be shareholding, votingRights, appointmentOfBoard or otherInfluenceOrControl, got 'shares'")
                .contains("kordon: stakes.csv line 6: field start: not an ISO date (YYYY-MM-DD): '2024-02-30'")
                .contains("kordon: stakes.csv lines 7, 8: field share_min: the minimum shareholding stakes in 'F' active on 2025-01-01 add up to 110%, more than 100%")
                .contains("kordon: stakes.csv line 9: field end: 2023-01-01 is not after start 2024-01-01")
                .contains("kordon: 7 bad row(s) in stakes.csv; nothing written");
        assertThat(tmp.resolve("result.csv")).doesNotExist();
    }

    @Test
    void boRegime_isTheBeneficialOwnershipViewLabelledApart_andNotInAll() throws Exception {
        String stakes = HEADER + "X,A,60,60,shareholding,,\nA,B,50,50,shareholding,,\n";
        KordonRun bo = run(stakes, "entity_id\nX\n", "--regime", "bo");
        assertThat(bo.code()).as(bo.err()).isZero();
        assertThat(result()).isEqualTo("""
                entity_id,regime,status,share_min,share_max,evidence,link
                A,bo,controlled,60,60,X -60%-> A,
                B,bo,controlled,30,30,X -60%-> A -50%-> B,
                """);
        run(stakes, "entity_id\nX\n", "--regime", "all");
        assertThat(result()).doesNotContain(",bo,");
    }

    @Test
    void unknownListedId_isAWarningNamingLineAndField() throws Exception {
        KordonRun r = run(HEADER + "X,A,60,60,shareholding,,\n", "entity_id\nX\nNOBODY\n", "--regime", "ofac");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("kordon: warning: listed.csv line 3: field entity_id: 'NOBODY' is in no stake; it changes nothing");
        assertThat(result()).contains("A,ofac,blocked,60,60,X -60%-> A");
    }

    @Test
    void missingColumn_exitsBadInputOnLineOne() throws Exception {
        KordonRun r = run("owner_id,owned_id,share_min,share_max,type,start\nX,A,1,1,shareholding,\n", "entity_id\nX\n", "--regime", "ofac");
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("stakes.csv line 1: missing required column 'end'");
    }

    @Test
    void badRegimeAndBadAsOf_areUsageErrors() throws Exception {
        assertThat(run(HEADER, "entity_id\n", "--regime", "ch").err()).contains("--regime must be ofac, eu, uk, all or bo, got 'ch'");
        KordonRun r = run(HEADER, "entity_id\n", "--regime", "ofac", "--as-of", "2025-13-01");
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("--as-of: not an ISO date (YYYY-MM-DD): '2025-13-01'");
    }

    @Test
    void graph_bodsJointOwnershipLinkedByNameAlone_isUndeterminedWithTheCandidate_neverBlocked() throws Exception {
        // the BODS example gives Natalie Coleman no birth date, the list none either: a name similarity only (issue 23)
        Path bods = SharedData.require("ownership/bods-examples/joint-ownership.json");
        Path list = Path.of(getClass().getResource("/ownership/listed-persons.ftm.json").toURI());
        Path out = tmp.resolve("graph-result.csv");
        KordonRun r = KordonRun.of("ownership", "--graph", bods.toString(), "--list", list.toString(), "--format", "ftm-json",
                "--regime", "uk", "--output", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("kordon: possibly linked (undetermined) 1accb8b18b99 'Natalie Coleman' to listed os:NK-test-coleman "
                + "'Natalie Coleman' (name-only 1.00 (undetermined))");
        String csv = Files.readString(out);
        assertThat(csv).contains("1accb8b18b99,uk,undetermined,").contains("possibly listed os:NK-test-coleman 'Natalie Coleman'");
        assertThat(csv).contains("31c55e425764,uk,undetermined,").doesNotContain(",uk,blocked,");
    }

    @Test
    void graph_bodsPersonWithTheListedBirthDate_linkedByNameAndBirthDate_blocksWhatSheOwns() throws Exception {
        Path bods = tmp.resolve("coleman.json");
        Files.writeString(bods, """
                [{"statementId":"s1","recordId":"p-coleman","recordType":"person","recordStatus":"new","statementDate":"2024-01-01",
                  "recordDetails":{"personType":"knownPerson","names":[{"type":"individual","fullName":"Natalie Coleman"}],
                  "birthDate":"1971-05-12"}},
                 {"statementId":"s2","recordId":"e-1","recordType":"entity","recordStatus":"new","statementDate":"2024-01-01",
                  "recordDetails":{"entityType":{"type":"registeredEntity"},"name":"Coleman Shipping Ltd"}},
                 {"statementId":"s3","recordId":"r-1","recordType":"relationship","recordStatus":"new","statementDate":"2024-01-01",
                  "recordDetails":{"subject":"e-1","interestedParty":"p-coleman",
                  "interests":[{"type":"shareholding","directOrIndirect":"direct","share":{"exact":60}}]}}]
                """);
        Path list = tmp.resolve("listed.ftm.json");
        Files.writeString(list, """
                {"id":"NK-test-coleman","caption":"Natalie Coleman","schema":"Person","properties":{"name":["Natalie Coleman"],"birthDate":["1971-05-12"],"topics":["sanction"]}}
                """);
        Path out = tmp.resolve("r.csv");
        KordonRun r = KordonRun.of("ownership", "--graph", bods.toString(), "--list", list.toString(), "--format", "ftm-json",
                "--regime", "ofac", "--as-of", "2026-01-01", "--output", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("kordon: linked p-coleman 'Natalie Coleman' to listed os:NK-test-coleman");
        assertThat(Files.readString(out)).isEqualTo("""
                entity_id,regime,status,share_min,share_max,evidence,link
                e-1,ofac,blocked,60,60,p-coleman -60%-> e-1,p-coleman: name+birthdate 1.00
                """);
    }

    @Test
    void graph_listedOwnersLinkedToRemark_shownAsAListRelationThatNeverBlocks() throws Exception {
        Path graph = tmp.resolve("own.ftm.json");
        Files.writeString(graph, """
                {"id":"NK-test-lopez","schema":"Person","properties":{"name":["R. L."]}}
                {"id":"co-1","schema":"Company","properties":{"name":["Yerevan Import CJSC"]}}
                {"id":"o-1","schema":"Ownership","properties":{"owner":["NK-test-lopez"],"asset":["co-1"],"percentage":["20"]}}
                """);
        Path list = Files.writeString(tmp.resolve("linked.ftm.json"), """
                {"id":"NK-test-lopez","caption":"Roberto Lopez","schema":"Person","properties":{"name":["Roberto Lopez"],"notes":["Gender Male; Linked To: GRUPO IMPERGOZA, S.A."],"topics":["sanction"]}}
                {"id":"NK-test-grupo","caption":"GRUPO IMPERGOZA, S.A.","schema":"Company","properties":{"name":["GRUPO IMPERGOZA, S.A."],"topics":["sanction"]}}
                """);
        Path out = tmp.resolve("r.csv");
        KordonRun r = KordonRun.of("ownership", "--graph", graph.toString(), "--list", list.toString(), "--format", "ftm-json",
                "--regime", "ofac", "--as-of", "2026-01-01", "--output", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("kordon: list relation: os:NK-test-lopez (graph node NK-test-lopez) linked to os:NK-test-grupo "
                + "'GRUPO IMPERGOZA, S.A.' (\"Linked To: GRUPO IMPERGOZA, S.A\"; shown, never blocks)");
        assertThat(Files.readString(out)).contains("co-1,ofac,clear,20,20,");
    }

    @Test
    void graph_ftmIdsLinkToListIdsWithTheirSourcePrefix() throws Exception {
        Path graph = tmp.resolve("own.ftm.json");
        Files.writeString(graph, """
                {"id":"NK-test-lopez","schema":"Person","properties":{"name":["R. L."]}}
                {"id":"co-1","schema":"Company","properties":{"name":["Yerevan Import CJSC"]}}
                {"id":"o-1","schema":"Ownership","properties":{"owner":["NK-test-lopez"],"asset":["co-1"],"percentage":["50"]}}
                """);
        Path list = Path.of(getClass().getResource("/ownership/listed-persons.ftm.json").toURI());
        Path out = tmp.resolve("r.csv");
        KordonRun r = KordonRun.of("ownership", "--graph", graph.toString(), "--list", list.toString(), "--format", "ftm-json",
                "--regime", "ofac", "--output", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("kordon: linked NK-test-lopez 'R. L.' to listed os:NK-test-lopez (id:os:NK-test-lopez)");
        assertThat(Files.readString(out)).isEqualTo("""
                entity_id,regime,status,share_min,share_max,evidence,link
                co-1,ofac,blocked,50,50,NK-test-lopez -50%-> co-1,NK-test-lopez: id:os:NK-test-lopez
                """);
    }

    @Test
    void sameStakeGivenTwice_isCountedOnceWithAWarningNamingBothLines() throws Exception {
        // 30% twice would be summed to 60% and block B; it is one stake of 30%
        KordonRun r = run(HEADER + """
                X,B,30,30,shareholding,,
                X,C,10,10,shareholding,,
                X,B,30,30,shareholding,,
                """, "entity_id\nX\n", "--regime", "ofac", "--as-of", "2026-01-01");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("kordon: warning: stakes.csv line 4: the same stake as line 2 (same owner, owned, share, type and dates); counted once")
                .contains("3 entities, 2 stakes");
        assertThat(result()).contains("B,ofac,clear,30,30,");
    }

    @Test
    void sameOwnerAndCompanyInSuccessivePeriods_areTwoStakes() throws Exception {
        KordonRun r = run(HEADER + """
                X,B,30,30,shareholding,2020-01-01,2021-01-01
                X,B,55,55,shareholding,2021-01-01,
                """, "entity_id\nX\n", "--regime", "ofac", "--as-of", "2026-01-01");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("same stake");
        assertThat(result()).contains("B,ofac,blocked,55,55,");
    }

    @Test
    void sameOwnerAndCompanyWithTwoSharesHoldingTogether_areRefusedNamingBothLines() throws Exception {
        // 30% and 25% from the same day: two accounts of one stake, or two lots that belong in one row; summing is a guess
        KordonRun r = run(HEADER + """
                X,B,30,30,shareholding,2021-01-01,
                X,C,10,10,shareholding,,
                X,B,25,25,shareholding,2021-01-01,
                """, "entity_id\nX\n", "--regime", "ofac", "--as-of", "2026-01-01");
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("kordon: stakes.csv line 4: shareholding stake 'X' -> 'B' of 25% from 2021-01-01 contradicts the one of "
                + "30% from 2021-01-01").contains("given at line 2");
        assertThat(tmp.resolve("result.csv")).doesNotExist();
    }

    @Test
    void stakesInOneCompanyAddingUpPast100_areRefusedNamingEveryLine_andLeaveAnEarlierResultUntouched() throws Exception {
        Path earlier = Files.writeString(tmp.resolve("result.csv"), "entity_id,regime,status,share_min,share_max,evidence\nB,ofac,clear,0,0,\n");
        byte[] before = Files.readAllBytes(earlier);
        KordonRun r = run(HEADER + """
                X,B,40,40,shareholding,,
                Y,B,30,50,shareholding,,
                Y,C,10,10,shareholding,,
                Z,B,40,40,shareholding,,
                W,B,90,90,votingRights,,
                """, "entity_id\nX\n", "--regime", "ofac", "--as-of", "2026-01-01");
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("kordon: stakes.csv lines 2, 3, 5: field share_min: the minimum shareholding stakes in 'B' active on "
                + "2026-01-01 add up to 110%, more than 100%").contains("1 bad row(s) in stakes.csv; nothing written");
        assertThat(Files.readAllBytes(earlier)).isEqualTo(before);
        try (var files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("stakes.csv", "listed.csv", "result.csv");
        }
    }

    @Test
    void listedRowWithoutAnId_isRefused() throws Exception {
        KordonRun r = run(HEADER + "X,B,60,60,shareholding,,\n", "entity_id,name\nX,x\n,Someone\n", "--regime", "ofac");
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("kordon: listed.csv line 3: field entity_id is empty; nothing written");
        assertThat(tmp.resolve("result.csv")).doesNotExist();
    }
}
