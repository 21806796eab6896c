package org.kordon.resolution;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import org.kordon.model.Entity;

/**
 * An analyst's judgement on two listings: the same party ({@link Kind#JOIN}) or two parties ({@link Kind#SPLIT}).
 * The resolver respects it ({@link Resolver#resolve(org.kordon.model.ListSnapshot, org.kordon.matching.Screener, java.util.List)}):
 * a split keeps the two listings in two entities whatever the evidence, a join puts them in one despite conflicting
 * data (never across incompatible schemata).
 *
 * <pre>{@code
 * Judgement j = new Judgement(Judgement.Kind.SPLIT, "ofac-sdn:1", "uk:2", "anna", "different father's name in the file", Instant.now());
 * j.describe();   // "split ofac-sdn:1 / uk:2 by anna: different father's name in the file"
 * }</pre>
 *
 * <p>Of two judgements on the same two listings (in either order) the later ({@link #at}) holds; at the same instant a
 * split holds over a join (a wrong merge is worse than a missed one). {@link #ORDER} is that order.
 *
 * @param kind    join or split
 * @param a       one listing id, as the lists give it ({@code ofac-sdn:35096})
 * @param b       the other listing id, not {@code a}
 * @param analyst who judged, 1 to {@link #MAX_ANALYST} characters (stripped)
 * @param reason  why, 1 to {@link #MAX_REASON} characters (stripped)
 * @param at      when the judgement was made
 */
public record Judgement(Kind kind, String a, String b, String analyst, String reason, Instant at) {
    /** The longest listing id accepted, in chars (the store's column). */
    public static final int MAX_LISTING_ID = 300;
    /** The longest analyst name accepted, in chars, as for an alert's decision. */
    public static final int MAX_ANALYST = 200;
    /** The longest reason accepted, in chars, as for an alert's decision. */
    public static final int MAX_REASON = 4000;
    /** Oldest first; at the same instant a join before a split, so that the split is the later and holds; then by content. */
    public static final Comparator<Judgement> ORDER = Comparator.comparing(Judgement::at).thenComparing(Judgement::kind)
            .thenComparing(Judgement::first).thenComparing(Judgement::second).thenComparing(Judgement::analyst)
            .thenComparing(Judgement::reason);

    /** What an analyst judged of two listings. */
    public enum Kind {
        /** The two listings are one party: their entities are joined. */
        JOIN,
        /** The two listings are two parties: never in one entity. */
        SPLIT;

        /** {@code "join"} or {@code "split"}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /**
         * Parses {@code join} or {@code split} in any case.
         *
         * @throws IllegalArgumentException naming the value otherwise
         */
        public static Kind parse(String text) {
            for (Kind k : values()) {
                if (k.label().equalsIgnoreCase(text == null ? "" : text.strip())) {
                    return k;
                }
            }
            throw new IllegalArgumentException("kind: must be join or split, got '" + text + "'");
        }
    }

    /**
     * Validates and strips the values.
     *
     * @throws IllegalArgumentException naming the field ({@code "b: ..."}) when a value is missing, blank, too long or
     *                                  when {@code a} and {@code b} are the same listing
     */
    public Judgement {
        if (kind == null) {
            throw new IllegalArgumentException("kind: must be join or split, got nothing");
        }
        a = listingId("a", a);
        b = listingId("b", b);
        if (a.equals(b)) {
            throw new IllegalArgumentException("b: must be another listing than a, got '" + b + "' twice");
        }
        analyst = text("analyst", analyst, MAX_ANALYST);
        reason = text("reason", reason, MAX_REASON);
        Objects.requireNonNull(at, "at");
    }

    private static String listingId(String field, String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException(field + ": a listing id is required (e.g. ofac-sdn:35096)");
        }
        if (id.length() > MAX_LISTING_ID || !id.strip().equals(id)) {
            throw new IllegalArgumentException(field + ": not a listing id: '" + id + "' (at most " + MAX_LISTING_ID
                    + " characters, no leading or trailing space)");
        }
        return id;
    }

    private static String text(String field, String value, int max) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            throw new IllegalArgumentException(field + ": must be 1 to " + max + " characters" + ("reason".equals(field) ? ": say why" : ""));
        }
        return value.strip();
    }

    /** The smaller of the two listing ids. */
    public String first() {
        return a.compareTo(b) < 0 ? a : b;
    }

    /** The larger of the two listing ids. */
    public String second() {
        return a.compareTo(b) < 0 ? b : a;
    }

    /** True if this judgement is on the same two listings as {@code o}, in either order. */
    public boolean samePair(Judgement o) {
        return first().equals(o.first()) && second().equals(o.second());
    }

    /**
     * Checks that this judgement can hold between {@code listingA} and {@code listingB}, the listings its ids name:
     * a join never crosses incompatible schemata (a person and a company, a company and a vessel), so such a join is
     * refused at input; a split always can.
     *
     * @throws IllegalArgumentException naming field {@code b} and both schemata when a join crosses them
     */
    public void check(Entity listingA, Entity listingB) {
        if (!listingA.id().equals(a) || !listingB.id().equals(b)) {
            throw new IllegalArgumentException("the listings checked are " + listingA.id() + " and " + listingB.id() + ", the judgement names " + a + " and " + b);
        }
        String conflict = Conflicts.schema(listingA, listingB);
        if (kind == Kind.JOIN && conflict != null) {
            throw new IllegalArgumentException("b: a join never crosses incompatible schemata: " + conflict);
        }
    }

    /** One line for people: {@code "join ofac-sdn:1 / uk:2 by anna: same passport in the paper file"}. */
    public String describe() {
        return kind.label() + " " + a + " / " + b + " by " + analyst + ": " + reason;
    }

    /**
     * A SHA-256 (hex) of the judgements' contents, whatever their order: part of the key of a cached resolution
     * ({@link ResolutionCache#key(String, Collection)}), so that a new judgement never reuses a resolution made
     * without it.
     */
    public static String digest(Collection<Judgement> judgements) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Judgement j : judgements.stream().sorted(ORDER).toList()) {
                for (String field : new String[] {j.kind.name(), j.a, j.b, j.analyst, j.reason, j.at.toString()}) {
                    md.update((field.length() + ":" + field + "\n").getBytes(StandardCharsets.UTF_8));
                }
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
