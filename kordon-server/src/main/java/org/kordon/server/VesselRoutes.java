package org.kordon.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.kordon.matching.Algorithm;
import org.kordon.matching.Screener;
import org.kordon.matching.Screeners;
import org.kordon.maritime.ImoNumber;
import org.kordon.maritime.Indicator;
import org.kordon.maritime.OwnerCheck;
import org.kordon.maritime.VesselData;
import org.kordon.maritime.VesselEvent;
import org.kordon.maritime.VesselMatch;
import org.kordon.maritime.VesselProfile;
import org.kordon.maritime.VesselProfiles;
import org.kordon.maritime.VesselQuery;
import org.kordon.maritime.VesselScreener;
import org.kordon.model.ListSnapshot;

/**
 * {@code POST /vessels/screen} and {@code GET /vessels/{imo}}: {@code kordon vessels screen} and
 * {@code kordon vessels show} over HTTP, with the field names of vessels.csv and results.csv.
 *
 * <pre>{@code
 * POST /vessels/screen {"vessels": [{"id": "v1", "imo": "IMO 9224283", "name": "NEER1"}], "top": 3}
 * -> {"results": [{"query_id": "v1", "matches": [{"rank": 1, "entity_id": "eu-fsf:...", "score": 1.0,
 *      "matched_name": "NEER1", "matched_by": "IMO", "schema": "Vessel", "explanation": "IMO 9224283 matches"}]}]}
 * GET /vessels/9224283?as_of=2026-11-24
 * -> {"imo": "9224283", "build_year": 2002, "listed": [...], "history": [...], "indicators": [...]}
 * }</pre>
 *
 * <p>An invalid IMO number is a 400 problem naming the field ({@code vessels[0].imo}, {@code imo}); a vessel
 * neither the lists nor the vessel data know is a 404. Read-only access.
 */
public final class VesselRoutes implements Routes {
    private static final int MAX_TOP = 50;

    /** What the screening of vessels needs from one version of the lists. */
    private record Index(ListSnapshot snapshot, VesselScreener screener, OwnerCheck owners) {
    }

    private final PerSnapshot<Index> index;
    private final VesselData data;

    /**
     * @param snapshots the lists in force (e.g. {@code workflow::snapshot})
     * @param data      vessel histories (the shadow-fleet folder), or {@link VesselData#empty()}
     */
    public VesselRoutes(Supplier<ListSnapshot> snapshots, VesselData data) {
        this.data = Objects.requireNonNull(data, "data");
        this.index = new PerSnapshot<>(snapshots, s -> {
            Screener names = Screeners.build(VesselScreener.namesToIndex(s), Algorithm.KORDON);
            return new Index(s, VesselScreener.build(s, names), OwnerCheck.listed(s, names));
        });
    }

    @Override
    public void register(Router r) {
        r.post("/vessels/screen", Access.READ, this::screen);
        r.get("/vessels/{imo}", Access.READ, this::show);
    }

