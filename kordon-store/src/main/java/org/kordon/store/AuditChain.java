package org.kordon.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The audit trail's hash chain: each entry's sequence number, its predecessor's hash and its own hash, and the
 * chain head (the last sequence number and hash) in the one-row table {@code audit_head}.
 *
 * <p>An entry's hash is the SHA-256, in lower-case hex, of the UTF-8 bytes of {@link #FORMAT} followed by eleven
 * fields, each on its own line: {@code "\n" + len + ":" + value} where {@code len} counts the value's UTF-8 bytes,
 * or {@code "\n~"} for a null. The fields, in order: sequence number, time ({@code 2026-11-24T09:15:02.123456Z},
 * UTC, always six fraction digits), principal, actor, action, subject id, alert id, entity id, list version id,
 * detail, and the predecessor's hash ({@link #GENESIS} for the first entry). The row id is not hashed: it is the
 * database's surrogate key, and the sequence number is the entry's place in the chain. docs/reliability/audit.md
 * shows the same rule for an independent check.
 *
 * <pre>{@code
 * AuditChain.hash(1, at, "batch", "batch", "SUBJECT_CREATED", "C-1", null, null, null, "name 'Vladimir Putin'", AuditChain.GENESIS)
 * // 64 hex digits; any change of a field, or of the predecessor's hash, changes it
 * }</pre>
 */
final class AuditChain {
    /*
     * Concurrency: every transaction that writes audit entries locks the head row (SELECT ... FOR UPDATE) at its
     * first entry and moves it at each entry, so the entries of concurrent transactions, and of several servers on
     * one PostgreSQL database, are numbered one after the other with no gap: a transaction that rolls back also
     * rolls back its move of the head. The lock is held from the first audit insert to the commit; Store writes its
     * audit entries after every other row it changes in the transaction, so no transaction waits for a row while
     * holding the head, and two writers cannot deadlock on it. The price: audited writes commit one at a time
     * (docs/reliability/audit.md has the measurements).
     */

    /** The predecessor hash of the first entry: 64 zeros. */
    static final String GENESIS = "0".repeat(64);
    /** Names the serialisation; a future change of it would be {@code kordon-audit/2}. */
    static final String FORMAT = "kordon-audit/1";

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'", Locale.ROOT);

    private AuditChain() {
    }

    /** A place in the chain: a sequence number and the hash of the entry there (0 and {@link #GENESIS}: empty). */
    record Link(long seq, String hash) {
    }

    /** The hash of one entry, over its fields as stored and its predecessor's hash. */
    static String hash(long seq, OffsetDateTime at, String principal, String actor, String action, String subjectId, Long alertId,
                       String entityId, Long versionId, String detail, String prevHash) {
        StringBuilder b = new StringBuilder(256 + (detail == null ? 0 : detail.length())).append(FORMAT);
        for (String f : new String[] {Long.toString(seq), AT.format(at.withOffsetSameInstant(ZoneOffset.UTC)), principal, actor,
                action, subjectId, alertId == null ? null : alertId.toString(), entityId, versionId == null ? null : versionId.toString(),
                detail, prevHash}) {
            b.append('\n');
            if (f == null) {
                b.append('~');
            } else {
                b.append(f.getBytes(StandardCharsets.UTF_8).length).append(':').append(f);
            }
        }
        MessageDigest d;
        try {
            d = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256 in this JDK", e);
        }
        return HexFormat.of().formatHex(d.digest(b.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Text as both databases store it: a lone surrogate or a NUL (which PostgreSQL's UTF-8 text cannot hold) becomes
     * U+FFFD, so the hash computed at writing equals the one computed from the stored row.
     */
    static String storable(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            boolean bad = ch == 0
                    || (Character.isHighSurrogate(ch) && (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))))
                    || (Character.isLowSurrogate(ch) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1))));
            if (bad && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (b != null) {
                b.append(bad ? '\uFFFD' : ch);
            }
        }
        return b == null ? s : b.toString();
    }

    /** Locks the head row until the transaction ends and returns it. */
    static Link lockHead(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("kordon: the audit chain head (table audit_head) has no row; the audit trail was tampered with"
                        + " (run kordon audit verify)");
            }
            return new Link(rs.getLong(1), rs.getString(2));
        }
    }

    /** Moves the (locked) head to {@code to}. */
    static void moveHead(Connection c, Link to) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1")) {
            ps.setLong(1, to.seq());
            ps.setString(2, to.hash());
            ps.executeUpdate();
        }
    }
}
