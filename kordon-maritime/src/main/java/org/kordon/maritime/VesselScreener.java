package org.kordon.maritime;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.kordon.matching.Match;
import org.kordon.matching.Query;
import org.kordon.matching.Screener;
import org.kordon.matching.Screeners;
import org.kordon.model.Entity;
import org.kordon.model.IdType;
import org.kordon.model.Identifier;
import org.kordon.model.ListSnapshot;
import org.kordon.model.Name;
import org.kordon.model.NameKind;
import org.kordon.model.Schema;

/**
 * Screens vessels against the lists: by IMO number first, then MMSI, call sign, and name. Immutable, thread-safe.
 *
 * <pre>{@code
 * VesselScreener s = VesselScreener.build(snapshot, Screeners.build(snapshot, Algorithm.KORDON));
 * s.screen(new VesselQuery("v1", ImoNumber.parse("IMO 9224283"), "SOL PRIDE", "kn", null, null), 5).get(0);
 * // VesselMatch[entity=Entity[id=eu:32014R0833-XLII-102, ...], score=1.0, matchedName=Neer 1, matchedBy=IMO,
 * //   explanation=IMO 9224283 matches; names differ: query "SOL PRIDE", listed "Neer 1" (former names: Kapal Cantik)]
 * }</pre>
 *
 * <p>The rules, strongest first:
 * <ul>
 *   <li><b>IMO</b>: the same IMO number scores {@link #IMO_SCORE} whatever the names; the explanation says whether
 *       the query's name is the listed name, a listed former name, or another name.</li>
 *   <li><b>MMSI</b> scores {@link #MMSI_SCORE}, <b>call sign</b> {@link #CALL_SIGN_SCORE} (both are reassigned when a
 *       ship changes flag, so they are weaker than the IMO number). When the query's IMO number differs from the
 *       listed one, they are capped at {@link #NAME_ONLY_CAP} and the explanation says so.</li>
 *   <li><b>Name</b>, through the screening engine with schema Vessel: vessel names are short and reused ("MARIA",
 *       "LINDA"), so <em>a name alone is weak evidence</em>: its score is capped at {@link #NAME_ONLY_CAP}, below the
 *       alert threshold {@link Screeners#DEFAULT_THRESHOLD}, unless the query's flag equals the listed flag (of
 *       this entity or of another listed entity with the same IMO number: EU Annex XLII records no flags). A
 *       listed vessel whose IMO number differs from the query's is another ship and is not reported by name.</li>
 * </ul>
 */
public final class VesselScreener {
    /** Score of a match by IMO number. */
    public static final double IMO_SCORE = 1.0;
    /** Score of a match by MMSI. */
    public static final double MMSI_SCORE = 0.95;
    /** Score of a match by call sign. */
    public static final double CALL_SIGN_SCORE = 0.90;
    /** The most a name alone may score: 0.70, below {@link Screeners#DEFAULT_THRESHOLD} (0.78), so never an alert. */
    public static final double NAME_ONLY_CAP = 0.70;

    private final VesselIndex index;
    private final Screener names;

    private VesselScreener(VesselIndex index, Screener names) {
        this.index = index;
        this.names = names;
    }

    /**
     * The part of a snapshot the name screens of vessels and owners can match: all but persons. Building the name
     * screener over it instead of the whole snapshot halves the index on the shared lists:
     * {@code Screeners.build(VesselScreener.namesToIndex(snapshot), Algorithm.KORDON)}.
     */
    public static ListSnapshot namesToIndex(ListSnapshot snapshot) {
        return new ListSnapshot(snapshot.sources(), snapshot.entities().stream().filter(e -> e.schema() != Schema.PERSON).toList());
    }

    /**
     * A screener over {@code snapshot}; {@code names} must be built over the same snapshot or over
     * {@link #namesToIndex}{@code (snapshot)}.
     */
    public static VesselScreener build(ListSnapshot snapshot, Screener names) {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(names, "names");
        return new VesselScreener(new VesselIndex(snapshot), names);
    }

