package org.kordon.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kordon.model.Schema;
import org.kordon.store.Alert;
import org.kordon.store.AuditEntry;
import org.kordon.store.AuditVerification;
import org.kordon.store.Outcome;
import org.kordon.store.ResolutionJudgement;
import org.kordon.store.Store;
import org.kordon.store.StoreException;
import org.kordon.store.StoreTesting;
import org.kordon.store.Subject;

/**
 * The audit trail's hash chain and its verification, run against each database ({@link AuditChainH2Test},
 * {@link AuditChainPostgresTest}). The tampering tests do what a database user with too many rights could do: they
 * first remove the guard (as a table owner can) and then change, delete or truncate, and show that verification
 * finds each.
 */
abstract class AuditChainContract {
    static final double THRESHOLD = 0.78;

    String url;
    Store store;
    Workflow wf;

    /** A JDBC URL of a new, empty database. */
    abstract String newDatabaseUrl();

    /** SQL that lets UPDATE and DELETE through the append-only trigger {@code trigger} of {@code table}. */
    abstract String disableAppendOnly(String table, String trigger);

    /** SQL that lets TRUNCATE of {@code table} through. */
    abstract String disableTruncateGuard(String table);

    /** The strongest TRUNCATE of {@code table} the database has (PostgreSQL: with CASCADE). */
    abstract String truncate(String table);

    /** A fragment of the database's message when it refuses a TRUNCATE. */
    abstract String truncateRefused();

    @BeforeEach
    void open() {
        url = newDatabaseUrl();
        store = Store.open(url);
        wf = Workflow.open(store, Fixtures.v1(), THRESHOLD);
    }

    @AfterEach
    void close() {
        store.close();
    }

    static Subject person(String id, String name) {
        return new Subject(id, name, Schema.PERSON, null, null, List.of(), true);
    }

    /** A little history: three subjects, two alerts, a decision, an escalation, a removed entity, a deletion. */
    List<Alert> history() {
        Alert putin = wf.screen(person("C-1", "Vladimir Putin"), "batch").opened().get(0);
        Alert lavrov = wf.screen(person("C-2", "Sergei Lavrov"), "batch").opened().get(0);
        wf.screen(person("C-3", "Maria Gonzalez Ferreira"), "batch");
        wf.decide(putin.id(), Outcome.FALSE_POSITIVE, "anna", "namesake: born 1981", "web-ui");
        wf.decide(lavrov.id(), Outcome.ESCALATED, "bob", "needs a second look", "bob");
        wf.load(Fixtures.load("v2", Fixtures.putin("v2"), Fixtures.rosneft("v2")), "batch");
        wf.delete("C-3", "batch");
        wf.screen(person("C-1", "Vladimir Putin"), "batch");
        return List.of(putin, lavrov);
    }

    void sql(String... statements) {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            for (String st : statements) {
                s.execute(st);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    long idAt(long seq) {
        return all().stream().filter(e -> e.seq() == seq).findFirst().orElseThrow().id();
    }

    List<AuditEntry> all() {
        return store.audit(null, null, 10_000, 0);
    }

    // ------------------------------------------------------------------ an intact trail

    @Test
    void verify_newDatabase_intactWithTheFirstListLoad() {
        AuditVerification v = store.verifyAudit();

        assertThat(v.intact()).as(v.summary()).isTrue();
        assertThat(v.entries()).isEqualTo(1);
        assertThat(v.headSeq()).isEqualTo(1);
        assertThat(all()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("LIST_LOADED");
            assertThat(e.prevHash()).isEqualTo("0".repeat(64));
            assertThat(e.hash()).isEqualTo(v.headHash());
        });
    }

    @Test
    void verify_afterAWorkflow_intactGaplessChainEndingAtTheHead() {
        history();

        AuditVerification v = store.verifyAudit();

        assertThat(v.intact()).as(v.summary()).isTrue();
        List<AuditEntry> entries = all();
        assertThat(entries).extracting(AuditEntry::seq).containsExactlyElementsOf(
                java.util.stream.LongStream.rangeClosed(1, entries.size()).boxed().toList());
        for (int i = 1; i < entries.size(); i++) {
            assertThat(entries.get(i).prevHash()).isEqualTo(entries.get(i - 1).hash());
        }
        assertThat(v.entries()).isEqualTo(entries.size());
        assertThat(v.headSeq()).isEqualTo(entries.size());
        assertThat(v.headHash()).isEqualTo(entries.get(entries.size() - 1).hash());
        assertThat(v.summary()).startsWith("audit trail intact: " + entries.size() + " entries, head seq " + entries.size() + " sha256 ");
    }

    @Test
    void audit_decision_recordsAnalystAsActorAndKeyAsPrincipal() {
        Alert a = wf.screen(person("C-1", "Vladimir Putin"), "batch").opened().get(0);
        wf.decide(a.id(), Outcome.FALSE_POSITIVE, "anna", "namesake", "web-ui");

        assertThat(store.audit(null, a.id(), 10, 0)).extracting(AuditEntry::action, AuditEntry::actor, AuditEntry::principal)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ALERT_OPENED", "batch", "batch"),
                        org.assertj.core.groups.Tuple.tuple("ALERT_DECIDED", "anna", "web-ui"));
    }

