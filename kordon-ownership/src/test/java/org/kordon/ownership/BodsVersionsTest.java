package org.kordon.ownership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * BODS 0.2, 0.3 and 0.4 with record versions (issue 23): a later statement replaces the earlier one from its date, a
 * closed record is no live stake, and --as-of between two statements sees what the register said then.
 */
class BodsVersionsTest {
    @TempDir Path tmp;

    static final LocalDate BEFORE_UPDATE = LocalDate.of(2023, 6, 1);
    static final LocalDate AFTER_UPDATE = LocalDate.of(2025, 6, 1);

    Path write(String name, String json) throws Exception {
        return Files.writeString(tmp.resolve(name), json);
    }

    static OwnershipResult result(Path f, LocalDate day, String node, String listed) {
        return OwnershipEngine.evaluate(GraphLoader.load(List.of(f)).graph(), Set.of(listed), Regime.OFAC, day).result(node).orElseThrow();
    }

    static final String V04_NODES = """
            {"statementId":"s1","recordId":"p-x","recordType":"person","recordStatus":"new","statementDate":"2020-01-01",
             "recordDetails":{"personType":"knownPerson","names":[{"fullName":"Ivan Oligarkhov"}],"birthDate":"1961-02-03",
             "nationalities":[{"code":"RU"}]}}
            {"statementId":"s2","recordId":"c-a","recordType":"entity","recordStatus":"new","statementDate":"2020-01-01",
             "recordDetails":{"entityType":{"type":"registeredEntity"},"name":"Front A LLP","jurisdiction":{"code":"KZ"},
             "identifiers":[{"scheme":"KZ-BIN","id":"180340021791"}]}}
            """;

    static String v04Relationship(String statementId, String status, String date, String share) {
        return "{\"statementId\":\"" + statementId + "\",\"recordId\":\"r1\",\"recordType\":\"relationship\",\"recordStatus\":\"" + status
                + "\",\"statementDate\":\"" + date + "\",\"recordDetails\":{\"subject\":\"c-a\",\"interestedParty\":\"p-x\","
                + "\"interests\":[{\"type\":\"shareholding\",\"directOrIndirect\":\"direct\",\"startDate\":\"2019-01-01\","
                + "\"share\":{\"exact\":" + share + "}}]}}\n";
    }

    @Test
    void v04_updatedThirtyPercentReplacesTheOriginalSeventyFive_notBlockedAfterTheUpdate() throws Exception {
        Path f = write("updated.jsonl", V04_NODES + v04Relationship("s3", "new", "2020-01-01", "75")
                + v04Relationship("s4", "updated", "2024-03-01", "30"));

        OwnershipResult after = result(f, AFTER_UPDATE, "c-a", "p-x");
        assertThat(after.status()).isEqualTo(Status.CLEAR);
        assertThat(after.shareMax()).isEqualByComparingTo("30");
        assertThat(result(f, BEFORE_UPDATE, "c-a", "p-x").status()).isEqualTo(Status.BLOCKED);
    }

    @Test
    void v04_updateListedBeforeTheOriginalInTheFile_stillOrderedByStatementDate() throws Exception {
        Path f = write("reversed.jsonl", V04_NODES + v04Relationship("s4", "updated", "2024-03-01", "30")
                + v04Relationship("s3", "new", "2020-01-01", "75"));

        assertThat(result(f, AFTER_UPDATE, "c-a", "p-x").status()).isEqualTo(Status.CLEAR);
    }

