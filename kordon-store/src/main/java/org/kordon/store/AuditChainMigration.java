package org.kordon.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Flyway migration V5, "audit chain": the hash chain on audit_entry (seq, prev_hash, hash), the principal column,
 * the one-row chain head audit_head, and the guards against TRUNCATE. Existing entries are chained in id order
 * (their principal stays null: Kordon did not record the key before). A Java migration because the hashes are
 * SHA-256 over Java's canonical form ({@link AuditChain#hash}); the SQL is below, per database.
 */
final class AuditChainMigration implements JavaMigration {
    private static final int PAGE = 5_000;

    private static final List<String> BEFORE = List.of(
            "ALTER TABLE audit_entry ADD COLUMN seq BIGINT",
            "ALTER TABLE audit_entry ADD COLUMN principal VARCHAR(200)",
            "ALTER TABLE audit_entry ADD COLUMN prev_hash VARCHAR(64)",
            "ALTER TABLE audit_entry ADD COLUMN hash VARCHAR(64)",
            // The chain head: the last sequence number and hash. Locked by every audited write (see AuditChain).
            "CREATE TABLE audit_head (id INTEGER PRIMARY KEY CHECK (id = 1), seq BIGINT NOT NULL, hash VARCHAR(64) NOT NULL)");

    private static final List<String> AFTER = List.of(
            "ALTER TABLE audit_entry ALTER COLUMN seq SET NOT NULL",
            "ALTER TABLE audit_entry ALTER COLUMN prev_hash SET NOT NULL",
            "ALTER TABLE audit_entry ALTER COLUMN hash SET NOT NULL",
            "CREATE UNIQUE INDEX audit_seq ON audit_entry (seq)");

    private static final List<String> H2_UNLOCK = List.of("DROP TRIGGER audit_append_only");

    /*
     * H2 has no TRUNCATE trigger, and its DELETE triggers do not fire on TRUNCATE. But H2 refuses to truncate a table
     * that a foreign key references, even from an empty table: truncate_guard holds no row and references every
     * history table not referenced already (alert, subject and list_version are). Someone who may drop the guard, or
     * SET REFERENTIAL_INTEGRITY FALSE (an admin), can still truncate; kordon audit verify then reports the break.
     */
    private static final List<String> H2_LOCK = List.of(
            "CREATE TRIGGER audit_append_only BEFORE UPDATE, DELETE ON audit_entry FOR EACH ROW CALL 'org.kordon.store.AppendOnlyTrigger'",
            "CREATE TRIGGER head_keep BEFORE DELETE ON audit_head FOR EACH ROW CALL 'org.kordon.store.AppendOnlyTrigger'",
            """
            CREATE TABLE truncate_guard (
                decision_id    BIGINT REFERENCES decision (id),
                audit_id       BIGINT REFERENCES audit_entry (id),
                head_id        INTEGER REFERENCES audit_head (id),
                listed_version BIGINT,
                listed_entity  VARCHAR(300),
                change_version BIGINT,
                change_entity  VARCHAR(300),
                FOREIGN KEY (listed_version, listed_entity) REFERENCES listed_entity (version_id, entity_id),
                FOREIGN KEY (change_version, change_entity) REFERENCES list_change (version_id, entity_id),
                CHECK (decision_id IS NULL AND audit_id IS NULL AND head_id IS NULL AND listed_version IS NULL AND change_version IS NULL)
            )""");

    private static final List<String> PG_UNLOCK = List.of("ALTER TABLE audit_entry DISABLE TRIGGER audit_append_only");

    private static final List<String> TABLES = List.of("list_version", "listed_entity", "list_change", "subject", "alert", "decision",
            "audit_entry", "audit_head");

    private static final String PG_NO_TRUNCATE = """
            CREATE FUNCTION kordon_no_truncate() RETURNS trigger AS $$
            BEGIN
                RAISE EXCEPTION 'kordon: TRUNCATE of table % refused: the review history is kept (see docs/reliability/audit.md)', TG_TABLE_NAME;
            END;
            $$ LANGUAGE plpgsql""";

