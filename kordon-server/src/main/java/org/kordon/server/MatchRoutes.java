package org.kordon.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.kordon.matching.Contribution;
import org.kordon.matching.Match;
import org.kordon.matching.Query;
import org.kordon.matching.QueryFields;
import org.kordon.model.Countries;
import org.kordon.model.ListSnapshot;
import org.kordon.model.PartialDate;
import org.kordon.model.Schema;
import org.kordon.resolution.ResolvedMatch;
import org.kordon.resolution.ResolvedScreener;
import org.kordon.review.Workflow;

/**
 * {@code POST /match/{dataset}} in the request and response shapes of OpenSanctions yente, so that yente clients
 * work unchanged:
 *
 * <pre>{@code
 * POST /match/default?threshold=0.7&limit=5
 * {"queries": {"q1": {"schema": "Person", "properties": {"name": ["Vladimir Putin"], "birthDate": ["1952"]}}}}
 * -> {"responses": {"q1": {"status": 200, "total": {"value": 1, "relation": "eq"}, "query": {...},
 *      "results": [{"id": "ofac-sdn:35096", "caption": "...", "schema": "Person", "properties": {...},
 *                   "datasets": ["eu-32014R0269", "ofac-sdn", "uk-ofsi", "uk-sl"],
 *                   "referents": ["eu:32014R0269-I.PERSONS-669", "uk:14196", "uk:RUS0251"],
 *                   "score": 0.97, "match": true, "features": {"name": 0.93, "birth_date": 0.04},
 *                   "contributions": [{"feature": "name", "delta": 0.93, "detail": "..."}, ...],
 *                   "matched_name": "PUTIN, Vladimir Vladimirovich", "matched_words": [[0, 5], [7, 15]],
 *                   "resolved_id": "ke:eu:32014R0269-I.PERSONS-669", "listings": [...]}]}},
 *     "matcher": {...}, "limit": 5}
 * }</pre>
 *
 * <p>One result per resolved entity (issue 25; docs/RESOLUTION.md), {@code limit} counting entities: {@code id},
 * {@code caption} and {@code properties} are those of the listing whose name matched best, {@code referents} the
 * ids of the entity's other listings and {@code datasets} the lists of all its listings (yente's merged entity);
 * the score counts the secondary data of all its listings. Kordon adds {@code contributions} (the explanation's
 * parts, which add up to the score), {@code matched_name} (the listed name that matched best, as written) with
 * {@code matched_words} (the spans of its words the query matched, {@link MatchedWords}) and {@code listings} (each
 * listing of the entity in full, {@link EntityJson#listings}). With a dataset other than {@code default}, only matches on
 * that dataset's listings count.
 *
 * <p>Property mapping to Kordon's query: {@code name} and {@code alias} (each name is screened, the best score
 * per entity kept), else {@code firstName}/{@code middleName}/{@code fatherName}/{@code lastName} joined;
 * {@code birthDate} (first); {@code nationality}, {@code citizenship}, {@code country}, {@code jurisdiction}
 * (first recognised, codes or English names); identifiers such as {@code idNumber}, {@code passportNumber},
 * {@code taxNumber}, {@code registrationNumber}, {@code innCode}, {@code leiCode}, {@code swiftBic},
 * {@code imoNumber}. Read-only: nothing is stored. The dataset is {@code default} (all lists) or a list name
 * such as {@code ofac-sdn}, {@code un}, {@code eu} (a prefix matches its lists).
 */
final class MatchRoutes implements Routes {
    static final List<String> NAME_PARTS = List.of("firstName", "secondName", "middleName", "fatherName", "lastName");
    static final List<String> COUNTRY_PROPS = List.of("nationality", "citizenship", "country", "jurisdiction", "mainCountry");
    static final List<String> ID_PROPS = List.of("idNumber", "passportNumber", "taxNumber", "registrationNumber", "innCode",
            "ogrnCode", "vatCode", "leiCode", "swiftBic", "imoNumber", "mmsi", "callSign");
    static final Set<String> ALL = Set.of("default", "all", "sanctions", "kordon");
    static final int MAX_NAMES = 20;

    private final Workflow workflow;

    MatchRoutes(Workflow workflow) {
        this.workflow = workflow;
    }

    @Override
    public void register(Router r) {
        r.post("/match/{dataset}", Access.READ, this::match);
    }