    @Test
    void v04_closedRecord_noStakeFromItsDate() throws Exception {
        Path f = write("closed.jsonl", V04_NODES + v04Relationship("s3", "new", "2020-01-01", "75")
                + "{\"statementId\":\"s5\",\"recordId\":\"r1\",\"recordType\":\"relationship\",\"recordStatus\":\"closed\","
                + "\"statementDate\":\"2024-03-01\",\"recordDetails\":{\"subject\":\"c-a\",\"interestedParty\":\"p-x\",\"interests\":[]}}\n");

        assertThat(GraphLoader.load(List.of(f)).graph().stakes()).singleElement()
                .satisfies(s -> assertThat(s.end()).isEqualTo(LocalDate.of(2024, 3, 1)));
        OwnershipResult after = result(f, AFTER_UPDATE, "c-a", "p-x");
        assertThat(after.status()).isEqualTo(Status.CLEAR);
        assertThat(after.shareMax()).isEqualByComparingTo("0");
        assertThat(result(f, BEFORE_UPDATE, "c-a", "p-x").status()).isEqualTo(Status.BLOCKED);
    }

    @Test
    void v04_unknownRecordStatus_refusedNamingLineAndField() throws Exception {
        Path f = write("bad.jsonl", V04_NODES + v04Relationship("s3", "superseded", "2020-01-01", "75"));

        assertThatThrownBy(() -> GraphLoader.load(List.of(f))).isInstanceOf(OwnershipFormatException.class)
                .hasMessage("bad.jsonl line 7: field recordStatus must be new, updated or closed, got 'superseded'");
    }

    @Test
    void v04_personAndEntityFacts_birthDateNationalityJurisdictionAndBin() throws Exception {
        LoadedGraph lg = GraphLoader.load(List.of(write("nodes.jsonl", V04_NODES)));

        assertThat(lg.facts().get("p-x")).isEqualTo(new NodeFacts(List.of("1961-02-03"), List.of("ru"), List.of()));
        assertThat(lg.facts().get("c-a")).isEqualTo(new NodeFacts(List.of(), List.of("kz"), List.of(new NodeFacts.Id("BIN", "180340021791"))));
    }

    /** The 0.3 shape of the standard's own "single update" example: Christopher Taggart and CHRINON LTD. */
    static final String V03_NODES = """
            [
             {"statementID":"e-1","statementType":"entityStatement","statementDate":"2017-11-18","entityType":"registeredEntity",
              "name":"CHRINON LTD","identifiers":[{"scheme":"GB-COH","id":"07444723"}],"jurisdiction":{"code":"GB"},
              "publicationDetails":{"bodsVersion":"0.3"}},
             {"statementID":"p-1","statementType":"personStatement","statementDate":"2017-11-18","personType":"knownPerson",
              "names":[{"type":"individual","fullName":"Christopher Taggart"}],"birthDate":"1964-04","nationalities":[{"code":"GB"}],
              "publicationDetails":{"bodsVersion":"0.3"}},
            """;

    @Test
    void v03_replacesStatements_laterShareReplacesTheEarlierFromItsDate() throws Exception {
        Path f = write("v03.json", V03_NODES + """
             {"statementID":"o-1","statementType":"ownershipOrControlStatement","statementDate":"2018-01-05",
              "subject":{"describedByEntityStatement":"e-1"},"interestedParty":{"describedByPersonStatement":"p-1"},
              "interests":[{"type":"shareholding","directOrIndirect":"direct","startDate":"2016-04-06","share":{"exact":75}}]},
             {"statementID":"o-2","statementType":"ownershipOrControlStatement","statementDate":"2024-03-01","replacesStatements":["o-1"],
              "subject":{"describedByEntityStatement":"e-1"},"interestedParty":{"describedByPersonStatement":"p-1"},
              "interests":[{"type":"shareholding","directOrIndirect":"direct","startDate":"2016-04-06","share":{"exact":30}}]}
            ]
            """);

        assertThat(result(f, AFTER_UPDATE, "e-1", "p-1").status()).isEqualTo(Status.CLEAR);
        assertThat(result(f, BEFORE_UPDATE, "e-1", "p-1").status()).isEqualTo(Status.BLOCKED);
        LoadedGraph lg = GraphLoader.load(List.of(f));
        assertThat(lg.facts().get("p-1").birthDates()).containsExactly("1964-04");
        assertThat(lg.facts().get("e-1").identifiers()).containsExactly(new NodeFacts.Id("GB-COH", "07444723"));
    }

