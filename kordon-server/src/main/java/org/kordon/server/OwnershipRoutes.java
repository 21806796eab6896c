package org.kordon.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.kordon.ownership.Evaluation;
import org.kordon.ownership.OwnershipEngine;
import org.kordon.ownership.OwnershipGraph;
import org.kordon.ownership.OwnershipResult;
import org.kordon.ownership.Regime;
import org.kordon.ownership.Stake;
import org.kordon.ownership.StakeFields;

/**
 * {@code POST /ownership}: the ownership rules of {@code kordon ownership} over HTTP, stakes with the field names
 * of stakes.csv, one result per unlisted entity and regime with the fields of result.csv.
 *
 * <pre>{@code
 * {"stakes": [{"owner_id": "X3", "owned_id": "A3", "share_min": 50, "share_max": 50, "type": "shareholding"},
 *             {"owner_id": "X3", "owned_id": "B3", "share_min": 10, "share_max": 10, "type": "shareholding"},
 *             {"owner_id": "A3", "owned_id": "B3", "share_min": 40, "share_max": 40, "type": "shareholding"}],
 *  "listed": ["X3"], "regime": "ofac", "as_of": "2026-01-01"}
 * -> {"as_of": "2026-01-01", "warnings": [], "results": [
 *      {"entity_id": "A3", "regime": "ofac", "status": "blocked", "share_min": "50", "share_max": "50", "evidence": "X3 -50%-> A3"},
 *      {"entity_id": "B3", "regime": "ofac", "status": "blocked", "share_min": "50", "share_max": "50",
 *       "evidence": "X3 -10%-> B3; X3 -50%-> A3(blocked) -40%-> B3"}]}
 * }</pre>
 *
 * <p>Empty or absent shares are unknown ({@code [0, 100]}); dates are ISO or absent (open). {@code regime} is
 * {@code ofac}, {@code eu}, {@code uk}, {@code bo} or {@code all} (the three sanctions regimes); {@code as_of}
 * defaults to today (UTC). Read-only access; nothing is stored.
 *
 * <p>The stakes are checked as {@code kordon ownership} checks stakes.csv: the same stake given twice is counted
 * once and said in {@code warnings} ({@code "stakes[3]: the same stake as stakes[1] (same owner, owned, share, type
 * and dates); counted once"}); stakes in one company whose minimum shares add up to more than 100% are a 400 naming
 * the items ({@code "stakes[0].share_min, stakes[2].share_min: the minimum shareholding stakes in 'A' active on
 * 2026-01-01 add up to 120%, more than 100%"}).
 */
public final class OwnershipRoutes implements Routes {
    /** Most stakes in one request; a register-sized graph belongs to {@code kordon ownership}. */
    static final int MAX_STAKES = 20_000;
    /** Most listed ids in one request. */
    static final int MAX_LISTED = 20_000;
    private static final int MAX_ID = 300;
    /** Most items named for one company whose stakes add up to more than 100% (as kordon ownership names lines). */
    private static final int MAX_ITEMS_NAMED = 10;

    @Override
    public void register(Router r) {
        r.post("/ownership", Access.READ, this::evaluate);
    }

