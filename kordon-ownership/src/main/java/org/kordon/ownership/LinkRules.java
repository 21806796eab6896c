package org.kordon.ownership;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/*
 * When a candidate the resolver found is the node, in one place.
 *
 * A name similarity alone never links: two people called Sergey Ivanov, two companies called Alfa Trading, are the
 * rule in registers, not the exception. A link needs evidence beyond the name that agrees (an identifier, a birth
 * year, for an organisation a near-full name in the same jurisdiction) and nothing that contradicts it (an
 * identifier of the same scheme with another value, a birth year further off than a listing error, countries with
 * nothing in common). Everything else is a candidate only: the node is undetermined, never blocked.
 */
final class LinkRules {
    /** Birth years this far apart still agree: lists and registers often differ by a year (circa, registration). */
    static final int BIRTH_YEAR_TOLERANCE = 1;
    /** The least score at which an organisation's name in its own listed jurisdiction links without an identifier. */
    static final double NAME_AND_JURISDICTION_MIN = 0.95;
    /** Candidates asked of the resolver per node: the best one may conflict while the next agrees. */
    static final int CANDIDATES = 5;

    private LinkRules() {
    }

    /** How a link was made or why it was not. */
    record Verdict(ListLinks.Basis basis, String detail) {
    }

    /**
     * Judges one candidate for a node.
     *
     * @param byIdentifier the identifier the candidate was found by, or null when found by name
     */
    static Verdict judge(NodeKind kind, NodeFacts node, ListedPartyResolver.Candidate c, NodeFacts.Id byIdentifier) {
        String conflict = conflict(node, c.listed());
        if (conflict != null) {
            return new Verdict(ListLinks.Basis.CONFLICT, "conflict: " + conflict);
        }
        NodeFacts.Id same = byIdentifier != null ? byIdentifier : sameIdentifier(node, c.listed());
        if (same != null) {
            return new Verdict(ListLinks.Basis.IDENTIFIER, "identifier:" + same);
        }
        String score = String.format(Locale.ROOT, "%.2f", c.score());
        if (birthGap(node.birthDates(), c.listed().birthDates()) <= BIRTH_YEAR_TOLERANCE) {
            return new Verdict(ListLinks.Basis.NAME_AND_EVIDENCE, "name+birthdate " + score);
        }
        if (kind != NodeKind.PERSON && c.score() >= NAME_AND_JURISDICTION_MIN && shareCountry(node.countries(), c.listed().countries())) {
            return new Verdict(ListLinks.Basis.NAME_AND_EVIDENCE, "name+jurisdiction " + score);
        }
        return new Verdict(ListLinks.Basis.NAME_ONLY, "name-only " + score + " (undetermined)");
    }

    /** What contradicts the link, or null: an identifier of the same scheme, the birth year, the country. */
    static String conflict(NodeFacts node, NodeFacts listed) {
        for (NodeFacts.Id a : node.identifiers()) {
            NodeFacts.Id other = null;
            boolean equal = false;
            for (NodeFacts.Id b : listed.identifiers()) {
                if (a.sameSpecificScheme(b)) {
                    if (a.value().equals(b.value())) {
                        equal = true;
                    } else if (other == null) {
                        other = b;
                    }
                }
            }
            if (other != null && !equal) {
                return a.scheme() + " " + a.value() + " vs " + other.value();
            }
        }
        int gap = birthGap(node.birthDates(), listed.birthDates());
        if (gap != Integer.MAX_VALUE && gap > BIRTH_YEAR_TOLERANCE) {
            return "birth year " + years(node.birthDates()) + " vs " + years(listed.birthDates());
        }
        if (!node.countries().isEmpty() && !listed.countries().isEmpty() && !shareCountry(node.countries(), listed.countries())) {
            return "country " + String.join(" ", node.countries()) + " vs " + String.join(" ", listed.countries());
        }
        return null;
    }

    private static NodeFacts.Id sameIdentifier(NodeFacts node, NodeFacts listed) {
        for (NodeFacts.Id a : node.identifiers()) {
            for (NodeFacts.Id b : listed.identifiers()) {
                if (a.value().equals(b.value()) && a.comparableWith(b)) {
                    return a;
                }
            }
        }
        return null;
    }

    private static boolean shareCountry(List<String> a, List<String> b) {
        for (String c : a) {
            if (b.contains(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The least distance in years between a node's birth years and a listing's (a listed range {@code 1950/1955}
     * counts as every year in it); {@link Integer#MAX_VALUE} when either side has none.
     */
    static int birthGap(List<String> node, List<String> listed) {
        int best = Integer.MAX_VALUE;
        for (String n : node) {
            int[] a = yearRange(n);
            for (String l : listed) {
                int[] b = yearRange(l);
                if (a == null || b == null) {
                    continue;
                }
                int gap = a[1] < b[0] ? b[0] - a[1] : b[1] < a[0] ? a[0] - b[1] : 0;
                best = Math.min(best, gap);
            }
        }
        return best;
    }

    /** {@code [from, to]} years of {@code 1953}, {@code 1953-07-14} or {@code 1950/1955}; null when unreadable. */
    static int[] yearRange(String s) {
        int slash = s.indexOf('/');
        Integer from = year(slash < 0 ? s : s.substring(0, slash));
        Integer to = slash < 0 ? from : year(s.substring(slash + 1));
        if (from == null || to == null) {
            return null;
        }
        return new int[] {Math.min(from, to), Math.max(from, to)};
    }

    private static Integer year(String s) {
        String t = s.strip();
        if (t.length() < 4) {
            return null;
        }
        for (int i = 0; i < 4; i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return null;
            }
        }
        return Integer.parseInt(t.substring(0, 4));
    }

    private static String years(List<String> dates) {
        List<String> out = new ArrayList<>();
        for (String d : dates) {
            int[] r = yearRange(d);
            if (r != null) {
                String y = r[0] == r[1] ? Integer.toString(r[0]) : r[0] + "-" + r[1];
                if (!out.contains(y)) {
                    out.add(y);
                }
            }
        }
        return String.join("/", out);
    }
}
