package org.kordon.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.kordon.matching.Algorithm;
import org.kordon.matching.Query;
import org.kordon.model.Entity;
import org.kordon.model.Schema;
import org.kordon.resolution.ResolvedEntity;
import org.kordon.resolution.ResolvedMatch;
import org.kordon.resolution.ResolvedScreener;
import org.kordon.review.Workflow;

/**
 * yente's catalogue endpoints beside {@code /match} ({@link MatchRoutes} registers them), in yente's response models:
 * <ul>
 *   <li>{@code GET /catalog}: the datasets and collections ({@link YenteDatasets#catalog});</li>
 *   <li>{@code GET /algorithms}: Kordon's algorithm ({@code kordon}, also answering yente's {@code best} and
 *       {@code logic-v2}) and OFAC's ({@code ofac}), with their features;</li>
 *   <li>{@code GET /search/{dataset}?q=}: entities by name, one per resolved entity, best first ({@code q} screened
 *       with the cutoff {@value #SEARCH_CUTOFF}); without {@code q} every entity of the dataset in id order. Takes
 *       {@code limit} (1 to 500, default 10), {@code offset}, {@code schema} (that schema and its specialisations),
 *       {@code countries}, {@code target}, {@code facets} ({@code countries}, {@code topics}, {@code datasets},
 *       {@code schema}), {@code datasets} (as {@code include_dataset}) and the filters of {@link YenteFilters};
 *       yente's {@code filter} and {@code sort}, {@code fuzzy} or {@code simple} other than {@code false} and
 *       {@code filter_op} other than {@code OR} are refused with 400, as is any other parameter.</li>
 * </ul>
 */
final class CatalogRoutes implements Routes {
    /** The lowest name score a search hit has. */
    static final double SEARCH_CUTOFF = 0.6;
    /** yente's {@code SEARCH_PAGE} and {@code MAX_PAGE}. */
    static final int SEARCH_PAGE = 10;
    static final int MAX_PAGE = 500;
    /** The most hits a search ranks (yente's {@code MAX_RESULTS} window is larger; beyond this {@code total} says {@code gte}). */
    static final int MAX_HITS = 1000;
    static final Set<String> FACETS = Set.of("countries", "topics", "datasets", "schema");
    /** yente's {@code /search} parameters, and {@code exclude_entity_ids} as on {@code /match}. */
    static final Set<String> PARAMETERS = Set.of("q", "schema", "include_dataset", "exclude_dataset", "exclude_schema",
            "changed_since", "countries", "topics", "datasets", "filter", "limit", "offset", "sort", "target", "fuzzy", "simple",
            "facets", "filter_op", "exclude_entity_ids");
    /** Refused whenever given: Kordon has no property filter or sort order. */
    static final Set<String> REFUSED = Set.of("filter", "sort");
    /** Refused when {@code true}: Kordon's {@code q} is a name, never query syntax. */
    static final Set<String> SYNTAX = Set.of("fuzzy", "simple");

    private final Workflow workflow;
    private final YenteIndex index;

    CatalogRoutes(Workflow workflow, YenteIndex index) {
        this.workflow = workflow;
        this.index = index;
    }

    @Override
    public void register(Router r) {
        r.get("/catalog", Access.READ, c -> {
            YenteIndex.State state = index.now();
            return state.datasets().catalog(String.valueOf(state.version()));
        });
        r.get("/algorithms", Access.READ, c -> algorithms());
        r.get("/search/{dataset}", Access.READ, this::search);
    }

    static Map<String, Object> algorithms() {
        List<Map<String, Object>> list = new ArrayList<>();
        list.add(algorithm("kordon", "Kordon's own: transliteration, romanisation folding, IDF-weighted word alignment, then "
                + "birth date, country, identifier and schema evidence; calibrated (docs/MATCHING.md). Also answers yente's names best and logic-v2.",
                MatchRoutes.MATCHER));
        list.add(algorithm("ofac", "Parity with OFAC's Sanctions List Search (FAQ 249): Jaro-Winkler and Soundex on the name only.",
                Map.of("name", MatchRoutes.MATCHER.get("name"))));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("algorithms", list);
        m.put("default", MatchRoutes.DEFAULT_ALGORITHM);
        m.put("best", MatchRoutes.DEFAULT_ALGORITHM);
        return m;
    }

    private static Map<String, Object> algorithm(String name, String description, Map<String, Object> features) {
        Map<String, Object> docs = new LinkedHashMap<>();
        docs.put("name", name);
        docs.put("description", description);
        docs.put("config", Map.of());
        docs.put("features", features);
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("name", name);
        a.put("description", description);
        a.put("features", features);
        a.put("docs", docs);
        return a;
    }