    @Test
    void audit_decisionWithoutPrincipal_refused() {
        Alert a = wf.screen(person("C-1", "Vladimir Putin"), "batch").opened().get(0);

        assertThatThrownBy(() -> wf.decide(a.id(), Outcome.FALSE_POSITIVE, "anna", "namesake", " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("principal");
        assertThat(store.decisions(a.id())).isEmpty();
    }

    @Test
    void audit_loneSurrogateInName_storedAsReplacementCharacterAndVerifies() {
        wf.screen(person("C-1", "Vladimir \uD800 Putin"), "batch");

        AuditVerification v = store.verifyAudit();

        assertThat(v.intact()).as(v.summary()).isTrue();
        assertThat(store.audit("C-1", null, 10, 0).get(0).detail()).contains("Vladimir \uFFFD Putin");
    }

    @Test
    void verify_concurrentWritersOnTwoStoresOfOneDatabase_gaplessAndIntact() throws Exception {
        int threads = 6;
        int perThread = 20;
        try (Store second = Store.open(url)) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    Store s = t % 2 == 0 ? store : second;
                    int thread = t;
                    done.add(pool.submit(() -> {
                        for (int i = 0; i < perThread; i++) {
                            Subject subject = person("T" + thread + "-" + i, "Person " + thread + " " + i);
                            s.saveSubject(subject, Hashes.subject(subject), "writer-" + thread);
                        }
                        return null;
                    }));
                }
                for (Future<?> f : done) {
                    f.get(120, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
        }

        AuditVerification v = store.verifyAudit();

        assertThat(v.intact()).as(v.summary()).isTrue();
        assertThat(v.entries()).isEqualTo(1 + threads * perThread);
        assertThat(all()).extracting(AuditEntry::seq).doesNotHaveDuplicates().hasSize(1 + threads * perThread);
    }

    @Test
    void anchor_takenEarlier_matchesWhileTheTrailGrows() {
        wf.screen(person("C-1", "Vladimir Putin"), "batch");
        AuditVerification then = store.verifyAudit();
        AuditVerification.Anchor anchor = new AuditVerification.Anchor(then.headSeq(), then.headHash());
        wf.screen(person("C-2", "Sergei Lavrov"), "batch");

        assertThat(store.verifyAudit(anchor).intact()).isTrue();
    }

    @Test
    void anchor_otherHash_reportsAnchorBreak() {
        wf.screen(person("C-1", "Vladimir Putin"), "batch");
        AuditVerification.Anchor anchor = AuditVerification.Anchor.parse("2:" + "ab".repeat(32));

        AuditVerification v = store.verifyAudit(anchor);

        assertThat(v.intact()).isFalse();
        assertThat(v.firstBreak().kind()).isEqualTo(AuditVerification.ANCHOR);
        assertThat(v.firstBreak().seq()).isEqualTo(2);
        assertThat(v.firstBreak().expected()).isEqualTo("ab".repeat(32));
        assertThat(v.firstBreak().found()).isEqualTo(all().get(1).hash());
    }

    @Test
    void anchor_pastTheEnd_reportsAnchorBreak() {
        AuditVerification v = store.verifyAudit(new AuditVerification.Anchor(99, "0".repeat(64)));

        assertThat(v.firstBreak().kind()).isEqualTo(AuditVerification.ANCHOR);
        assertThat(v.firstBreak().found()).isEqualTo("the trail ends at seq 1");
    }

    @Test
    void anchor_malformed_namesWhatIsWrong() {
        assertThatThrownBy(() -> AuditVerification.Anchor.parse("12")).hasMessageContaining("expected SEQ:SHA256HEX");
        assertThatThrownBy(() -> AuditVerification.Anchor.parse("x:" + "0".repeat(64))).hasMessageContaining("not a whole number");
        assertThatThrownBy(() -> AuditVerification.Anchor.parse("3:abc")).hasMessageContaining("64 hex digits");
    }

    // ------------------------------------------------------------------ resolution judgements

    @Test
    void judgement_recordedInOrderWithItsAuditEntry_andTheChainIntact() {
        history();

        ResolutionJudgement split = store.insertJudgement(ResolutionJudgement.SPLIT, "ofac-35096", "ofac-35098", " anna ", "two people", "web-ui");
        ResolutionJudgement join = store.insertJudgement(ResolutionJudgement.JOIN, "ofac-35098", "ofac-17095", "bob", "one party", "bob");

        assertThat(store.judgements()).containsExactly(split, join);
        assertThat(split.analyst()).isEqualTo("anna");
        assertThat(split.id()).isLessThan(join.id());
        assertThat(all()).filteredOn(e -> e.action().equals("RESOLUTION_JUDGED")).first().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("anna");
            assertThat(e.principal()).isEqualTo("web-ui");
            assertThat(e.entityId()).isEqualTo("ofac-35096");
            assertThat(e.at()).isEqualTo(split.judgedAt());
            assertThat(e.detail()).isEqualTo("judgement " + split.id() + ": split ofac-35096 / ofac-35098 by anna: two people");
        });
        assertThat(store.verifyAudit().intact()).isTrue();
    }

