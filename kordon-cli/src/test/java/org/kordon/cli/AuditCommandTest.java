package org.kordon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kordon.model.Entity;
import org.kordon.model.ListSnapshot;
import org.kordon.model.NameKind;
import org.kordon.model.Schema;
import org.kordon.model.SourceRef;
import org.kordon.review.ListLoad;
import org.kordon.review.Workflow;
import org.kordon.store.Alert;
import org.kordon.store.AuditEntry;
import org.kordon.store.Outcome;
import org.kordon.store.Store;
import org.kordon.store.Subject;

/** {@code kordon audit verify} on an H2 database written by the workflow (both databases: kordon-review's AuditChain tests). */
class AuditCommandTest {
    @TempDir
    Path tmp;

    private String url;
    private List<AuditEntry> entries;

    @BeforeEach
    void writeSomeHistory() {
        url = Store.h2Url(tmp.resolve("db").resolve("kordon"));
        Entity putin = Entity.builder("ofac-35096", Schema.PERSON).name("Vladimir Vladimirovich PUTIN", NameKind.PRIMARY)
                .source(new SourceRef("ofac-sdn", "v1")).build();
        ListSnapshot lists = new ListSnapshot(List.of(new SourceRef("ofac-sdn", "v1")), new ArrayList<>(List.of(putin)));
        try (Store store = Store.open(url)) {
            Workflow wf = Workflow.open(store, ListLoad.ofSnapshot(lists, "fixture"), 0.78);
            Subject s = new Subject("C-1", "Vladimir Putin", Schema.PERSON, null, null, List.of(), true);
            Alert a = wf.screen(s, "batch").opened().get(0);
            wf.decide(a.id(), Outcome.FALSE_POSITIVE, "anna", "namesake", "portal");
            entries = store.audit(null, null, 1000, 0);
        }
    }

    private void tamper(String... sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            for (String st : sql) {
                s.execute(st);
            }
        }
    }

    @Test
    void verify_intactDatabase_exit0WithTheHead() {
        AuditEntry last = entries.get(entries.size() - 1);

        KordonRun r = KordonRun.of("audit", "verify", "--db", url);

        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
        assertThat(r.out().strip()).isEqualTo("audit trail intact: " + entries.size() + " entries, head seq " + last.seq() + " sha256 " + last.hash());
        assertThat(r.err()).isEmpty();
    }

    @Test
    void verify_entryChanged_exit3NamingSeqIdExpectedAndFound() throws Exception {
        AuditEntry victim = entries.get(1);
        tamper("DROP TRIGGER audit_append_only", "UPDATE audit_entry SET detail = 'nothing to see' WHERE seq = " + victim.seq());

        KordonRun r = KordonRun.of("audit", "verify", "--db", url);

        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.out()).contains("  break:    changed", "  at:       seq " + victim.seq() + ", id " + victim.id(),
                "  found:    " + victim.hash());
        assertThat(r.err().lines()).singleElement().asString()
                .startsWith("kordon: audit trail broken at seq " + victim.seq() + " (id " + victim.id() + "): changed: ");
    }

    @Test
    void verify_tailDeleted_exit3() throws Exception {
        tamper("DROP TRIGGER audit_append_only", "DELETE FROM audit_entry WHERE seq = " + entries.get(entries.size() - 1).seq());

        KordonRun r = KordonRun.of("audit", "verify", "--db", url);

        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.out()).contains("  break:    head");
    }

    @Test
    void verify_anchorOfAnEarlierRun_exit0_otherHash_exit3() {
        AuditEntry first = entries.get(0);

        assertThat(KordonRun.of("audit", "verify", "--db", url, "--anchor", first.seq() + ":" + first.hash()).code()).isEqualTo(ExitCode.OK);
        KordonRun r = KordonRun.of("audit", "verify", "--db", url, "--anchor", first.seq() + ":" + "f".repeat(64));
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.out()).contains("  break:    anchor");
    }

    @Test
    void verify_malformedAnchor_usageError() {
        KordonRun r = KordonRun.of("audit", "verify", "--db", url, "--anchor", "12");

        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err().strip()).isEqualTo("kordon: --anchor: expected SEQ:SHA256HEX (e.g. 1204:6f1c...), got '12'");
    }

    @Test
    void verify_json_carriesTheFirstBreak() throws Exception {
        tamper("UPDATE alert SET status = 'TRUE_MATCH'");

        KordonRun r = KordonRun.of("audit", "verify", "--db", url, "--json");

        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.out()).contains("\"intact\" : false", "\"kind\" : \"status\"", "\"found\" : \"true_match\"");
    }

    @Test
    void verify_noSuchDatabase_exit5AndNothingCreated() throws Exception {
        Path none = tmp.resolve("none");
        Files.createDirectories(none);

        KordonRun r = KordonRun.of("audit", "verify", "--db", Store.h2Url(none.resolve("kordon")));

        assertThat(r.code()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(r.err()).startsWith("kordon: no database at jdbc:h2:file:");
        try (var files = Files.list(none)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void verify_otherDatabase_usageError() {
        KordonRun r = KordonRun.of("audit", "verify", "--db", "jdbc:mysql://localhost/kordon");

        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).startsWith("kordon: --db: database URL must start with jdbc:h2: or jdbc:postgresql:");
    }
}