    @Test
    void v03_replacedPersonStatement_isTheSameNodeAsTheOneItReplaces() throws Exception {
        Path f = write("v03-person.json", V03_NODES + """
             {"statementID":"p-2","statementType":"personStatement","statementDate":"2019-01-01","replacesStatements":["p-1"],
              "personType":"knownPerson","names":[{"type":"individual","fullName":"Christopher Taggart"}]},
             {"statementID":"o-1","statementType":"ownershipOrControlStatement","statementDate":"2019-01-05",
              "subject":{"describedByEntityStatement":"e-1"},"interestedParty":{"describedByPersonStatement":"p-2"},
              "interests":[{"type":"shareholding","interestLevel":"direct","share":{"exact":60}}]}
            ]
            """);

        LoadedGraph lg = GraphLoader.load(List.of(f));
        assertThat(lg.graph().nodeCount()).isEqualTo(2);
        assertThat(lg.graph().stakes()).singleElement().extracting(Stake::owner).isEqualTo("p-1");
    }

    @Test
    void v02_kebabCaseTypesAndExclusiveMaximumByDefault() throws Exception {
        Path f = write("v02.json", V03_NODES + """
             {"statementID":"o-1","statementType":"ownershipOrControlStatement","statementDate":"2018-01-05",
              "subject":{"describedByEntityStatement":"e-1"},"interestedParty":{"describedByPersonStatement":"p-1"},
              "interests":[{"type":"voting-rights","interestLevel":"direct","share":{"minimum":25,"maximum":50}},
                           {"type":"shareholding","interestLevel":"direct","share":{"minimum":50,"maximum":75,"exclusiveMinimum":true,"exclusiveMaximum":false}},
                           {"type":"settlor-of-trust","interestLevel":"direct"}],
              "publicationDetails":{"bodsVersion":"0.2"}}
            ]
            """);

        LoadedGraph lg = GraphLoader.load(List.of(f));
        assertThat(lg.graph().stakes()).extracting(s -> s.type() + " " + s.share()).containsExactly(
                "VOTING_RIGHTS 25-49.9999%", "SHAREHOLDING 50.0001-75%");
        assertThat(lg.warnings()).singleElement().asString().contains("interest type 'settlor-of-trust' is not ownership or control");
    }

    @Test
    void sameRelationshipTwice_countedOnceWithAWarningNamingBothLines() throws Exception {
        Path f = write("twice.jsonl", V04_NODES + v04Relationship("s3", "new", "2020-01-01", "30")
                + v04Relationship("s3", "new", "2020-01-01", "30").replace("\"r1\"", "\"r2\""));

        LoadedGraph lg = GraphLoader.load(List.of(f));
        assertThat(lg.graph().stakeCount()).isEqualTo(1);
        assertThat(lg.warnings()).containsExactly("twice.jsonl line 8: the same stake as twice.jsonl line 7" + StakeFields.COUNTED_ONCE);
    }

    @Test
    void twoRecordsGivingOneOwnerDifferentSharesOfOneCompany_anErrorNamingBothLines() throws Exception {
        Path f = write("conflict.jsonl", V04_NODES + v04Relationship("s3", "new", "2020-01-01", "30")
                + v04Relationship("s9", "new", "2020-01-01", "25").replace("\"r1\"", "\"r2\""));

        assertThatThrownBy(() -> GraphLoader.load(List.of(f))).isInstanceOf(OwnershipFormatException.class)
                .hasMessageStartingWith("conflict.jsonl line 8: shareholding stake 'p-x' -> 'c-a' of 25% from 2019-01-01 contradicts the one of "
                        + "30% from 2019-01-01")
                .hasMessageContaining("given at conflict.jsonl line 7");
    }
}
