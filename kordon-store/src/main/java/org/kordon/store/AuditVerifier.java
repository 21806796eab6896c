package org.kordon.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * Checks the audit trail in one read-only snapshot of the database and reports the first break.
 *
 * <p>In order: the chain head exists; walking the entries by sequence number, each follows its predecessor (no
 * gap), carries its predecessor's hash, and its fields give its own hash; the optional anchor matches; the head is
 * the last entry (a deleted tail or a truncated table leaves the head ahead). Then the rows the trail speaks for:
 * every alert has its ALERT_OPENED entry, every list version its LIST_LOADED, every subject its SUBJECT_CREATED, every
 * resolution judgement its RESOLUTION_JUDGED (whose detail starts {@code judgement <id>:}), each alert as many
 * ALERT_DECIDED entries as decisions; no such entry names a row that is gone; and each alert's status is
 * what its decisions and ALERT_CLOSED entries say (the status is the one column Kordon updates). Memory stays flat:
 * entries are streamed.
 */
final class AuditVerifier {
    private static final int FETCH = 1_000;
    /** The pattern a judgement's RESOLUTION_JUDGED entry's detail matches: {@code "judgement 7: split ..."}. */
    private static final String JUDGEMENT_DETAIL = "CONCAT('judgement ', CAST(j.id AS VARCHAR(20)), ':%')";
    /** The detail of a payment's own entries, {@code payment <id>: ...}, as a LIKE pattern over {@code payment p}. */
    private static final String PAYMENT_DETAIL = "CONCAT('payment ', CAST(p.id AS VARCHAR(20)), ':%')";

    private AuditVerifier() {
    }

    /** Verifies on {@code c} (left as found: auto-commit restored). */
    static AuditVerification verify(Connection c, AuditVerification.Anchor anchor) throws SQLException {
        boolean auto = c.getAutoCommit();
        int isolation = c.getTransactionIsolation();
        boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        c.setAutoCommit(false);
        // One snapshot for the whole check: the head, the entries and the rows must be of the same moment, or a
        // write committed in between would look like a break. PostgreSQL's REPEATABLE READ and H2's SERIALIZABLE
        // both read one snapshot.
        c.setTransactionIsolation(postgres ? Connection.TRANSACTION_REPEATABLE_READ : Connection.TRANSACTION_SERIALIZABLE);
        try {
            return run(c, anchor);
        } finally {
            c.rollback();
            c.setTransactionIsolation(isolation);
            c.setAutoCommit(auto);
        }
    }

