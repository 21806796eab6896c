package org.kordon.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.kordon.matching.Algorithm;
import org.kordon.model.Entity;
import org.kordon.resolution.ResolvedMatch;
import org.kordon.review.Workflow;

/**
 * The OpenRefine reconciliation protocol (Reconciliation Service API 0.2, as yente speaks it), so that an analyst
 * reconciles a spreadsheet column of names against the lists from OpenRefine:
 * <ul>
 *   <li>{@code GET /reconcile/{dataset}}: the service manifest (name, identifier and schema spaces, the FtM schemata
 *       as types, the web page's entity view);</li>
 *   <li>{@code POST /reconcile/{dataset}}, a form with {@code queries}: a JSON object of queries keyed by the
 *       client's ids, each {@code {"query": "name", "type": "Person", "limit": 5, "properties": [{"pid":
 *       "birthDate", "v": "1952"}]}} ({@code pid} an FtM property or {@code Schema:property}); each answered
 *       {@code {"result": [{"id", "name", "type": [{"id", "name"}], "score", "match", "description"}]}}, scored as
 *       {@code /match} scores (threshold and cutoff its defaults), best first. Query parameters {@code algorithm}
 *       and {@code changed_since} as on {@code /match}. A form with {@code extend} (data extension) is refused
 *       with 400: Kordon does not offer it, nor suggest services.</li>
 * </ul>
 */
final class ReconcileRoutes implements Routes {
    /** OpenRefine's default is 3 queries a request; Kordon takes up to the server's batch limit. */
    static final int BATCH_SIZE = 10;
    static final int DEFAULT_LIMIT = 5;
    static final Set<String> PARAMETERS = Set.of("algorithm", "changed_since");
    /** The FtM schemata offered as reconciliation types, with their plural labels. */
    static final Map<String, String> TYPES = typeLabels();

    private final Workflow workflow;
    private final YenteIndex index;

    ReconcileRoutes(Workflow workflow, YenteIndex index) {
        this.workflow = workflow;
        this.index = index;
    }

    private static Map<String, String> typeLabels() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Person", "People");
        m.put("Company", "Companies");
        m.put("Organization", "Organizations");
        m.put("LegalEntity", "Legal entities");
        m.put("Vessel", "Vessels");
        m.put("Airplane", "Airplanes");
        return m;
    }

    @Override
    public void register(Router r) {
        r.get("/reconcile/{dataset}", Access.READ, this::manifest);
        r.post("/reconcile/{dataset}", Access.READ, this::reconcile);
    }

    private Object manifest(Call call) {
        call.onlyQuery(Set.of());
        YenteIndex.State state = index.now();
        YenteFilters.parse(call, state);
        String base = call.context().scheme() + "://" + call.context().host();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("versions", List.of("0.2"));
        m.put("name", "Kordon sanctions screening (" + call.path("dataset") + ")");
        m.put("identifierSpace", base + "/entities/");
        m.put("schemaSpace", "https://followthemoney.tech/explorer/schemata/");
        m.put("view", Map.of("url", base + "/#/entity/{{id}}"));
        m.put("batchSize", BATCH_SIZE);
        m.put("defaultTypes", TYPES.entrySet().stream().map(e -> Map.of("id", e.getKey(), "name", e.getValue())).toList());
        return m;
    }

    private Object reconcile(Call call) {
        call.onlyQuery(PARAMETERS);
        YenteIndex.State state = index.now();
        YenteFilters filters = YenteFilters.parse(call, state);
        Algorithm algorithm = MatchRoutes.algorithm(call);
        Map<String, String> form = call.form();
        if (form.containsKey("extend") && !form.get("extend").isBlank()) {
            throw Problem.invalid("extend", "Kordon does not offer data extension; reconcile with queries");
        }
        String text = form.get("queries");
        if (text == null || text.isBlank()) {
            throw Problem.invalid("queries", "No queries or extend request provided.");
        }
        JsonNode queries;
        try {
            queries = Json.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw Problem.invalid("queries", "not valid JSON: " + e.getOriginalMessage());
        }
        if (queries == null || !queries.isObject()) {
            throw Problem.invalid("queries", "must be a JSON object of queries keyed by your own ids");
        }
        if (queries.size() > call.config().maxBatch()) {
            throw Problem.invalid("queries", "holds " + queries.size() + " queries, at most " + call.config().maxBatch() + " per request");
        }
        double threshold = workflow.threshold();
        Predicate<Entity> listings = filters.listings(state);
        Map<String, Object> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = queries.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> q = it.next();
            String path = "queries." + q.getKey();
            int limit = q.getValue().path("limit").isInt() ? q.getValue().path("limit").asInt() : DEFAULT_LIMIT;
            if (limit < 1 || limit > MatchRoutes.MAX_LIMIT) {
                throw Problem.invalid(path + ".limit", "must be 1 to " + MatchRoutes.MAX_LIMIT + ", got " + limit);
            }
            MatchRoutes.Parsed p = MatchRoutes.parse(example(q.getValue(), path), path, call.config().maxNameLength());
            List<ResolvedMatch> found = MatchRoutes.screen(p, state.screener(algorithm), Math.min(0.5, threshold), limit, listings);
            out.put(q.getKey(), Map.of("result", found.stream().map(m -> candidate(m, threshold)).toList()));
        }
        return out;
    }

    /** A reconciliation query as a yente example: {@code query} the name, {@code type} the schema, properties by pid. */
    private static JsonNode example(JsonNode q, String path) {
        if (!q.isObject()) {
            throw Problem.invalid(path, "must be an object with query, type, limit, properties");
        }
        ObjectNode example = Json.MAPPER.createObjectNode();
        JsonNode type = q.path("type");
        String schema = type.isTextual() ? type.asText() : type.isArray() && !type.isEmpty() ? type.get(0).asText() : "LegalEntity";
        example.put("schema", schema);
        ObjectNode props = example.putObject("properties");
        if (q.path("query").isTextual() && !q.path("query").asText().isBlank()) {
            props.putArray("name").add(q.path("query").asText());
        }
        JsonNode given = q.path("properties");
        if (!given.isMissingNode() && !given.isArray()) {
            throw Problem.invalid(path + ".properties", "must be a list of {pid, v}");
        }
        for (JsonNode p : given) {
            String pid = p.path("pid").asText("");
            String name = pid.contains(":") ? pid.substring(pid.indexOf(':') + 1) : pid;
            if (name.isBlank()) {
                throw Problem.invalid(path + ".properties", "each needs a pid (an FtM property such as birthDate)");
            }
            ArrayNode values = props.has(name) ? (ArrayNode) props.get(name) : props.putArray(name);
            JsonNode v = p.path("v");
            if (v.isArray()) {
                v.forEach(x -> values.add(x.isObject() ? x.path("id").asText() : x.asText()));
            } else {
                values.add(v.isObject() ? v.path("id").asText() : v.asText());
            }
        }
        return example;
    }

    private static Map<String, Object> candidate(ResolvedMatch m, double threshold) {
        Entity listing = m.listing();
        String schema = EntityJson.schemaName(listing.schema());
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("id", listing.id());
        c.put("name", listing.caption());
        c.put("description", String.join(", ", m.entity().sources()) + ": " + m.match().explanation().summary());
        c.put("type", List.of(Map.of("id", schema, "name", TYPES.getOrDefault(schema, schema))));
        c.put("score", MatchRoutes.round(m.score()));
        c.put("match", m.score() >= threshold);
        return c;
    }
}
