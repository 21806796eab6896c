package org.kordon.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kordon.model.ListSnapshot;
import org.kordon.model.Schema;
import org.kordon.review.ListLoad;
import org.kordon.review.Workflow;
import org.kordon.store.Alert;
import org.kordon.store.Store;
import org.kordon.store.Subject;

class ServeCommandTest {
    /** The bundled sample: months old, so these tests turn the age check off (FailClosedCliTest tests it). */
    static Path sample;

    @TempDir
    Path tmp;

    @BeforeAll
    static void unpack() {
        sample = ListOptions.BundledSample.extract();
    }

    private String h2() {
        return "jdbc:h2:file:" + tmp.resolve("db").toAbsolutePath();
    }

    @Test
    void serve_check_startsOnFreePortAndAnswersHealth() {
        KordonRun r = KordonRun.of("serve", "--check", "--port", "0", "--db", h2(), "--list", sample.toString(), "--max-list-age", "off");

        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).containsPattern("kordon: serving on http://127\\.0\\.0\\.1:\\d+ \\(API description")
                .contains("no API keys").contains("/health answered 200");
        assertThat(r.err()).contains("(h2), list version 1, 0 subjects");
    }

    @Test
    void serve_checkTwice_sameDatabaseKeepsListVersion() {
        KordonRun.of("serve", "--check", "--port", "0", "--db", h2(), "--list", sample.toString(), "--max-list-age", "off");
        KordonRun r = KordonRun.of("serve", "--check", "--port", "0", "--db", h2(), "--list", sample.toString(), "--max-list-age", "off");

        assertThat(r.err()).contains("list version 1,");
    }

    @Test
    void serve_otherDatabaseUrl_usageErrorOnOneLine() {
        KordonRun r = KordonRun.of("serve", "--check", "--db", "jdbc:mysql://localhost/kordon", "--list", sample.toString(), "--max-list-age", "off");

        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err().lines().filter(l -> l.startsWith("kordon: --db"))).singleElement()
                .asString().contains("jdbc:h2: or jdbc:postgresql:");
    }

    @Test
    void serve_missingKeyFile_ioError() {
        KordonRun r = KordonRun.of("serve", "--check", "--api-keys", tmp.resolve("none.txt").toString(), "--list", sample.toString(), "--max-list-age", "off");

        assertThat(r.code()).isEqualTo(ExitCode.IO_ERROR);
        assertThat(r.err()).contains("none.txt: no such file");
    }

    @Test
    void serve_malformedKeyFile_badInputNamingLine() throws Exception {
        Path keys = Files.writeString(tmp.resolve("keys.txt"), "# keys\nweb:admin:abcd:" + "0".repeat(64) + "\n");

        KordonRun r = KordonRun.of("serve", "--check", "--api-keys", keys.toString(), "--list", sample.toString(), "--max-list-age", "off");

        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("keys.txt line 2, field role: must be read, write or act-for");
    }

    private Path stakes(String betaShare) throws Exception {
        return Files.writeString(tmp.resolve("stakes.csv"), "owner_id,owned_id,share_min,share_max,type,start,end\n"
                + "X1,Beta Holding Ltd,100,100,shareholding,,\n"
                + "Beta Holding Ltd,Beta Trade LLP," + betaShare + "," + betaShare + ",shareholding,,\n");
    }

    @Test
    void serve_stakes_rescreensSubjectInGraphIntoOwnershipAlertWithPath() throws Exception {
        try (Store store = Store.open(h2())) {
            Workflow wf = Workflow.open(store, ListLoad.ofSnapshot(new ListSnapshot(List.of(), new ArrayList<>()), "none"), 0.78);
            wf.screen(new Subject("K-7", "Beta Trade LLP", Schema.COMPANY, null, null, List.of(), true), "test");
        }
        Path listed = Files.writeString(tmp.resolve("listed.csv"), "entity_id\nX1\n");

        KordonRun r = KordonRun.of("serve", "--check", "--port", "0", "--db", h2(), "--list", sample.toString(), "--max-list-age", "off",
                "--stakes", stakes("50").toString(), "--listed", listed.toString());

        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
        assertThat(r.err()).contains("kordon: ownership from stakes.csv: 3 nodes, 2 stakes, 1 more listed ids from listed.csv")
                .contains("kordon: ownership alerts on; 1 subjects in the graph re-screened, 1 alerts opened");
        try (Store store = Store.open(h2())) {
            assertThat(store.latestAlerts("K-7")).extracting(Alert::kind, Alert::explanation).containsExactly(
                    tuple(Alert.OWNERSHIP,
                            "OFAC, EU: blocked, listed-owned 50%: X1 -100%-> Beta Holding Ltd(blocked) -50%-> Beta Trade LLP"));
        }
    }

    @Test
    void serve_badStakes_badInputNamingFileLineField() throws Exception {
        KordonRun r = KordonRun.of("serve", "--check", "--port", "0", "--db", h2(), "--list", sample.toString(), "--max-list-age", "off",
                "--stakes", stakes("120").toString());

        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("stakes.csv line 3").contains("share_min");
    }
}