    private static AuditVerification run(Connection c, AuditVerification.Anchor anchor) throws SQLException {
        AuditChain.Link head;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT seq, hash FROM audit_head WHERE id = 1")) {
            if (!rs.next()) {
                return broken(0, -1, null, new AuditVerification.Break(AuditVerification.NO_HEAD, null, null, "one row in audit_head",
                        "none", "the chain head row was deleted"));
            }
            head = new AuditChain.Link(rs.getLong(1), rs.getString(2));
        } catch (SQLException e) {
            if (!String.valueOf(e.getSQLState()).startsWith("42")) {
                throw e;
            }
            return broken(0, -1, null, new AuditVerification.Break(AuditVerification.NO_HEAD, null, null, "table audit_head",
                    "no such table", "no audit chain: a database of Kordon before the audit chain (open it with Kordon to migrate it)"
                    + " or the table was dropped"));
        }
        long entries = 0;
        AuditChain.Link last = new AuditChain.Link(0, AuditChain.GENESIS);
        boolean anchorSeen = false;
        try (PreparedStatement ps = c.prepareStatement("SELECT id, seq, at, principal, actor, action, subject_id, alert_id, entity_id,"
                + " version_id, detail, prev_hash, hash FROM audit_entry ORDER BY seq")) {
            ps.setFetchSize(FETCH);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong("id");
                    long seq = rs.getLong("seq");
                    String prev = rs.getString("prev_hash");
                    String stored = rs.getString("hash");
                    if (seq != last.seq() + 1) {
                        return broken(entries, head, new AuditVerification.Break(AuditVerification.GAP, seq, id, "seq " + (last.seq() + 1),
                                "seq " + seq, seq > last.seq() + 1 ? (seq - last.seq() - 1) + " entries before this one are missing (deleted)"
                                : "a sequence number repeats"));
                    }
                    if (!last.hash().equals(prev)) {
                        return broken(entries, head, new AuditVerification.Break(AuditVerification.RELINKED, seq, id, last.hash(), prev,
                                "the predecessor hash is not the hash of entry " + last.seq() + " (that entry was changed and rehashed,"
                                + " or this one relinked)"));
                    }
                    String computed = AuditChain.hash(seq, rs.getObject("at", OffsetDateTime.class), rs.getString("principal"),
                            rs.getString("actor"), rs.getString("action"), rs.getString("subject_id"), nullableLong(rs, "alert_id"),
                            rs.getString("entity_id"), nullableLong(rs, "version_id"), rs.getString("detail"), prev);
                    if (!computed.equals(stored)) {
                        return broken(entries, head, new AuditVerification.Break(AuditVerification.CHANGED, seq, id, computed, stored,
                                "the entry's fields no longer give its hash: the entry was changed"));
                    }
                    if (anchor != null && anchor.seq() == seq) {
                        anchorSeen = true;
                        if (!anchor.hash().equals(stored)) {
                            return broken(entries, head, new AuditVerification.Break(AuditVerification.ANCHOR, seq, id, anchor.hash(), stored,
                                    "the entry at the anchor's sequence number has another hash: the trail was rewritten since the anchor was taken"));
                        }
                    }
                    entries++;
                    last = new AuditChain.Link(seq, stored);
                }
            }
        }
        if (anchor != null && !anchorSeen) {
            return broken(entries, head, new AuditVerification.Break(AuditVerification.ANCHOR, anchor.seq(), null, "an entry with seq "
                    + anchor.seq(), "the trail ends at seq " + last.seq(), "the trail is shorter than when the anchor was taken"));
        }
        if (!head.equals(last)) {
            String what = head.seq() > last.seq() ? "entries after seq " + last.seq() + " are missing: the tail was deleted or the table truncated"
                    : head.seq() < last.seq() ? "entries past the head: written without moving it (not by Kordon)"
                    : "the head's hash is not the last entry's";
            return broken(entries, head, new AuditVerification.Break(AuditVerification.HEAD, head.seq(), null,
                    "last entry seq " + head.seq() + " sha256 " + head.hash(), "last entry seq " + last.seq() + " sha256 " + last.hash(), what));
        }
        AuditVerification.Break b = crossCheck(c);
        return b == null ? new AuditVerification(true, entries, head.seq(), head.hash(), null) : broken(entries, head, b);
    }

    /** The rows the trail speaks for, each with its entries; the first mismatch or null. */
    private static AuditVerification.Break crossCheck(Connection c) throws SQLException {
        String[][] missing = {
            {"SELECT a.id FROM alert a WHERE NOT EXISTS (SELECT 1 FROM audit_entry e WHERE e.alert_id = a.id AND e.action = 'ALERT_OPENED')"
                + " ORDER BY a.id", "alert", "ALERT_OPENED"},
            {"SELECT v.id FROM list_version v WHERE NOT EXISTS (SELECT 1 FROM audit_entry e WHERE e.version_id = v.id AND e.action = 'LIST_LOADED')"
                + " ORDER BY v.id", "list version", "LIST_LOADED"},
            {"SELECT s.id FROM subject s WHERE NOT EXISTS (SELECT 1 FROM audit_entry e WHERE e.subject_id = s.id AND e.action = 'SUBJECT_CREATED')"
                + " ORDER BY s.id", "subject", "SUBJECT_CREATED"},
            {"SELECT j.id FROM resolution_judgement j WHERE NOT EXISTS (SELECT 1 FROM audit_entry e WHERE e.action = 'RESOLUTION_JUDGED'"
                + " AND e.detail LIKE " + JUDGEMENT_DETAIL + ") ORDER BY j.id", "judgement", "RESOLUTION_JUDGED"},
            {"SELECT p.id FROM payment p WHERE NOT EXISTS (SELECT 1 FROM audit_entry e WHERE e.action IN ('PAYMENT_HELD', 'PAYMENT_BLOCKED')"
                + " AND e.subject_id = p.subject_id AND e.detail LIKE " + PAYMENT_DETAIL + ") ORDER BY p.id", "payment", "PAYMENT_HELD or PAYMENT_BLOCKED"},
        };
        for (String[] m : missing) {
            String row = first(c, m[0]);
            if (row != null) {
                return new AuditVerification.Break(AuditVerification.MISSING_ENTRY, null, null, "a " + m[2] + " entry for " + m[1] + " " + row,
                        "none", m[1] + " " + row + " has no " + m[2] + " audit entry: its entry was deleted, or the row was written outside Kordon");
            }
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                // H2 has no FULL OUTER JOIN: decisions with their entries, then entries without decisions
                "SELECT x.alert_id, x.decisions, x.entries FROM ("
                + " SELECT d.alert_id, d.n decisions, COALESCE(e.n, 0) entries FROM (SELECT alert_id, COUNT(*) n FROM decision GROUP BY alert_id) d"
                + " LEFT JOIN (SELECT alert_id, COUNT(*) n FROM audit_entry WHERE action = 'ALERT_DECIDED' GROUP BY alert_id) e ON d.alert_id = e.alert_id"
                + " UNION ALL"
                + " SELECT e.alert_id, 0, e.n FROM (SELECT alert_id, COUNT(*) n FROM audit_entry WHERE action = 'ALERT_DECIDED' GROUP BY alert_id) e"
                + " WHERE NOT EXISTS (SELECT 1 FROM decision d WHERE d.alert_id = e.alert_id)"
                + ") x WHERE x.decisions <> x.entries ORDER BY x.alert_id")) {
            if (rs.next()) {
                long alert = rs.getLong(1);
                return new AuditVerification.Break(AuditVerification.MISSING_ENTRY, null, null, rs.getLong(2) + " ALERT_DECIDED entries for alert " + alert,
                        rs.getLong(3) + " ALERT_DECIDED entries", "alert " + alert + " has " + rs.getLong(2) + " decisions but " + rs.getLong(3)
                        + " ALERT_DECIDED audit entries: a decision or its entry was deleted, or written outside Kordon");
            }
        }
        String[][] orphans = {
            {"SELECT e.seq, e.id, e.alert_id FROM audit_entry e WHERE e.action = 'ALERT_OPENED' AND NOT EXISTS (SELECT 1 FROM alert a WHERE a.id = e.alert_id)"
                + " ORDER BY e.seq", "alert"},
            {"SELECT e.seq, e.id, e.version_id FROM audit_entry e WHERE e.action = 'LIST_LOADED' AND NOT EXISTS (SELECT 1 FROM list_version v WHERE v.id = e.version_id)"
                + " ORDER BY e.seq", "list version"},
            {"SELECT e.seq, e.id, e.subject_id FROM audit_entry e WHERE e.action = 'SUBJECT_CREATED' AND NOT EXISTS (SELECT 1 FROM subject s WHERE s.id = e.subject_id)"
                + " ORDER BY e.seq", "subject"},
            {"SELECT e.seq, e.id, e.detail FROM audit_entry e WHERE e.action = 'RESOLUTION_JUDGED' AND NOT EXISTS (SELECT 1 FROM resolution_judgement j"
                + " WHERE e.detail LIKE " + JUDGEMENT_DETAIL + ") ORDER BY e.seq", "resolution"},
            {"SELECT e.seq, e.id, e.detail FROM audit_entry e WHERE e.action IN ('PAYMENT_HELD', 'PAYMENT_BLOCKED') AND NOT EXISTS (SELECT 1 FROM payment p"
                + " WHERE e.subject_id = p.subject_id AND e.detail LIKE " + PAYMENT_DETAIL + ") ORDER BY e.seq", "payment"},
        };
        for (String[] o : orphans) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(o[0])) {
                if (rs.next()) {
                    return new AuditVerification.Break(AuditVerification.ORPHAN_ENTRY, rs.getLong(1), rs.getLong(2), o[1] + " " + rs.getString(3),
                            "none", "the entry records " + o[1] + " " + rs.getString(3) + ", which is gone: the row was deleted");
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT a.id, a.status,"
                + " (SELECT d.outcome FROM decision d WHERE d.alert_id = a.id ORDER BY d.id DESC FETCH FIRST 1 ROWS ONLY),"
                + " (SELECT COUNT(*) FROM audit_entry e WHERE e.alert_id = a.id AND e.action = 'ALERT_CLOSED')"
                + " FROM alert a ORDER BY a.id")) {
            ps.setFetchSize(FETCH);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String outcome = rs.getString(3);
                    AlertStatus expected = rs.getLong(4) > 0 ? AlertStatus.CLOSED
                            : outcome == null ? AlertStatus.OPEN : AlertStatus.of(Outcome.valueOf(outcome));
                    String found = rs.getString(2);
                    if (!expected.name().equals(found)) {
                        long alert = rs.getLong(1);
                        return new AuditVerification.Break(AuditVerification.STATUS, null, null, "alert " + alert + " " + expected.label(),
                                String.valueOf(found).toLowerCase(Locale.ROOT), "alert " + alert + "'s status was changed without a decision or"
                                + " an ALERT_CLOSED entry");
                    }
                }
            }
        }
        return null;
    }

    private static String first(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static AuditVerification broken(long entries, AuditChain.Link head, AuditVerification.Break b) {
        return broken(entries, head.seq(), head.hash(), b);
    }

    private static AuditVerification broken(long entries, long headSeq, String headHash, AuditVerification.Break b) {
        return new AuditVerification(false, entries, headSeq, headHash, b);
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