    private Object evaluate(Call c) {
        JsonNode body = c.body();
        List<Regime> regimes = regimes(Call.text(body, "", "regime", true, 10));
        LocalDate asOf = date(body, "", "as_of");
        if (asOf == null) {
            asOf = LocalDate.now(ZoneOffset.UTC);
        }
        Stakes stakes = graph(body, asOf);
        OwnershipGraph graph = stakes.graph();
        Set<String> listed = listed(body);
        List<Map<String, Object>> results = new ArrayList<>();
        for (Regime regime : regimes) {
            Evaluation ev = OwnershipEngine.evaluate(graph, listed, regime, asOf);
            for (OwnershipResult res : ev.results()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("entity_id", res.entityId());
                m.put("regime", res.regime().code());
                m.put("status", res.status().code());
                m.put("share_min", res.shareMin().toPlainString());
                m.put("share_max", res.shareMax().toPlainString());
                m.put("evidence", res.evidence());
                results.add(m);
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("as_of", asOf.toString());
        out.put("warnings", stakes.warnings());
        out.put("results", results);
        return out;
    }

    /**
     * The graph of a request's stakes and what was said about them.
     *
     * @param warnings one sentence per stake counted once, e.g. {@code stakes[3]: the same stake as stakes[1] (same
     *                 owner, owned, share, type and dates); counted once}
     */
    record Stakes(OwnershipGraph graph, List<String> warnings) {
        Stakes {
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * The graph of the body's {@code stakes}, checked as {@code kordon ownership} checks stakes.csv
     * ({@link OwnershipGraph.Builder#duplicates()}, {@link OwnershipGraph.Builder#overfull(LocalDate)}): a stake given
     * twice (same owner, owned, share, type and dates) is counted once, with a warning naming both items; two different
     * shareholding (or voting) stakes of one owner in one company for the same period (same start and end) are refused naming both; stakes in
     * one company whose minimum shares active on {@code asOf} add up to more than 100% are refused, naming every item
     * of the set. Other problems name the item and field ({@code stakes[3].share_min}).
     *
     * @throws Problem 400
     */
    static Stakes graph(JsonNode body, LocalDate asOf) {
        JsonNode stakes = array(body, "stakes", MAX_STAKES);
        OwnershipGraph.Builder b = OwnershipGraph.builder();
        for (int i = 0; i < stakes.size(); i++) {
            String path = "stakes[" + i + "]";
            JsonNode o = stakes.get(i);
            if (!o.isObject()) {
                throw Problem.invalid(path, "must be an object");
            }
            b.stake(stake(o, path)); // every item is added or refused, so the builder's stake numbers are the indexes
        }
        List<String> warnings = new ArrayList<>();
        for (OwnershipGraph.Builder.Duplicate d : b.duplicates()) {
            warnings.add("stakes[" + d.dropped() + "]: the same stake as stakes[" + d.kept() + "]" + StakeFields.COUNTED_ONCE);
        }
        List<OwnershipGraph.Builder.Conflict> conflicts = b.conflicts();
        if (!conflicts.isEmpty()) {
            OwnershipGraph.Builder.Conflict c = conflicts.get(0);
            throw Problem.invalid("stakes[" + c.second() + "]", StakeFields.conflict(c) + " given at stakes[" + c.first() + "]");
        }
        List<OwnershipGraph.Builder.Overfull> overfull = b.overfull(asOf);
        if (!overfull.isEmpty()) {
            throw overfull(overfull, asOf);
        }
        return new Stakes(b.build(), warnings);
    }

    /**
     * 400 naming the items of the first over-full set (at most {@value #MAX_ITEMS_NAMED}, then "and N more"); its
     * {@code field} is the share_min of the set's last item, where the sum passes 100%.
     */
    private static Problem overfull(List<OwnershipGraph.Builder.Overfull> sets, LocalDate asOf) {
        OwnershipGraph.Builder.Overfull o = sets.get(0);
        List<Integer> items = o.stakes();
        StringBuilder named = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            if (i == MAX_ITEMS_NAMED) {
                named.append(String.format(Locale.ROOT, " and %,d more", items.size() - MAX_ITEMS_NAMED));
                break;
            }
            named.append(i == 0 ? "" : ", ").append("stakes[").append(items.get(i)).append("].share_min");
        }
        String others = sets.size() == 1 ? "" : String.format(Locale.ROOT, " (and %,d more compan%s)", sets.size() - 1,
                sets.size() == 2 ? "y" : "ies");
        return new Problem(400, "invalid", "Invalid request", "stakes[" + items.get(items.size() - 1) + "].share_min",
                named + ": " + StakeFields.overfull(o.owned(), o.type(), o.total(), asOf) + others);
    }

    /** The body's {@code listed} ids. */
    static Set<String> listed(JsonNode body) {
        JsonNode listedNode = array(body, "listed", MAX_LISTED);
        Set<String> listed = new LinkedHashSet<>();
        for (int i = 0; i < listedNode.size(); i++) {
            JsonNode v = listedNode.get(i);
            if (!v.isTextual() || v.asText().isBlank() || v.asText().length() > MAX_ID) {
                throw Problem.invalid("listed[" + i + "]", "must be a non-blank entity id of at most " + MAX_ID + " characters");
            }
            listed.add(v.asText().strip());
        }
        return listed;
    }

    private static List<Regime> regimes(String s) {
        if (s.toLowerCase(Locale.ROOT).equals("all")) {
            return List.of(Regime.OFAC, Regime.EU, Regime.UK);
        }
        try {
            return List.of(Regime.parse(s));
        } catch (IllegalArgumentException e) {
            throw Problem.invalid("regime", "must be ofac, eu, uk, bo or all, got '" + s + "'");
        }
    }

    private static JsonNode array(JsonNode body, String field, int max) {
        JsonNode a = body.get(field);
        if (a == null || !a.isArray()) {
            throw Problem.invalid(field, "must be an array");
        }
        if (a.size() > max) {
            throw Problem.invalid(field, String.format(Locale.ROOT, "holds %,d items, at most %,d per request", a.size(), max));
        }
        return a;
    }

    /** A stake object of the request, read as a stakes.csv row is ({@link StakeFields}), with the request's length limits. */
    private static Stake stake(JsonNode o, String path) {
        try {
            return StakeFields.parse(name -> switch (name) {
                case "owner_id", "owned_id" -> Call.text(o, path, name, true, MAX_ID);
                case "type" -> Call.text(o, path, name, true, 40);
                case "share_min", "share_max" -> Call.text(o, path, name, false, 30);
                default -> Call.text(o, path, name, false, 10);
            });
        } catch (StakeFields.BadField e) {
            throw Problem.invalid(path.isEmpty() ? e.field() : path + "." + e.field(), e.problem());
        }
    }

    private static LocalDate date(JsonNode o, String path, String field) {
        String v = Call.text(o, path, field, false, 10);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw Problem.invalid(path.isEmpty() ? field : path + "." + field, "not an ISO date (YYYY-MM-DD): '" + v + "'");
        }
    }
}