    /*
     * PostgreSQL: the head may only name the last entry. The application's role needs UPDATE on audit_head to move
     * it, and this keeps that right from rewinding the head over a deleted tail (which it could not delete anyway)
     * or pointing it anywhere else.
     */
    private static final String PG_HEAD_MATCHES = """
            CREATE FUNCTION kordon_head_matches() RETURNS trigger AS $$
            BEGIN
                IF NEW.seq IS DISTINCT FROM (SELECT MAX(seq) FROM audit_entry)
                        OR NEW.hash IS DISTINCT FROM (SELECT hash FROM audit_entry WHERE seq = NEW.seq) THEN
                    RAISE EXCEPTION 'kordon: the audit chain head must name the last audit entry (seq % refused)', NEW.seq;
                END IF;
                RETURN NEW;
            END;
            $$ LANGUAGE plpgsql""";

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("5");
    }

    @Override
    public String getDescription() {
        return "audit chain";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        execute(c, BEFORE);
        execute(c, postgres ? PG_UNLOCK : H2_UNLOCK);
        AuditChain.Link head = chainExisting(c);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_head (id, seq, hash) VALUES (1, ?, ?)")) {
            ps.setLong(1, head.seq());
            ps.setString(2, head.hash());
            ps.executeUpdate();
        }
        execute(c, AFTER);
        if (postgres) {
            execute(c, List.of("ALTER TABLE audit_entry ENABLE TRIGGER audit_append_only",
                    "CREATE TRIGGER head_keep BEFORE DELETE ON audit_head FOR EACH ROW EXECUTE FUNCTION kordon_append_only()",
                    PG_HEAD_MATCHES,
                    "CREATE TRIGGER head_matches BEFORE UPDATE ON audit_head FOR EACH ROW EXECUTE FUNCTION kordon_head_matches()",
                    PG_NO_TRUNCATE));
            execute(c, TABLES.stream().map(t -> "CREATE TRIGGER " + t + "_no_truncate BEFORE TRUNCATE ON " + t
                    + " FOR EACH STATEMENT EXECUTE FUNCTION kordon_no_truncate()").toList());
        } else {
            execute(c, H2_LOCK);
        }
    }

    /** Chains the entries there are, in id order, a page at a time; returns the last link. */
    private static AuditChain.Link chainExisting(Connection c) throws SQLException {
        AuditChain.Link last = new AuditChain.Link(0, AuditChain.GENESIS);
        long after = Long.MIN_VALUE;
        try (PreparedStatement read = c.prepareStatement("SELECT id, at, actor, action, subject_id, alert_id, entity_id, version_id, detail"
                + " FROM audit_entry WHERE id > ? ORDER BY id FETCH FIRST " + PAGE + " ROWS ONLY");
             PreparedStatement write = c.prepareStatement("UPDATE audit_entry SET seq = ?, prev_hash = ?, hash = ? WHERE id = ?")) {
            while (true) {
                read.setLong(1, after);
                int n = 0;
                try (ResultSet rs = read.executeQuery()) {
                    while (rs.next()) {
                        n++;
                        after = rs.getLong("id");
                        long seq = last.seq() + 1;
                        long alert = rs.getLong("alert_id");
                        Long alertId = rs.wasNull() ? null : alert;
                        long version = rs.getLong("version_id");
                        Long versionId = rs.wasNull() ? null : version;
                        String hash = AuditChain.hash(seq, rs.getObject("at", OffsetDateTime.class), null, rs.getString("actor"),
                                rs.getString("action"), rs.getString("subject_id"), alertId, rs.getString("entity_id"), versionId,
                                rs.getString("detail"), last.hash());
                        write.setLong(1, seq);
                        write.setString(2, last.hash());
                        write.setString(3, hash);
                        write.setLong(4, after);
                        write.addBatch();
                        last = new AuditChain.Link(seq, hash);
                    }
                }
                write.executeBatch();
                if (n < PAGE) {
                    return last;
                }
            }
        }
    }

    private static void execute(Connection c, List<String> statements) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }
}