    private Object search(Call call) {
        call.onlyQuery(PARAMETERS);
        for (String p : REFUSED) {
            if (call.query(p) != null) {
                throw Problem.invalid(p, "Kordon's /search does not take " + p + "; use q, schema, countries, topics, datasets, "
                        + "include_dataset, exclude_dataset, exclude_schema, changed_since, exclude_entity_ids, target, facets, limit, offset");
            }
        }
        for (String p : SYNTAX) {
            String v = call.query(p);
            if (v != null && !v.equals("false")) {
                throw Problem.invalid(p, "Kordon screens q as a name, never as query syntax: only " + p + "=false");
            }
        }
        String op = call.query("filter_op");
        if (op != null && !op.equals("OR")) {
            throw Problem.invalid("filter_op", "Kordon combines datasets and countries with OR only");
        }
        YenteIndex.State state = index.now();
        YenteFilters filters = YenteFilters.parse(call, state);
        int limit = call.queryInt("limit", SEARCH_PAGE, 1, MAX_PAGE);
        int offset = call.queryInt("offset", 0, 0, MAX_HITS);
        String q = call.query("q");
        if (q != null && q.codePointCount(0, q.length()) > call.config().maxNameLength()) {
            throw Problem.invalid("q", "is " + q.codePointCount(0, q.length()) + " characters long, at most " + call.config().maxNameLength() + " allowed");
        }
        Schema schema = schema(call.query("schema"));
        Set<String> countries = new TreeSet<>();
        call.queryAll("countries").forEach(c -> countries.add(c.toLowerCase(Locale.ROOT)));
        String target = call.query("target");
        if (target != null && !target.equals("true") && !target.equals("false")) {
            throw Problem.invalid("target", "must be true or false, got '" + target + "'");
        }
        List<String> facets = call.queryAll("facets").isEmpty() ? List.of("countries", "topics", "datasets") : call.queryAll("facets");
        for (String f : facets) {
            if (!FACETS.contains(f)) {
                throw Problem.invalid("facets", "no facet '" + f + "'; Kordon counts " + new TreeSet<>(FACETS));
            }
        }
        Predicate<Entity> base = filters.listings(state);
        Predicate<Entity> listings = e -> base.test(e) && (schema == null || e.schema().isA(schema))
                && (countries.isEmpty() || countriesOf(e).anyMatch(countries::contains)) && !"false".equals(target);
        List<Hit> hits = hits(state, q, listings);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("limit", limit);
        m.put("offset", offset);
        m.put("total", Map.of("value", hits.size(), "relation", hits.size() >= MAX_HITS ? "gte" : "eq"));
        m.put("results", hits.stream().skip(offset).limit(limit).map(h -> {
            Map<String, Object> r = EntityJson.of(h.listing(), h.entity());
            state.seen().of(h.entity()).putInto(r);
            return r;
        }).toList());
        Map<String, Object> f = new LinkedHashMap<>();
        for (String name : facets) {
            f.put(name, facet(name, hits));
        }
        m.put("facets", f);
        return m;
    }

    /** One search hit: a resolved entity and the listing shown for it. */
    private record Hit(ResolvedEntity entity, Entity listing) {
    }

    private List<Hit> hits(YenteIndex.State state, String q, Predicate<Entity> listings) {
        ResolvedScreener screener = state.screener(Algorithm.KORDON);
        if (q != null) {
            List<Hit> out = new ArrayList<>();
            for (ResolvedMatch m : screener.screen(Query.of(q), SEARCH_CUTOFF, MAX_HITS, listings)) {
                out.add(new Hit(m.entity(), m.listing()));
            }
            return out;
        }
        Map<String, Hit> out = new TreeMap<>();
        for (Entity e : workflow.snapshot().entities()) {
            if (listings.test(e)) {
                screener.entity(e.id()).ifPresent(re -> out.putIfAbsent(re.id(), new Hit(re, re.listings().stream()
                        .filter(listings).min(Comparator.comparing(Entity::id)).orElse(e))));
            }
            if (out.size() >= MAX_HITS) {
                break;
            }
        }
        return List.copyOf(out.values());
    }

    private static Schema schema(String name) {
        if (name == null) {
            return null;
        }
        try {
            return Schema.parse(name);
        } catch (IllegalArgumentException e) {
            throw Problem.invalid("schema", "unknown schema '" + name + "' (Person, Organization, Company, LegalEntity, PublicBody, Vessel, Airplane)");
        }
    }

    private static Stream<String> countriesOf(Entity e) {
        return Stream.concat(e.countries().stream(), e.nationalities().stream());
    }

    /** yente's {@code SearchFacet}: each value with its count over all hits, most frequent first. */
    private static Map<String, Object> facet(String name, List<Hit> hits) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Hit h : hits) {
            Set<String> values = new TreeSet<>();
            for (Entity l : h.entity().listings()) {
                switch (name) {
                    case "countries" -> countriesOf(l).forEach(values::add);
                    case "topics" -> values.addAll(EntityJson.topics(l));
                    case "datasets" -> values.add(YenteDatasets.nameOf(l.source().list()));
                    default -> values.add(EntityJson.schemaName(h.listing().schema()));
                }
            }
            values.forEach(v -> counts.merge(v, 1, Integer::sum));
        }
        List<Map<String, Object>> values = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> {
                    Map<String, Object> v = new LinkedHashMap<>();
                    v.put("name", e.getKey());
                    v.put("label", e.getKey());
                    v.put("count", e.getValue());
                    return v;
                }).toList();
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("label", name);
        f.put("values", values);
        return f;
    }
}
