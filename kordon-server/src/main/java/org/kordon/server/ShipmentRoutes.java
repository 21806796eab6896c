package org.kordon.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Set;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.kordon.matching.Screener;
import org.kordon.model.Entity;
import org.kordon.model.ListSnapshot;
import org.kordon.ownership.ListedOwners;
import org.kordon.ownership.ListedOwnership;
import org.kordon.ownership.OwnershipGraph;
import org.kordon.trade.Finding;
import org.kordon.trade.Party;
import org.kordon.trade.Shipment;
import org.kordon.trade.ShipmentScreener;

/**
 * {@code POST /shipments/screen}: {@code kordon shipments screen} over HTTP, a shipment with the field names of
 * shipments.csv, one finding with the fields of findings.csv per thing found.
 *
 * <pre>{@code
 * {"id": "S-1", "exporter": "Alpha GmbH", "exporter_country": "DE", "consignee": "Beta LLP", "consignee_country": "KZ",
 *  "destination_country": "KZ", "transit_countries": "GE;AM", "hs_code": "8542.31.0000", "description": "microcontrollers"}
 * // or a batch: {"shipments": [{...}, {...}]}
 * -> {"results": [{"shipment_id": "S-1", "findings": [{"shipment_id": "S-1", "finding": "controlled_goods",
 *      "severity": "high", "party": "", "entity_id": "", "hs6": "854231", "detail": "CHP Tier 1 (published ...)"}, ...]}]}
 * }</pre>
 *
 * <p>{@code transit_countries} is a {@code ;}-separated string as in the CSV or an array. Goods are checked against
 * the CHP list and HS codes for their format (the server carries no HS nomenclature file). With {@code stakes}
 * (and optionally {@code listed}) in the body, as for {@code POST /ownership}, a party whose name is a company of
 * that graph owned or controlled by listed entities under the OFAC, EU or UK rules today gets an
 * {@code owned_by_listed} finding with the path; the listed ids are the lists' entity ids plus {@code listed}.
 * Read-only access.
 */
public final class ShipmentRoutes implements Routes {
    private static final int MAX_FIELD = 1000;

    private final Supplier<Screener> screeners;
    private final Supplier<ListSnapshot> snapshots;

    /**
     * @param screeners the parties' screening engine over the lists in force (e.g. {@code workflow::screener})
     * @param snapshots the lists in force (e.g. {@code workflow::snapshot}): their ids are the listed ids of the
     *                  ownership rules, their captions name the owners
     */
    public ShipmentRoutes(Supplier<Screener> screeners, Supplier<ListSnapshot> snapshots) {
        this.screeners = screeners;
        this.snapshots = snapshots;
    }

    @Override
    public void register(Router r) {
        r.post("/shipments/screen", Access.READ, this::screen);
    }

    private Object screen(Call c) {
        JsonNode body = c.body();
        List<Shipment> shipments = new ArrayList<>();
        JsonNode batch = body.get("shipments");
        if (batch != null) {
            if (!batch.isArray()) {
                throw Problem.invalid("shipments", "must be an array of shipments");
            }
            if (batch.size() > c.config().maxBatch()) {
                throw Problem.invalid("shipments", "holds " + batch.size() + " shipments, at most " + c.config().maxBatch() + " per request");
            }
            for (int i = 0; i < batch.size(); i++) {
                JsonNode o = batch.get(i);
                if (!o.isObject()) {
                    throw Problem.invalid("shipments[" + i + "]", "must be an object");
                }
                shipments.add(shipment(o, "shipments[" + i + "]", c.config().maxNameLength()));
            }
        } else {
            shipments.add(shipment(body, "", c.config().maxNameLength()));
        }
        // cacheParties(false): a cache kept across requests would grow with every name a caller sends
        ShipmentScreener.Builder b = ShipmentScreener.builder(screeners.get()).cacheParties(false);
        List<String> warnings = new ArrayList<>();
        if (body.has("stakes")) {
            b.listedOwners(owners(body, warnings));
        } else if (body.has("listed")) {
            throw Problem.invalid("listed", "needs stakes (the ownership data the listed ids apply to)");
        }
        ShipmentScreener screener = b.build();
        List<Map<String, Object>> results = new ArrayList<>();
        for (Shipment s : shipments) {
            List<Map<String, Object>> findings = new ArrayList<>();
            for (Finding f : screener.screen(s)) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("shipment_id", f.shipmentId());
                m.put("finding", f.kind().csvName());
                m.put("severity", f.severity().csvName());
                m.put("party", f.party());
                m.put("entity_id", f.entityId());
                m.put("hs6", f.hs6());
                m.put("detail", f.detail());
                findings.add(m);
            }
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("shipment_id", s.id());
            r.put("findings", findings);
            results.add(r);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("results", results);
        if (body.has("stakes")) {
            out.put("warnings", warnings);
        }
        return out;
    }