    private Object match(Call call) {
        String dataset = call.path("dataset");
        Set<String> lists = workflow.snapshot().entities().isEmpty() ? Set.of() : listsOf(dataset);
        double threshold = call.queryDouble("threshold", workflow.threshold(), 0.0, 1.0);
        double cutoff = call.queryDouble("cutoff", Math.min(0.5, threshold), 0.0, 1.0);
        int limit = call.queryInt("limit", 5, 1, 100);
        JsonNode queries = call.body().get("queries");
        if (queries == null || !queries.isObject()) {
            throw Problem.invalid("queries", "must be an object of queries keyed by your own ids");
        }
        if (queries.size() > call.config().maxBatch()) {
            throw Problem.invalid("queries", "holds " + queries.size() + " queries, at most " + call.config().maxBatch() + " per request");
        }
        Map<String, Object> responses = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = queries.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> q = it.next();
            String path = "queries." + q.getKey();
            if (!q.getValue().isObject()) {
                throw Problem.invalid(path, "must be an object with schema and properties");
            }
            Parsed p = parse(q.getValue(), path, call.config().maxNameLength());
            List<Map<String, Object>> results = screen(p, threshold, cutoff, limit, lists);
            Map<String, Object> resp = new LinkedHashMap<>();
            resp.put("status", 200);
            resp.put("results", results);
            resp.put("total", Map.of("value", results.size(), "relation", "eq"));
            resp.put("query", q.getValue());
            if (!p.warnings().isEmpty()) {
                resp.put("warnings", p.warnings());
            }
            responses.put(q.getKey(), resp);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("responses", responses);
        out.put("matcher", MATCHER);
        out.put("limit", limit);
        return out;
    }

    /** The list names of one snapshot, computed once per snapshot rather than per request. */
    private record Datasets(ListSnapshot snapshot, Set<String> names) {
    }

    private volatile Datasets datasets;

    private Set<String> allLists() {
        ListSnapshot s = workflow.snapshot();
        Datasets d = datasets;
        if (d == null || d.snapshot() != s) {
            Set<String> names = s.sources().stream().map(r -> r.list()).collect(Collectors.toCollection(java.util.HashSet::new));
            s.entities().forEach(e -> names.add(e.source().list()));
            d = new Datasets(s, Set.copyOf(names));
            datasets = d;
        }
        return d.names();
    }

    private Set<String> listsOf(String dataset) {
        Set<String> all = allLists();
        if (ALL.contains(dataset.toLowerCase(Locale.ROOT))) {
            return all;
        }
        Set<String> chosen = all.stream().filter(l -> l.equalsIgnoreCase(dataset) || l.toLowerCase(Locale.ROOT).startsWith(dataset.toLowerCase(Locale.ROOT) + "-"))
                .collect(Collectors.toSet());
        if (chosen.isEmpty()) {
            throw Problem.notFound("dataset: no dataset '" + dataset + "'; use default or one of " + all.stream().sorted().toList());
        }
        return chosen;
    }

    /**
     * A yente query turned into Kordon queries, one per name.
     *
     * @param warnings one note per value left out (a malformed birth date, an unknown country): the names are still
     *                 screened without it, and the response says so
     */
    record Parsed(List<Query> queries, List<String> warnings) {
    }

    static Parsed parse(JsonNode example, String path, int maxName) {
        String schemaName = Call.text(example, path, "schema", true, 40);
        Schema schema;
        try {
            schema = Schema.parse(schemaName);
        } catch (IllegalArgumentException e) {
            throw Problem.invalid(path + ".schema", "unknown schema '" + schemaName + "' (Person, Company, Organization, LegalEntity, Vessel...)");
        }
        JsonNode props = example.get("properties");
        if (props == null || !props.isObject()) {
            throw Problem.invalid(path + ".properties", "must be an object of property lists");
        }
        String pp = path + ".properties";
        List<String> names = new ArrayList<>(values(props, pp, "name", maxName));
        names.addAll(values(props, pp, "alias", maxName));
        if (names.isEmpty()) {
            List<String> parts = new ArrayList<>();
            for (String part : NAME_PARTS) {
                parts.addAll(values(props, pp, part, maxName));
            }
            if (!parts.isEmpty()) {
                names.add(String.join(" ", parts));
            }
        }
        if (names.isEmpty()) {
            throw Problem.invalid(pp + ".name", "is required (or firstName/lastName)");
        }
        if (names.size() > MAX_NAMES) {
            throw Problem.invalid(pp + ".name", "holds " + names.size() + " names, at most " + MAX_NAMES);
        }
        List<String> warnings = new ArrayList<>();
        PartialDate birth = null;
        for (String d : values(props, pp, "birthDate", 40)) {
            try {
                // FtM dates may carry a time ("1952-10-07T00:00:00"): the date part is read
                PartialDate parsed = QueryFields.birthDate(d.length() > 10 ? d.substring(0, 10) : d);
                birth = birth == null ? parsed : birth;
            } catch (IllegalArgumentException e) {
                warnings.add(pp + ".birthDate '" + d + "' ignored (" + e.getMessage() + ")");
            }
        }
        String country = null;
        for (String prop : COUNTRY_PROPS) {
            for (String c : values(props, pp, prop, 100)) {
                String code = Countries.toCode(c);
                if (code == null) {
                    warnings.add(pp + "." + prop + " '" + c + "' ignored (not a country code or name)");
                } else if (country == null) {
                    country = code;
                }
            }
        }
        List<String> ids = new ArrayList<>();
        for (String prop : ID_PROPS) {
            ids.addAll(values(props, pp, prop, 100));
        }
        String cc = country;
        PartialDate bd = birth;
        List<Query> queries = names.stream().distinct().map(n -> new Query(null, n, schema, bd, cc, ids)).toList();
        return new Parsed(queries, warnings);
    }