    @Test
    void judgement_badField_refusedNamingIt_andNothingRecorded() {
        long entries = all().size();

        assertThatThrownBy(() -> store.insertJudgement("merge", "ofac-35096", "ofac-35098", "anna", "x", "web-ui"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("kind: ");
        assertThatThrownBy(() -> store.insertJudgement("join", "ofac-35096", "ofac-35096", "anna", "x", "web-ui"))
                .hasMessageStartingWith("b: ");
        assertThatThrownBy(() -> store.insertJudgement("join", "ofac-35096", "x".repeat(301), "anna", "x", "web-ui"))
                .hasMessageStartingWith("b: ");
        assertThatThrownBy(() -> store.insertJudgement("join", "ofac-35096", "ofac-35098", "anna", " ", "web-ui"))
                .hasMessageStartingWith("reason: ");
        assertThat(store.judgements()).isEmpty();
        assertThat(all()).hasSize((int) entries);
    }

    @Test
    void database_updateDeleteOrTruncateOfAJudgement_refused() {
        store.insertJudgement(ResolutionJudgement.SPLIT, "ofac-35096", "ofac-35098", "anna", "two people", "web-ui");

        assertThatThrownBy(() -> StoreTesting.executeUpdate(store, "UPDATE resolution_judgement SET kind = 'join'"))
                .isInstanceOf(StoreException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> StoreTesting.executeUpdate(store, "DELETE FROM resolution_judgement"))
                .isInstanceOf(StoreException.class).hasMessageContaining("DELETE refused");
        assertThatThrownBy(() -> StoreTesting.executeUpdate(store, truncate("resolution_judgement")))
                .isInstanceOf(StoreException.class).hasMessageContaining(truncateRefused());
        assertThat(store.judgements()).hasSize(1);
        assertThat(store.verifyAudit().intact()).isTrue();
    }

    @Test
    void tamper_judgementDeleted_reportsItsEntryAsOrphan() {
        ResolutionJudgement j = store.insertJudgement(ResolutionJudgement.SPLIT, "ofac-35096", "ofac-35098", "anna", "two people", "web-ui");
        sql(disableAppendOnly("resolution_judgement", "judgement_append_only"), "DELETE FROM resolution_judgement");

        AuditVerification.Break b = store.verifyAudit().firstBreak();

        assertThat(b.kind()).isEqualTo(AuditVerification.ORPHAN_ENTRY);
        assertThat(b.expected()).isEqualTo("resolution judgement " + j.id() + ": split ofac-35096 / ofac-35098 by anna: two people");
    }

    @Test
    void tamper_judgementInsertedWithoutEntry_reportsMissingEntry() {
        ResolutionJudgement j = store.insertJudgement(ResolutionJudgement.SPLIT, "ofac-35096", "ofac-35098", "anna", "two people", "web-ui");
        sql("INSERT INTO resolution_judgement (kind, listing_a, listing_b, analyst, reason, principal, judged_at)"
                + " SELECT 'join', listing_a, listing_b, analyst, reason, principal, judged_at FROM resolution_judgement WHERE id = " + j.id());

        AuditVerification.Break b = store.verifyAudit().firstBreak();

        assertThat(b.kind()).isEqualTo(AuditVerification.MISSING_ENTRY);
        assertThat(b.expected()).isEqualTo("a RESOLUTION_JUDGED entry for judgement " + store.judgements().get(1).id());
    }

    // ------------------------------------------------------------------ what the database refuses

    @Test
    void database_truncateOfAnyHistoryTable_refused() {
        history();
        for (String table : List.of("audit_entry", "decision", "list_version", "listed_entity", "list_change", "audit_head")) {
            assertThatThrownBy(() -> StoreTesting.executeUpdate(store, truncate(table))).as(table)
                    .isInstanceOf(StoreException.class).hasMessageContaining(truncateRefused());
        }
        assertThat(store.verifyAudit().intact()).isTrue();
    }

    @Test
    void database_updateOrDeleteOfAuditEntryOrHead_refused() {
        history();

        assertThatThrownBy(() -> StoreTesting.executeUpdate(store, "UPDATE audit_entry SET actor = 'mallory' WHERE seq = 2"))
                .isInstanceOf(StoreException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> StoreTesting.executeUpdate(store, "DELETE FROM audit_head"))
                .isInstanceOf(StoreException.class).hasMessageContaining("DELETE refused");
        assertThat(store.verifyAudit().intact()).isTrue();
    }

    // ------------------------------------------------------------------ tampering, and what verification reports

    @Test
    void tamper_entryChanged_reportsChangedAtItsSeqWithBothHashes() {
        history();
        AuditEntry victim = all().get(4);
        sql(disableAppendOnly("audit_entry", "audit_append_only"),
                "UPDATE audit_entry SET actor = 'mallory' WHERE seq = " + victim.seq());

        AuditVerification v = store.verifyAudit();

        assertThat(v.intact()).isFalse();
        assertThat(v.firstBreak()).satisfies(b -> {
            assertThat(b.kind()).isEqualTo(AuditVerification.CHANGED);
            assertThat(b.seq()).isEqualTo(victim.seq());
            assertThat(b.id()).isEqualTo(victim.id());
            assertThat(b.found()).isEqualTo(victim.hash());
            assertThat(b.expected()).isNotEqualTo(victim.hash()).hasSize(64);
        });
        assertThat(v.entries()).isEqualTo(victim.seq() - 1);
        assertThat(v.summary()).startsWith("audit trail broken at seq " + victim.seq() + " (id " + victim.id() + "): changed: ");
    }

    @Test
    void tamper_entryChangedAndRehashed_reportsRelinkedAtItsSuccessor() {
        history();
        AuditEntry victim = all().get(4);
        String forged = StoreTesting.auditHash(victim.seq(), victim.at(), victim.principal(), "mallory", victim.action(), victim.subjectId(),
                victim.alertId(), victim.entityId(), victim.versionId(), victim.detail(), victim.prevHash());
        sql(disableAppendOnly("audit_entry", "audit_append_only"),
                "UPDATE audit_entry SET actor = 'mallory', hash = '" + forged + "' WHERE seq = " + victim.seq());

        AuditVerification.Break b = store.verifyAudit().firstBreak();

        assertThat(b.kind()).isEqualTo(AuditVerification.RELINKED);
        assertThat(b.seq()).isEqualTo(victim.seq() + 1);
        assertThat(b.expected()).isEqualTo(forged);
        assertThat(b.found()).isEqualTo(victim.hash());
    }

    @Test
    void tamper_middleEntryDeleted_reportsGapAtTheNextEntry() {
        history();
        AuditEntry victim = all().get(3);
        sql(disableAppendOnly("audit_entry", "audit_append_only"), "DELETE FROM audit_entry WHERE seq = " + victim.seq());

        AuditVerification.Break b = store.verifyAudit().firstBreak();

        assertThat(b.kind()).isEqualTo(AuditVerification.GAP);
        assertThat(b.seq()).isEqualTo(victim.seq() + 1);
        assertThat(b.expected()).isEqualTo("seq " + victim.seq());
        assertThat(b.found()).isEqualTo("seq " + (victim.seq() + 1));
        assertThat(b.detail()).startsWith("1 entries before this one are missing");
    }

    @Test
    void tamper_tailDeleted_reportsHeadAheadOfTheLastEntry() {
        history();
        List<AuditEntry> entries = all();
        AuditEntry last = entries.get(entries.size() - 1);
        AuditEntry before = entries.get(entries.size() - 3);
        sql(disableAppendOnly("audit_entry", "audit_append_only"), "DELETE FROM audit_entry WHERE seq > " + before.seq());

        AuditVerification v = store.verifyAudit();

        assertThat(v.firstBreak().kind()).isEqualTo(AuditVerification.HEAD);
        assertThat(v.firstBreak().expected()).isEqualTo("last entry seq " + last.seq() + " sha256 " + last.hash());
        assertThat(v.firstBreak().found()).isEqualTo("last entry seq " + before.seq() + " sha256 " + before.hash());
        assertThat(v.firstBreak().detail()).contains("tail was deleted");
    }

    @Test
    void tamper_truncateWithTheGuardRemoved_reportsHeadBreak() {
        history();
        long headSeq = store.verifyAudit().headSeq();
        sql(disableTruncateGuard("audit_entry"), truncate("audit_entry"));

        AuditVerification v = store.verifyAudit();

        assertThat(v.intact()).isFalse();
        assertThat(v.entries()).isZero();
        assertThat(v.firstBreak().kind()).isEqualTo(AuditVerification.HEAD);
        assertThat(v.firstBreak().found()).isEqualTo("last entry seq 0 sha256 " + "0".repeat(64));
        assertThat(v.firstBreak().expected()).startsWith("last entry seq " + headSeq + " ");
    }

    @Test
    void tamper_headDeletedWithTheGuardRemoved_reportsNoHead() {
        history();
        sql(disableAppendOnly("audit_head", "head_keep"), "DELETE FROM audit_head");

        AuditVerification v = store.verifyAudit();

        assertThat(v.firstBreak().kind()).isEqualTo(AuditVerification.NO_HEAD);
        assertThatThrownBy(() -> wf.screen(person("C-9", "Maria Gonzalez Ferreira"), "batch"))
                .isInstanceOf(StoreException.class).hasMessageContaining("audit chain head");
    }

    @Test
    void tamper_decisionDeleted_reportsMissingEntryCounts() {
        List<Alert> alerts = history();
        long putin = alerts.get(0).id();
        sql(disableAppendOnly("decision", "decision_append_only"), "DELETE FROM decision WHERE alert_id = " + putin);

        AuditVerification.Break b = store.verifyAudit().firstBreak();

        assertThat(b.kind()).isEqualTo(AuditVerification.MISSING_ENTRY);
        assertThat(b.detail()).isEqualTo("alert " + putin + " has 0 decisions but 1 ALERT_DECIDED audit entries:"
                + " a decision or its entry was deleted, or written outside Kordon");
    }

    @Test
    void tamper_alertStatusSetDirectly_reportsStatusBreak() {
        long putin = history().get(0).id();
        sql("UPDATE alert SET status = 'TRUE_MATCH' WHERE id = " + putin);

        AuditVerification.Break b = store.verifyAudit().firstBreak();

        assertThat(b.kind()).isEqualTo(AuditVerification.STATUS);
        assertThat(b.expected()).isEqualTo("alert " + putin + " false_positive");
        assertThat(b.found()).isEqualTo("true_match");
        assertThat(b.detail()).startsWith("alert " + putin + "'s status was changed without a decision");
    }

    @Test
    void tamper_alertInsertedWithoutEntry_reportsMissingEntry() {
        Alert a = wf.screen(person("C-1", "Vladimir Putin"), "batch").opened().get(0);
        sql("INSERT INTO alert (subject_id, entity_id, entity_caption, version_id, score, matched_name, explanation, features,"
                + " entity_hash, subject_hash, status, created_at, kind) SELECT subject_id, 'ofac-35098', entity_caption, version_id,"
                + " score, matched_name, explanation, features, entity_hash, subject_hash, 'OPEN', created_at, kind FROM alert WHERE id = " + a.id());

        AuditVerification.Break b = store.verifyAudit().firstBreak();

        assertThat(b.kind()).isEqualTo(AuditVerification.MISSING_ENTRY);
        assertThat(b.detail()).startsWith("alert ").contains("has no ALERT_OPENED audit entry");
    }

    @Test
    void tamper_entryAppendedPastTheHead_reportsHeadBreak() {
        history();
        AuditEntry last = all().get(all().size() - 1);
        OffsetDateTime at = last.at();
        String hash = StoreTesting.auditHash(last.seq() + 1, at, "mallory", "mallory", "SUBJECT_UPDATED", "C-1", null, null, null, "forged", last.hash());
        try (Connection c = DriverManager.getConnection(url); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO audit_entry (at, actor, action, subject_id, detail, seq, principal, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?)")) {
            ps.setObject(1, at);
            ps.setString(2, "mallory");
            ps.setString(3, "SUBJECT_UPDATED");
            ps.setString(4, "C-1");
            ps.setString(5, "forged");
            ps.setLong(6, last.seq() + 1);
            ps.setString(7, "mallory");
            ps.setString(8, last.hash());
            ps.setString(9, hash);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }

        AuditVerification.Break b = store.verifyAudit().firstBreak();

        assertThat(b.kind()).isEqualTo(AuditVerification.HEAD);
        assertThat(b.detail()).contains("entries past the head");
    }

    // ------------------------------------------------------------------ existing databases

    @Test
    void migrate_databaseOfVersion3WithEntries_chainsThemInIdOrder() throws SQLException {
        store.close();
        url = newDatabaseUrl();
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration/common", "classpath:db/migration/" + StoreTesting.vendorOf(url))
                .target("3").load().migrate();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("INSERT INTO list_version (id, source, checksum, loaded_at, entity_count, added_count, changed_count, removed_count)"
                    + " VALUES (1, 'fixture v1', 'abc', TIMESTAMP WITH TIME ZONE '2026-01-02 03:04:05.123456+00', 3, 3, 0, 0)");
            s.execute("INSERT INTO subject (id, name, identifiers, content_hash, active, created_at, updated_at) VALUES"
                    + " ('C-1', 'Vladimir Putin', '', 'h', TRUE, TIMESTAMP WITH TIME ZONE '2026-01-02 03:04:06+00', TIMESTAMP WITH TIME ZONE '2026-01-02 03:04:06+00')");
            // ids with a gap, as a crash leaves them
            s.execute("INSERT INTO audit_entry (id, at, actor, action, version_id, detail) VALUES"
                    + " (1, TIMESTAMP WITH TIME ZONE '2026-01-02 03:04:05.123456+00', 'kordon', 'LIST_LOADED', 1, 'fixture v1: 3 entities')");
            s.execute("INSERT INTO audit_entry (id, at, actor, action, subject_id, detail) VALUES"
                    + " (7, TIMESTAMP WITH TIME ZONE '2026-01-02 03:04:06+00', 'batch', 'SUBJECT_CREATED', 'C-1', 'name ''Vladimir Putin''')");
            if (url.startsWith("jdbc:postgresql:")) {
                s.execute("SELECT setval(pg_get_serial_sequence('audit_entry', 'id'), 7)");
                s.execute("SELECT setval(pg_get_serial_sequence('list_version', 'id'), 1)");
            } else {
                s.execute("ALTER TABLE audit_entry ALTER COLUMN id RESTART WITH 8");
                s.execute("ALTER TABLE list_version ALTER COLUMN id RESTART WITH 2");
            }
        }

        store = Store.open(url);

        List<AuditEntry> entries = all();
        assertThat(entries).extracting(AuditEntry::id, AuditEntry::seq)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, 1L), org.assertj.core.groups.Tuple.tuple(7L, 2L));
        assertThat(entries).extracting(AuditEntry::principal).containsOnlyNulls();
        assertThat(entries.get(0).prevHash()).isEqualTo(StoreTesting.GENESIS);
        assertThat(entries.get(1).prevHash()).isEqualTo(entries.get(0).hash());
        AuditVerification v = store.verifyAudit();
        assertThat(v.intact()).as(v.summary()).isTrue();
        assertThat(v.headSeq()).isEqualTo(2);

        wf = Workflow.open(store, Fixtures.v1(), THRESHOLD);
        wf.screen(person("C-2", "Sergei Lavrov"), "batch");
        List<AuditEntry> after = all();
        assertThat(after).hasSizeGreaterThan(3).extracting(AuditEntry::seq)
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, after.size()).boxed().toList());
        assertThat(after.get(after.size() - 1).principal()).isEqualTo("batch");
        assertThat(store.verifyAudit().intact()).isTrue();
    }

    @Test
    void verifyByUrl_sameAnswerAsTheOpenStore() {
        history();

        AuditVerification byUrl = Store.verifyAudit(url, null);

        assertThat(byUrl).isEqualTo(store.verifyAudit());
    }
}
