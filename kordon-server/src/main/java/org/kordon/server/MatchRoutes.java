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
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.kordon.matching.Algorithm;
import org.kordon.matching.Contribution;
import org.kordon.matching.Match;
import org.kordon.matching.Query;
import org.kordon.matching.QueryFields;
import org.kordon.model.Countries;
import org.kordon.model.Entity;
import org.kordon.model.IdType;
import org.kordon.model.Identifier;
import org.kordon.model.PartialDate;
import org.kordon.model.Schema;
import org.kordon.resolution.ResolvedEntity;
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
 *                   "datasets": ["eu_fsf", "gb_fcdo_sanctions", "gb_hmt_sanctions", "us_ofac_sdn"],
 *                   "referents": ["eu:32014R0269-I.PERSONS-669", "uk:14196", "uk:RUS0251"], "target": true,
 *                   "first_seen": "2026-12-07T18:02:11", "last_seen": "...", "last_change": "...",
 *                   "score": 0.97, "match": true, "features": {"name": 0.93, "birth_date": 0.04},
 *                   "explanations": {"name": {"score": 0.93, "detail": "...", "query": "Vladimir Putin",
 *                                             "candidate": "PUTIN, Vladimir Vladimirovich"}, "birth_date": {...}},
 *                   "contributions": [{"feature": "name", "delta": 0.93, "detail": "..."}, ...],
 *                   "matched_name": "PUTIN, Vladimir Vladimirovich", "matched_words": [[0, 5], [7, 15]],
 *                   "resolved_id": "ke:eu:32014R0269-I.PERSONS-669", "listings": [...]}]}},
 *     "matcher": {...}, "limit": 5}
 * }</pre>
 *
 * <p>One result per resolved entity (issue 25; docs/RESOLUTION.md), {@code limit} counting entities: {@code id},
 * {@code caption} and {@code properties} are those of the listing whose name matched best, {@code referents} the
 * ids of the entity's other listings and {@code datasets} the datasets of all its listings (yente's merged entity,
 * {@link YenteDatasets}); the score counts the secondary data of all its listings. The answer validates against
 * yente's response models, 5.x ({@code explanations}) and 4.x ({@code features}); {@code total} counts the entities
 * scoring at least {@code threshold}, as yente's does. The query parameters are yente's, each honoured or refused
 * with 400 ({@link YenteFilters}; {@code algorithm}, {@code limit} up to {@value #MAX_LIMIT}), as are the body's
 * {@code weights} and {@code config} (any key refused: Kordon's weights are calibrated, its algorithms take no
 * configuration). A query with identifiers but no name is matched on them alone. Kordon adds {@code contributions} (the explanation's
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
 * {@code imoNumber}; any other property is named in the query's {@code warnings}. Read-only: nothing is stored.
 */
final class MatchRoutes implements Routes {
    static final List<String> NAME_PARTS = List.of("firstName", "secondName", "middleName", "fatherName", "lastName");
    static final List<String> COUNTRY_PROPS = List.of("nationality", "citizenship", "country", "jurisdiction", "mainCountry");
    static final List<String> ID_PROPS = List.of("idNumber", "passportNumber", "taxNumber", "registrationNumber", "innCode",
            "ogrnCode", "vatCode", "leiCode", "swiftBic", "imoNumber", "mmsi", "callSign");
    /** The properties read besides the name parts, countries and identifiers. */
    static final Set<String> READ_PROPS = Set.of("name", "alias", "birthDate");
    static final int MAX_NAMES = 20;
    /** yente's {@code MATCH_PAGE} and {@code MAX_MATCHES}: the default and the largest {@code limit}. */
    static final int DEFAULT_LIMIT = 5;
    static final int MAX_LIMIT = 500;
    /** The most matches {@code total} counts; beyond it {@code relation} is {@code gte}. */
    static final int MAX_TOTAL = 500;
    /** An identifier shorter than this (letters and digits) is not matched on its own: too many things share it. */
    static final int MIN_IDENTIFIER_LENGTH = 5;
    /**
     * The score of an identifier-only match: an identifier equal to a listed one is taken as a match by itself, as
     * Kordon's vessel screening takes an equal IMO number.
     */
    static final double IDENTIFIER_ONLY_SCORE = 1.0;
    /** The keys of a request body (yente's {@code EntityMatchQuery}). */
    static final Set<String> BODY_KEYS = Set.of("queries", "weights", "config");
    /**
     * The algorithms by the names {@code algorithm} takes: Kordon's own, also under the names yente gives its default
     * ({@code best}, {@code logic-v2}) and its predecessor ({@code logic-v1}, which yente's validation report asks
     * for), so that existing configurations work, and OFAC's. The answer's {@code algorithm} says which ran.
     */
    static final Map<String, Algorithm> ALGORITHMS = Map.of("kordon", Algorithm.KORDON, "best", Algorithm.KORDON,
            "logic-v2", Algorithm.KORDON, "logic-v1", Algorithm.KORDON, "ofac", Algorithm.OFAC);
    /**
     * The query parameters of {@code /match}: yente's. {@code fuzzy}, which yente's example client sends, has no
     * effect, as on yente's {@code /match} (it concerns {@code /search}'s query syntax).
     */
    static final Set<String> PARAMETERS = Set.of("threshold", "cutoff", "limit", "algorithm", "include_dataset", "exclude_dataset",
            "exclude_schema", "topics", "changed_since", "exclude_entity_ids", "fuzzy");
    static final String DEFAULT_ALGORITHM = "kordon";

    private final Workflow workflow;
    private final YenteIndex index;

    MatchRoutes(Workflow workflow) {
        this.workflow = workflow;
        this.index = new YenteIndex(workflow);
    }

    @Override
    public void register(Router r) {
        r.post("/match/{dataset}", Access.READ, this::match);
        new CatalogRoutes(workflow, index).register(r);
        new ReconcileRoutes(workflow, index).register(r);
    }

    /** The algorithm a request names, by {@link #ALGORITHMS}; 400 for another. */
    static Algorithm algorithm(Call call) {
        String name = call.query("algorithm");
        Algorithm a = ALGORITHMS.get(name == null ? DEFAULT_ALGORITHM : name.toLowerCase(Locale.ROOT));
        if (a == null) {
            throw Problem.invalid("algorithm", "Invalid algorithm: " + name + "; Kordon offers " + new TreeSet<>(ALGORITHMS.keySet())
                    + " (best, logic-v2 and logic-v1 are Kordon's own, under yente's names)");
        }
        return a;
    }

    private Object match(Call call) {
        call.onlyQuery(PARAMETERS);
        YenteIndex.State state = index.now();
        YenteFilters filters = YenteFilters.parse(call, state);
        double threshold = call.queryDouble("threshold", workflow.threshold(), 0.0, 1.0);
        double cutoff = Math.min(call.queryDouble("cutoff", Math.min(0.5, threshold), 0.0, 1.0), threshold);
        int limit = call.queryInt("limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        Algorithm algorithm = algorithm(call);
        JsonNode body = call.body();
        for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!BODY_KEYS.contains(key)) {
                throw Problem.invalid(key, "unknown field; a match request holds " + new TreeSet<>(BODY_KEYS));
            }
        }
        refuseSettings(body, "weights", "Kordon's weights are calibrated and fixed (docs/MATCHING.md); send no weights");
        refuseSettings(body, "config", "Invalid configuration parameter for algorithm " + algorithm.name().toLowerCase(Locale.ROOT)
                + ": it takes none");
        JsonNode queries = body.get("queries");
        if (queries == null || !queries.isObject()) {
            throw Problem.invalid("queries", "must be an object of queries keyed by your own ids");
        }
        if (queries.isEmpty()) {
            throw Problem.invalid("queries", "No queries provided.");
        }
        if (queries.size() > call.config().maxBatch()) {
            throw Problem.invalid("queries", "holds " + queries.size() + " queries, at most " + call.config().maxBatch() + " per request");
        }
        Predicate<Entity> listings = state.datasets().snapshot().entities().isEmpty() ? e -> false : filters.listings(state);
        ResolvedScreener screener = state.screener(algorithm);
        Map<String, Object> responses = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = queries.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> q = it.next();
            String path = "queries." + q.getKey();
            if (!q.getValue().isObject()) {
                throw Problem.invalid(path, "must be an object with schema and properties");
            }
            Parsed p = parse(q.getValue(), path, call.config().maxNameLength());
            Map<String, Object> resp = new LinkedHashMap<>();
            resp.put("status", 200);
            if (p.queries().isEmpty()) {
                List<Map<String, Object>> results = byIdentifier(p, state, listings, threshold);
                resp.put("results", results.stream().limit(limit).toList());
                resp.put("total", Map.of("value", results.stream().filter(r -> Boolean.TRUE.equals(r.get("match"))).count(), "relation", "eq"));
            } else {
                List<ResolvedMatch> found = screen(p, screener, cutoff, limit, listings);
                int total = (int) found.stream().filter(m -> m.score() >= threshold).count();
                if (total == limit && limit < MAX_TOTAL) {
                    total = (int) screen(p, screener, threshold, MAX_TOTAL, listings).stream().filter(m -> m.score() >= threshold).count();
                }
                resp.put("results", found.stream().map(m -> result(m, threshold, state.seen())).toList());
                resp.put("total", Map.of("value", total, "relation", total >= MAX_TOTAL ? "gte" : "eq"));
            }
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
        out.put("algorithm", algorithm.name().toLowerCase(Locale.ROOT));
        return out;
    }

    /** {@code weights} or {@code config}: absent, null or an empty object; any key is refused with {@code why}. */
    private static void refuseSettings(JsonNode body, String field, String why) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return;
        }
        if (!v.isObject()) {
            throw Problem.invalid(field, "must be an object");
        }
        if (!v.isEmpty()) {
            String key = v.fieldNames().next();
            throw Problem.invalid(field + "." + key, why);
        }
    }

    /**
     * A yente query turned into Kordon queries, one per name.
     *
     * @param queries     one per name; empty for an identifier-only query
     * @param identifiers the identifiers given, by FtM property
     * @param warnings    one note per value or property left out (a malformed birth date, an unknown country, a
     *                    property Kordon does not match on): the names are still screened without it, and the response
     *                    says so
     */
    record Parsed(List<Query> queries, List<QueryId> identifiers, List<String> warnings) {
    }

    /** An identifier of a query: its FtM property ({@code imoNumber}) and value. */
    record QueryId(String property, String value) {
        String normalized() {
            return Identifier.normalize(property.equals("imoNumber") ? IdType.IMO : IdType.OTHER, value);
        }
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
        List<QueryId> ids = new ArrayList<>();
        for (String prop : ID_PROPS) {
            values(props, pp, prop, 100).forEach(v -> ids.add(new QueryId(prop, v)));
        }
        if (names.isEmpty() && ids.stream().noneMatch(i -> i.normalized().length() >= MIN_IDENTIFIER_LENGTH)) {
            throw Problem.invalid(pp + ".name", "is required (or firstName/lastName, or an identifier such as imoNumber or swiftBic of at least "
                    + MIN_IDENTIFIER_LENGTH + " letters and digits)");
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
        for (Iterator<String> it = props.fieldNames(); it.hasNext(); ) {
            String prop = it.next();
            if (!READ_PROPS.contains(prop) && !ID_PROPS.contains(prop) && !COUNTRY_PROPS.contains(prop) && !NAME_PARTS.contains(prop)) {
                warnings.add(pp + "." + prop + " ignored (Kordon matches on names, birth date, countries and identifiers)");
            }
        }
        String cc = country;
        PartialDate bd = birth;
        List<String> idValues = ids.stream().map(QueryId::value).toList();
        List<Query> queries = names.stream().distinct().map(n -> new Query(null, n, schema, bd, cc, idValues)).toList();
        return new Parsed(queries, ids, warnings);
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

    /** The best match per resolved entity over the query's names, best first, at most {@code top}. */
    static List<ResolvedMatch> screen(Parsed p, ResolvedScreener screener, double cutoff, int top, Predicate<Entity> listings) {
        Map<String, ResolvedMatch> best = new HashMap<>();
        for (Query q : p.queries()) {
            for (ResolvedMatch m : screener.screen(q, cutoff, top, listings)) {
                best.merge(m.entity().id(), m, (a, b) -> a.score() >= b.score() ? a : b);
            }
        }
        return best.values().stream()
                .sorted(Comparator.comparingDouble(ResolvedMatch::score).reversed().thenComparing(m -> m.listing().id()))
                .limit(top)
                .toList();
    }

    /**
     * An identifier-only query: the entities whose listings that count hold one of its identifiers (compared as
     * {@link Identifier#normalizedValue()}), each scored {@link #IDENTIFIER_ONLY_SCORE}, in id order.
     */
    private static List<Map<String, Object>> byIdentifier(Parsed p, YenteIndex.State state, Predicate<Entity> listings,
                                                          double threshold) {
        Map<String, Map<String, Object>> out = new TreeMap<>();
        for (QueryId q : p.identifiers()) {
            String key = q.normalized();
            if (key.length() < MIN_IDENTIFIER_LENGTH) {
                continue;
            }
            for (Entity listing : state.withIdentifier(key)) {
                ResolvedEntity entity = state.resolved().entity(listing.id()).orElse(null);
                if (entity == null || !listings.test(listing) || out.containsKey(entity.id())) {
                    continue;
                }
                Identifier held = listing.identifiers().stream().filter(i -> i.normalizedValue().equals(key)).findFirst().orElseThrow();
                String detail = q.property() + " " + q.value() + " equals listed " + EntityJson.property(held, listing.schema())
                        + " " + held.value() + (held.label() == null ? "" : " (" + held.label() + ")");
                Map<String, Object> r = EntityJson.of(listing, entity);
                state.seen().of(entity).putInto(r);
                r.put("score", IDENTIFIER_ONLY_SCORE);
                r.put("match", IDENTIFIER_ONLY_SCORE >= threshold);
                r.put("features", Map.of("identifier", IDENTIFIER_ONLY_SCORE));
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("score", IDENTIFIER_ONLY_SCORE);
                x.put("detail", detail);
                x.put("query", q.value());
                x.put("candidate", held.value());
                r.put("explanations", Map.of("identifier", x));
                r.put("explanation", detail);
                r.put("contributions", List.of(new Contribution("identifier", IDENTIFIER_ONLY_SCORE, detail)));
                r.put("matched_name", listing.caption());
                r.put("matched_words", List.of());
                out.put(entity.id(), r);
            }
        }
        return List.copyOf(out.values());
    }

    static Map<String, Object> result(ResolvedMatch rm, double threshold, SeenDates seen) {
        Match m = rm.match();
        Map<String, Object> r = EntityJson.of(m.entity(), rm.entity());
        seen.of(rm.entity()).putInto(r);
        r.put("score", round(m.score()));
        r.put("match", m.score() >= threshold);
        r.put("features", features(m));
        r.put("explanations", explanations(m));
        r.put("explanation", m.explanation().summaryWithProbability());
        r.put("contributions", m.explanation().contributions());
        r.put("matched_name", m.matchedName());
        r.put("matched_words", MatchedWords.json(m.matchedName(), m.explanation().queryName()));
        return r;
    }

    /**
     * yente's {@code explanations} (5.0 and later): per feature its score and detail, as {@link #features}; the name
     * with the query's and the listed name compared.
     */
    static Map<String, Map<String, Object>> explanations(Match m) {
        Map<String, Map<String, Object>> x = new LinkedHashMap<>();
        Map<String, Object> name = new LinkedHashMap<>();
        name.put("score", round(m.explanation().nameScore()));
        name.put("detail", m.explanation().contributions().stream().filter(c -> c.feature().equals("name")).map(Contribution::detail)
                .filter(d -> !d.isEmpty()).findFirst().orElse("name " + round(m.explanation().nameScore())));
        name.put("query", m.explanation().queryName());
        name.put("candidate", m.matchedName());
        x.put("name", name);
        for (Contribution c : m.explanation().contributions()) {
            if (!c.feature().equals("name")) {
                String key = c.feature().replace('-', '_');
                Map<String, Object> f = x.computeIfAbsent(key, k -> new LinkedHashMap<>());
                f.merge("score", round(c.delta()), (a, b) -> round((Double) a + (Double) b));
                f.merge("detail", c.detail(), (a, b) -> a + "; " + b);
            }
        }
        return x;
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