    /** A property's values: yente accepts a list of strings or one string. */
    static List<String> values(JsonNode props, String path, String name, int maxLength) {
        JsonNode v = props.get(name);
        if (v == null || v.isNull()) {
            return List.of();
        }
        String where = path + "." + name;
        List<String> out = new ArrayList<>();
        if (v.isArray()) {
            if (v.size() > 50) {
                throw Problem.invalid(where, "holds " + v.size() + " values, at most 50");
            }
            for (JsonNode item : v) {
                out.add(check(item, where, maxLength));
            }
        } else {
            out.add(check(v, where, maxLength));
        }
        return out.stream().filter(s -> !s.isBlank()).toList();
    }

    private static String check(JsonNode item, String where, int maxLength) {
        if (!item.isTextual() && !item.isNumber()) {
            throw Problem.invalid(where, "values must be strings");
        }
        String s = item.asText().strip();
        int n = s.codePointCount(0, s.length());
        if (n > maxLength) {
            throw Problem.invalid(where, "a value is " + n + " characters long, at most " + maxLength + " allowed");
        }
        return s;
    }

    private List<Map<String, Object>> screen(Parsed p, double threshold, double cutoff, int limit, Set<String> lists) {
        Map<String, ResolvedMatch> best = new HashMap<>();
        ResolvedScreener screener = workflow.resolved();
        for (Query q : p.queries()) {
            for (ResolvedMatch m : screener.screen(q, cutoff, limit, e -> lists.contains(e.source().list()))) {
                best.merge(m.entity().id(), m, (a, b) -> a.score() >= b.score() ? a : b);
            }
        }
        return best.values().stream()
                .sorted(Comparator.comparingDouble(ResolvedMatch::score).reversed().thenComparing(m -> m.listing().id()))
                .limit(limit)
                .map(m -> result(m, threshold))
                .toList();
    }

    static Map<String, Object> result(ResolvedMatch rm, double threshold) {
        Match m = rm.match();
        Map<String, Object> r = EntityJson.of(m.entity(), rm.entity());
        r.put("score", round(m.score()));
        r.put("match", m.score() >= threshold);
        r.put("features", features(m));
        r.put("explanation", m.explanation().summaryWithProbability());
        r.put("contributions", m.explanation().contributions());
        r.put("matched_name", m.matchedName());
        r.put("matched_words", MatchedWords.json(m.matchedName(), m.explanation().queryName()));
        return r;
    }

    /** Per-feature scores: the name score, then each contribution's effect on the score. */
    static Map<String, Double> features(Match m) {
        Map<String, Double> f = new LinkedHashMap<>();
        f.put("name", round(m.explanation().nameScore()));
        for (Contribution c : m.explanation().contributions()) {
            if (!c.feature().equals("name")) {
                f.merge(c.feature().replace('-', '_'), round(c.delta()), Double::sum);
            }
        }
        return f;
    }

    static double round(double d) {
        return Math.round(d * 10000) / 10000.0;
    }

    /** What each feature means, in yente's {@code matcher} shape. */
    static final Map<String, Object> MATCHER = Map.of(
            "name", Map.of("description", "Similarity of the best listed name (primary or alias) to the query name, IDF-weighted word alignment", "coefficient", 1.0, "url", "docs/MATCHING.md"),
            "birth_date", Map.of("description", "Birth date agrees (+) or conflicts (-) with the listed dates", "coefficient", 1.0, "url", ""),
            "country", Map.of("description", "Country or nationality agrees (+) or conflicts (-)", "coefficient", 1.0, "url", ""),
            "identifier", Map.of("description", "An identifier (passport, tax number, IMO...) equals a listed one", "coefficient", 1.0, "url", ""),
            "schema", Map.of("description", "Entity type conflicts with the query's schema", "coefficient", 1.0, "url", ""),
            "weak_alias", Map.of("description", "The matched name is a weak alias: discounted", "coefficient", 1.0, "url", ""));
}