    private Object screen(Call c) {
        JsonNode vessels = c.body().get("vessels");
        if (vessels == null || !vessels.isArray()) {
            throw Problem.invalid("vessels", "must be an array of vessels");
        }
        if (vessels.size() > c.config().maxBatch()) {
            throw Problem.invalid("vessels", "holds " + vessels.size() + " vessels, at most " + c.config().maxBatch() + " per request");
        }
        int top = 5;
        JsonNode t = c.body().get("top");
        if (t != null && !t.isNull()) {
            if (!t.canConvertToInt() || t.asInt() < 1 || t.asInt() > MAX_TOP) {
                throw Problem.invalid("top", "must be a whole number from 1 to " + MAX_TOP + ", got " + t);
            }
            top = t.asInt();
        }
        List<VesselQuery> queries = new ArrayList<>();
        for (int i = 0; i < vessels.size(); i++) {
            String path = "vessels[" + i + "]";
            JsonNode o = vessels.get(i);
            if (!o.isObject()) {
                throw Problem.invalid(path, "must be an object");
            }
            queries.add(query(o, path, c.config().maxNameLength()));
        }
        VesselScreener screener = index.get().screener();
        List<Map<String, Object>> results = new ArrayList<>();
        for (VesselQuery q : queries) {
            List<Map<String, Object>> matches = new ArrayList<>();
            int rank = 0;
            for (VesselMatch m : screener.screen(q, top)) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("rank", ++rank);
                x.put("entity_id", m.entity().id());
                x.put("score", Math.round(m.score() * 10000) / 10000.0);
                x.put("matched_name", m.matchedName());
                x.put("matched_by", m.matchedBy());
                x.put("schema", m.entity().schema().ftmName());
                x.put("explanation", m.explanation());
                matches.add(x);
            }
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("query_id", q.id());
            r.put("matches", matches);
            results.add(r);
        }
        return Map.of("results", results);
    }

    private static VesselQuery query(JsonNode o, String path, int maxName) {
        String id = Call.text(o, path, "id", true, 200);
        String imoText = Call.text(o, path, "imo", false, 40);
        ImoNumber imo = null;
        if (imoText != null) {
            imo = imo(imoText, path.isEmpty() ? "imo" : path + ".imo");
        }
        try {
            return new VesselQuery(id, imo, Call.text(o, path, "name", false, maxName), Call.text(o, path, "flag", false, 10),
                    Call.text(o, path, "mmsi", false, 20), Call.text(o, path, "call_sign", false, 20));
        } catch (IllegalArgumentException e) {
            String msg = e.getMessage();
            if (msg.startsWith("field ")) {
                int colon = msg.indexOf(':');
                String field = msg.substring("field ".length(), colon);
                throw Problem.invalid(path + "." + field, msg.substring(colon + 1).strip());
            }
            throw Problem.invalid(path, msg);
        }
    }

    private static ImoNumber imo(String text, String field) {
        try {
            return ImoNumber.parse(text);
        } catch (IllegalArgumentException e) {
            throw Problem.invalid(field, e.getMessage());
        }
    }

    private Object show(Call c) {
        ImoNumber imo = imo(c.path("imo"), "imo");
        LocalDate asOf = LocalDate.now(ZoneOffset.UTC);
        String day = c.query("as_of");
        if (day != null) {
            try {
                asOf = LocalDate.parse(day);
            } catch (DateTimeParseException e) {
                throw Problem.invalid("as_of", "not an ISO date (YYYY-MM-DD): '" + day + "'");
            }
        }
        Index ix = index.get();
        VesselProfile p = VesselProfiles.of(ix.snapshot(), data, ix.owners(), asOf).profile(imo);
        if (p.isUnknown()) {
            throw Problem.notFound(imo + " is in no list loaded and not in the vessel data (" + data.source() + ")");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("imo", p.imo().value());
        m.put("as_of", asOf.toString());
        m.put("build_year", p.buildYear());
        m.put("listed", p.listed().stream().map(EntityJson::of).toList());
        List<Map<String, Object>> history = new ArrayList<>();
        for (VesselEvent e : p.history().events()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("kind", e.kind().name().toLowerCase(java.util.Locale.ROOT));
            x.put("value", e.value());
            x.put("reference", e.reference());
            x.put("from", e.from() == null ? null : e.from().toString());
            x.put("to", e.to() == null ? null : e.to().toString());
            x.put("source", e.source());
            history.add(x);
        }
        m.put("history", history);
        List<Map<String, Object>> indicators = new ArrayList<>();
        for (Indicator i : p.indicators()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("kind", i.kind().name().toLowerCase(java.util.Locale.ROOT));
            x.put("title", i.kind().title());
            x.put("evidence", i.evidence());
            x.put("from", i.from() == null ? null : i.from().toString());
            x.put("to", i.to() == null ? null : i.to().toString());
            indicators.add(x);
        }
        m.put("indicators", indicators);
        return m;
    }
}