    /**
     * The ownership rules over the body's stakes, checked as for {@code POST /ownership} (a duplicate stake counted once,
     * said in {@code warnings}); listed ids: the lists' entity ids and the body's {@code listed}.
     */
    private ListedOwners owners(JsonNode body, List<String> warnings) {
        LocalDate day = LocalDate.now(ZoneOffset.UTC);
        OwnershipRoutes.Stakes stakes = OwnershipRoutes.graph(body, day);
        warnings.addAll(stakes.warnings());
        OwnershipGraph graph = stakes.graph();
        ListSnapshot snapshot = snapshots.get();
        Set<String> listed = new HashSet<>(snapshot.byId().keySet());
        if (body.has("listed")) {
            listed.addAll(OwnershipRoutes.listed(body));
        }
        ListedOwnership lo = ListedOwnership.of(graph, listed, ListedOwnership.SANCTIONS, day);
        return ListedOwners.of(lo, id -> snapshot.find(id).map(Entity::caption).orElse(id));
    }

    private static String field(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    static Shipment shipment(JsonNode o, String path, int maxName) {
        String id = Call.text(o, path, "id", true, 200);
        LocalDate date = null;
        String d = Call.text(o, path, "date", false, 10);
        if (d != null) {
            try {
                date = LocalDate.parse(d);
            } catch (DateTimeParseException e) {
                throw Problem.invalid(field(path, "date"), "not an ISO date (YYYY-MM-DD): '" + d + "'");
            }
        }
        BigDecimal value = null;
        String v = Call.text(o, path, "value", false, 40);
        if (v != null) {
            try {
                value = new BigDecimal(v);
            } catch (NumberFormatException e) {
                throw Problem.invalid(field(path, "value"), "not a number: '" + v + "'");
            }
            if (value.signum() < 0) {
                throw Problem.invalid(field(path, "value"), "must not be negative, got " + v);
            }
        }
        List<Party> parties = new ArrayList<>();
        for (Party.Role role : Party.Role.values()) {
            String name = Call.text(o, path, role.column(), false, maxName);
            if (name == null) {
                continue;
            }
            String country = Call.text(o, path, role.column() + "_country", false, 10);
            try {
                parties.add(new Party(role, name, country, Call.text(o, path, role.column() + "_address", false, MAX_FIELD)));
            } catch (IllegalArgumentException e) {
                throw Problem.invalid(field(path, role.column() + "_country"), e.getMessage());
            }
        }
        List<String> transit = new ArrayList<>();
        JsonNode t = o.get("transit_countries");
        if (t != null && t.isArray()) {
            if (t.size() > 50) {
                throw Problem.invalid(field(path, "transit_countries"), "at most 50 countries");
            }
            for (int i = 0; i < t.size(); i++) {
                JsonNode x = t.get(i);
                if (!x.isTextual() || x.asText().length() > 10) {
                    throw Problem.invalid(field(path, "transit_countries") + "[" + i + "]", "must be an ISO 3166-1 alpha-2 code such as KZ");
                }
                transit.add(x.asText());
            }
        } else {
            String ts = Call.text(o, path, "transit_countries", false, 200);
            if (ts != null) {
                for (String x : ts.split(";")) {
                    if (!x.isBlank()) {
                        transit.add(x.strip());
                    }
                }
            }
        }
        String destination = Call.text(o, path, "destination_country", false, 10);
        try {
            return new Shipment(id, date, parties, destination, transit, Call.text(o, path, "hs_code", false, 40),
                    Call.text(o, path, "description", false, MAX_FIELD), value, Call.text(o, path, "currency", false, 10));
        } catch (IllegalArgumentException e) {
            // the model's messages start with the column: "transit_countries: not an ISO 3166-1 alpha-2 country code: 'XX'"
            String msg = e.getMessage();
            int colon = msg.indexOf(':');
            String col = colon > 0 ? msg.substring(0, colon) : "";
            if (col.matches("[a-z_]+")) {
                throw Problem.invalid(field(path, col), msg.substring(colon + 1).strip());
            }
            throw Problem.invalid(path.isEmpty() ? null : path, msg);
        }
    }
}
