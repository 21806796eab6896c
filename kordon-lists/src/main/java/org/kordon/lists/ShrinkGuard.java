package org.kordon.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Refuses a new version of the lists that lost more than a set share of a source's entities since the last good
 * version, or that lacks a source the last good version had: a file cut at a line boundary still parses, and
 * loading it would close every alert on the entities that "disappeared".
 *
 * <pre>{@code
 * ShrinkGuard g = ShrinkGuard.parse(List.of("0.15", "ofac-sdn=20%"));
 * g.check(SourceCounts.of("ofac-sdn", 14965), SourceCounts.of("ofac-sdn", 7180));
 * // [ofac-sdn lost 52.0% of its entities (14,965 -> 7,180; at most 20% allowed)]
 * g.enforce(before, after, "use --force to accept it");   // throws UntrustedListException with that text
 * }</pre>
 *
 * <p>A loss equal to the allowed share passes; a new source passes; a source that holds no entity now is refused
 * whatever its allowed share (only forcing accepts the removal of a whole list).
 *
 * @param defaultMaxLoss the share of its entities any source may lose, in [0, 1]; {@value #DEFAULT_MAX_LOSS} unless set
 * @param maxLoss        shares for named sources, overriding the default
 */
public record ShrinkGuard(double defaultMaxLoss, Map<String, Double> maxLoss) {
    /**
     * The share a source may lose between two versions unless configured: official lists change by a few dozen
     * entries a week (delistings are rare and come in small batches), so losing a tenth at once means a broken
     * download far more often than a real mass delisting, which an operator can accept with {@code --force}.
     */
    public static final double DEFAULT_MAX_LOSS = 0.10;

    public ShrinkGuard {
        check("the default", defaultMaxLoss);
        maxLoss.forEach(ShrinkGuard::check);
        maxLoss = java.util.Collections.unmodifiableMap(new TreeMap<>(maxLoss));
    }

    private static void check(String what, Double share) {
        if (share == null || !(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("max loss of " + what + " must be a share in [0, 1] (e.g. 0.1 or 10%), got " + share);
        }
    }

    /** {@value #DEFAULT_MAX_LOSS} for every source. */
    public static ShrinkGuard defaults() {
        return new ShrinkGuard(DEFAULT_MAX_LOSS, Map.of());
    }

    /**
     * The default guard with the given settings applied in order: {@code 0.15} or {@code 15%} sets the share of
     * every source not named, {@code ofac-sdn=0.2} the share of one source.
     *
     * @throws IllegalArgumentException quoting a setting that is not of that form
     */
    public static ShrinkGuard parse(List<String> settings) {
        ShrinkGuard g = defaults();
        for (String s : settings) {
            g = g.with(s);
        }
        return g;
    }

    /** This guard with one setting of {@link #parse} applied. */
    public ShrinkGuard with(String setting) {
        Objects.requireNonNull(setting, "setting");
        int eq = setting.indexOf('=');
        if (eq < 0) {
            return new ShrinkGuard(share(setting, setting), maxLoss);
        }
        String source = setting.substring(0, eq).strip();
        if (source.isEmpty()) {
            throw new IllegalArgumentException("max loss '" + setting + "': name a source before '=' (e.g. ofac-sdn=0.2)");
        }
        return withMaxLoss(source, share(setting, setting.substring(eq + 1)));
    }

    /** This guard with {@code source} allowed to lose {@code share} of its entities. */
    public ShrinkGuard withMaxLoss(String source, double share) {
        Map<String, Double> m = new TreeMap<>(maxLoss);
        m.put(source, share);
        return new ShrinkGuard(defaultMaxLoss, m);
    }

    private static double share(String setting, String value) {
        String v = value.strip();
        boolean percent = v.endsWith("%");
        try {
            double d = Double.parseDouble(percent ? v.substring(0, v.length() - 1).strip() : v);
            double share = percent ? d / 100 : d;
            if (!(share >= 0 && share <= 1)) {
                throw new IllegalArgumentException("max loss '" + setting + "' must be a share in [0, 1] or a percentage up to 100%");
            }
            return share;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("max loss '" + setting + "' is not a share (e.g. 0.15, 15% or ofac-sdn=0.2)");
        }
    }

    /** The share of its entities {@code source} may lose. */
    public double maxLoss(String source) {
        return maxLoss.getOrDefault(source, defaultMaxLoss);
    }

    /**
     * A source that lost too much.
     *
     * @param source  the list name
     * @param before  its entities in the last good version
     * @param after   its entities in the candidate (0: missing)
     * @param allowed the share it may lose
     */
    public record Loss(String source, int before, int after, double allowed) {
        /** True when the source holds no entity in the candidate. */
        public boolean missing() {
            return after == 0;
        }

        /** E.g. {@code ofac-sdn lost 52.0% of its entities (14,965 -> 7,180; at most 10% allowed)}. */
        @Override
        public String toString() {
            if (missing()) {
                return String.format(Locale.ROOT, "%s is missing (%,d entities before, none now)", source, before);
            }
            return String.format(Locale.ROOT, "%s lost %.1f%% of its entities (%,d -> %,d; at most %s allowed)",
                    source, 100.0 * (before - after) / before, before, after, percent(allowed));
        }
    }

    static String percent(double share) {
        String p = String.format(Locale.ROOT, "%.2f", share * 100);
        p = p.contains(".") ? p.replaceAll("0+$", "").replaceAll("\\.$", "") : p;
        return p + "%";
    }

    /** The sources of {@code before} that {@code after} lost too much of, by name; empty when the candidate passes. */
    public List<Loss> check(SourceCounts before, SourceCounts after) {
        List<Loss> out = new ArrayList<>();
        before.counts().forEach((source, b) -> {
            int a = after.get(source);
            double allowed = maxLoss(source);
            // integer comparison of lost * 10^6 against allowed * before * 10^6, so that exactly 10 of 100 passes at 10%
            if (a == 0 || (long) (b - a) * 1_000_000L > Math.round(allowed * 1_000_000L) * (long) b) {
                out.add(new Loss(source, b, a, allowed));
            }
        });
        return out;
    }

    /**
     * Throws when {@link #check} finds a loss.
     *
     * @param advice what the user can do, appended to the message (e.g. {@code "use --force to accept it"})
     * @throws UntrustedListException naming every source that lost too much and both counts
     */
    public void enforce(SourceCounts before, SourceCounts after, String advice) {
        List<Loss> losses = check(before, after);
        if (!losses.isEmpty()) {
            throw new UntrustedListException(losses.get(0).source(), describe(losses) + (advice == null ? "" : "; " + advice));
        }
    }

    /** The losses in one line, separated by {@code "; "}. */
    public static String describe(List<Loss> losses) {
        return String.join("; ", losses.stream().map(Loss::toString).toList());
    }
}
