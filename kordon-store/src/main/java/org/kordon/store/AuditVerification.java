package org.kordon.store;

import java.util.HexFormat;
import java.util.Locale;

/**
 * What checking the audit trail found: intact, or the first break.
 *
 * <pre>{@code
 * store.verifyAudit().summary();
 * // "audit trail intact: 1,204 entries, head seq 1204 sha256 6f1c...e2"
 * // "audit trail broken at seq 17 (id 17): changed: the entry's fields no longer give its hash; expected 9a0b..., found 3c4d..."
 * }</pre>
 *
 * @param intact     true when the chain, its head and the cross-checks all hold
 * @param entries    the audit entries read (up to the break when broken)
 * @param headSeq    the chain head's last sequence number as recorded (0 on an empty trail, -1 when there is no head)
 * @param headHash   the chain head's hash as recorded ({@code 0} x 64 on an empty trail, null when there is no head)
 * @param firstBreak the first break found, null when intact
 */
public record AuditVerification(boolean intact, long entries, long headSeq, String headHash, Break firstBreak) {
    /** Kinds of break, in the order they are looked for. */
    public static final String NO_HEAD = "no-head";
    /** An entry's sequence number is not its predecessor's plus one: entries in between were deleted. */
    public static final String GAP = "gap";
    /** An entry's predecessor hash is not the hash of the entry before it: the chain was relinked. */
    public static final String RELINKED = "relinked";
    /** An entry's fields no longer give its stored hash: the entry was changed. */
    public static final String CHANGED = "changed";
    /** The anchor given (a sequence number and hash recorded elsewhere) does not match the trail. */
    public static final String ANCHOR = "anchor";
    /** The head and the last entry differ: the tail was deleted, the table truncated, or an entry added past the head. */
    public static final String HEAD = "head";
    /** A decision, alert, subject, list version or resolution judgement has no audit entry (or the counts differ). */
    public static final String MISSING_ENTRY = "missing-entry";
    /** An audit entry names an alert, subject, list version or resolution judgement that is gone. */
    public static final String ORPHAN_ENTRY = "orphan-entry";
    /** An alert's status is not what its decisions and audit entries say. */
    public static final String STATUS = "status";

    /**
     * The first break: where it is (sequence number and row id of the entry, when it is one), what was expected and
     * what was found.
     *
     * @param kind     one of the constants of {@link AuditVerification}, e.g. {@link #CHANGED}
     * @param seq      the entry's sequence number, or null when the break is not at one entry
     * @param id       the entry's row id, or null
     * @param expected what an intact trail holds there
     * @param found    what the database holds
     * @param detail   what the break means, in one sentence
     */
    public record Break(String kind, Long seq, Long id, String expected, String found, String detail) {
    }

    /**
     * A sequence number and the hash of the entry there, recorded outside the database (a ticket, a log, a
     * write-once store): a trail rewritten from scratch by someone who controls the database fails it.
     *
     * <pre>{@code AuditVerification.Anchor.parse("1204:6f1c...e2")}</pre>
     */
    public record Anchor(long seq, String hash) {
        public Anchor {
            if (seq < 1) {
                throw new IllegalArgumentException("anchor: sequence number must be 1 or more, got " + seq);
            }
            if (hash == null || hash.length() != 64 || !hash.chars().allMatch(HexFormat::isHexDigit)) {
                throw new IllegalArgumentException("anchor: hash must be 64 hex digits, got '" + hash + "'");
            }
            hash = hash.toLowerCase(Locale.ROOT);
        }

        /** Parses {@code SEQ:HASH}. */
        public static Anchor parse(String text) {
            int colon = text == null ? -1 : text.indexOf(':');
            if (colon < 1) {
                throw new IllegalArgumentException("anchor: expected SEQ:SHA256HEX (e.g. 1204:6f1c...), got '" + text + "'");
            }
            long seq;
            try {
                seq = Long.parseLong(text.substring(0, colon).strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("anchor: sequence number is not a whole number: '" + text.substring(0, colon) + "'");
            }
            return new Anchor(seq, text.substring(colon + 1).strip());
        }
    }

    /** One line for people: intact with the head, or where and how it broke. */
    public String summary() {
        if (intact) {
            return String.format(Locale.ROOT, "audit trail intact: %,d entries, head seq %d sha256 %s", entries, headSeq, headHash);
        }
        Break b = firstBreak;
        String where = b.seq() != null ? " at seq " + b.seq() + (b.id() != null ? " (id " + b.id() + ")" : "") : "";
        return "audit trail broken" + where + ": " + b.kind() + ": " + b.detail() + "; expected " + b.expected() + ", found " + b.found();
    }

    /**
     * The verification as the JSON object that {@code GET /audit/verify} and {@code kordon audit verify --json}
     * print, in field order: {@code {"intact", "entries", "head": {"seq", "hash"}, "firstBreak", "summary"}}.
     */
    public java.util.Map<String, Object> toJsonMap() {
        java.util.Map<String, Object> head = new java.util.LinkedHashMap<>();
        head.put("seq", headSeq);
        head.put("hash", headHash);
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("intact", intact);
        m.put("entries", entries);
        m.put("head", head);
        m.put("firstBreak", firstBreak);
        m.put("summary", summary());
        return m;
    }
}