    /**
     * The listed vessels the query may be, best first (ties by entity id), at most {@code top}. Name matches are
     * taken from {@link Screeners#DEFAULT_THRESHOLD} up and then capped as described above.
     *
     * @throws IllegalArgumentException when top is below 1
     */
    public List<VesselMatch> screen(VesselQuery q, int top) {
        Objects.requireNonNull(q, "q");
        if (top < 1) {
            throw new IllegalArgumentException("top must be at least 1, got " + top);
        }
        Map<String, VesselMatch> best = new LinkedHashMap<>();
        if (q.imo() != null) {
            for (Entity e : index.byImo(q.imo().value())) {
                String via = index.imoVia(e.id());
                keep(best, new VesselMatch(e, IMO_SCORE, bestName(e, q.name()), "IMO", "IMO " + q.imo().value() + " matches"
                        + (via == null ? "" : " (through OFSI ConList " + via + ")") + nameNote(e, q.name()) + flagNote(e, q.flag())));
            }
        }
        if (q.mmsi() != null) {
            for (Entity e : index.byMmsi(q.mmsi())) {
                keep(best, byIdentifier(e, q, "MMSI", MMSI_SCORE, "MMSI " + q.mmsi() + " matches"));
            }
        }
        if (q.callSign() != null) {
            for (Entity e : index.byCallSign(q.callSign())) {
                keep(best, byIdentifier(e, q, "CALL_SIGN", CALL_SIGN_SCORE, "call sign " + q.callSign() + " matches"));
            }
        }
        if (q.name() != null) {
            List<Match> ms = names.screen(new Query(q.id(), q.name(), Schema.VESSEL, null, null, List.of()),
                    Screeners.DEFAULT_THRESHOLD, Math.max(top * 3, 10));
            for (Match m : ms) {
                Entity e = m.entity();
                if (!e.schema().compatibleWith(Schema.VESSEL) || e.schema() == Schema.THING || conflictingImo(e, q) != null) {
                    continue;
                }
                String listedFlag = e.vessel() == null ? null : e.vessel().flag();
                String flagFrom = flagOfSameShip(e, q.flag());
                boolean flagAgrees = q.flag() != null && (q.flag().equals(listedFlag) || flagFrom != null);
                double score = flagAgrees ? m.score() : Math.min(m.score(), NAME_ONLY_CAP);
                String why = m.explanation().summary() + (flagAgrees ? "; flag " + q.flag() + " matches"
                        + (q.flag().equals(listedFlag) ? "" : " (listed by " + flagFrom + ", same IMO)")
                        : String.format(Locale.ROOT, "; name alone is weak evidence: capped at %.2f", NAME_ONLY_CAP)
                        + (q.flag() != null && listedFlag != null ? " (flag " + q.flag() + " but listed " + listedFlag + ")" : ""));
                keep(best, new VesselMatch(e, score, m.matchedName(), "NAME", why));
            }
        }
        List<VesselMatch> out = new ArrayList<>(best.values());
        out.sort(Comparator.comparingDouble(VesselMatch::score).reversed().thenComparing(m -> m.entity().id()));
        return out.size() > top ? List.copyOf(out.subList(0, top)) : List.copyOf(out);
    }

    private VesselMatch byIdentifier(Entity e, VesselQuery q, String by, double score, String what) {
        String other = conflictingImo(e, q);
        if (other != null) {
            return new VesselMatch(e, Math.min(score, NAME_ONLY_CAP), bestName(e, q.name()), by, what
                    + String.format(Locale.ROOT, " but IMO %s differs from the listed IMO %s: capped at %.2f", q.imo().value(), other, NAME_ONLY_CAP)
                    + nameNote(e, q.name()));
        }
        return new VesselMatch(e, score, bestName(e, q.name()), by, what + nameNote(e, q.name()) + flagNote(e, q.flag()));
    }

    private static void keep(Map<String, VesselMatch> best, VesselMatch m) {
        VesselMatch old = best.get(m.entity().id());
        if (old == null || m.score() > old.score()) {
            best.put(m.entity().id(), m);
        }
    }

    /**
     * The id of another listed entity with the same IMO number whose flag is {@code flag} (lists differ in what
     * they record: EU Annex XLII gives no flag, OFAC does), or null.
     */
    private String flagOfSameShip(Entity e, String flag) {
        if (flag == null) {
            return null;
        }
        for (Identifier id : e.identifiers(IdType.IMO)) {
            for (Entity other : index.byImo(Identifier.normalize(IdType.IMO, id.value()))) {
                if (other != e && other.vessel() != null && flag.equals(other.vessel().flag())) {
                    return other.id();
                }
            }
        }
        return null;
    }

    /** The listed IMO number when the entity has IMO numbers and none is the query's; else null. */
    private static String conflictingImo(Entity e, VesselQuery q) {
        if (q.imo() == null) {
            return null;
        }
        String first = null;
        for (Identifier id : e.identifiers(IdType.IMO)) {
            String v = Identifier.normalize(IdType.IMO, id.value());
            if (v.equals(q.imo().value())) {
                return null;
            }
            first = first == null ? v : first;
        }
        return first;
    }

    static String norm(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().map(c -> Character.isLetterOrDigit(c) ? Character.toUpperCase(c) : ' ').forEach(b::appendCodePoint);
        return b.toString().strip().replaceAll(" +", " ");
    }

    private static String bestName(Entity e, String queryName) {
        if (queryName != null) {
            String q = norm(queryName);
            for (Name n : e.names()) {
                if (norm(n.value()).equals(q)) {
                    return n.value();
                }
            }
        }
        return e.caption();
    }

    /** What the query's name is to the listed vessel: its name, a former name, or another name. */
    static String nameNote(Entity e, String queryName) {
        List<String> former = e.names().stream().filter(n -> n.kind() == NameKind.PREVIOUS).map(Name::value).toList();
        if (queryName == null) {
            return "; listed as \"" + e.caption() + "\"";
        }
        String q = norm(queryName);
        for (Name n : e.names()) {
            if (norm(n.value()).equals(q)) {
                if (n.kind() == NameKind.PREVIOUS) {
                    return "; names differ: query \"" + queryName + "\" is a former name, listed now as \"" + e.caption() + "\"";
                }
                return "; name matches \"" + n.value() + "\"";
            }
        }
        return "; names differ: query \"" + queryName + "\", listed \"" + e.caption() + "\""
                + (former.isEmpty() ? "" : " (former names: " + String.join(", ", former) + ")");
    }

    private static String flagNote(Entity e, String flag) {
        String listed = e.vessel() == null ? null : e.vessel().flag();
        if (flag == null || listed == null) {
            return "";
        }
        return flag.equals(listed) ? "; flag " + flag + " matches" : "; flag " + flag + " but listed " + listed;
    }
}
