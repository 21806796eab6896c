package org.kordon.server;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.kordon.model.Entity;
import org.kordon.model.Identifier;
import org.kordon.review.Workflow;
import org.kordon.store.Alert;
import org.kordon.store.AlertQuery;
import org.kordon.store.AlertStatus;
import org.kordon.store.ListChange;
import org.kordon.store.ListVersion;

/**
 * The few read-only views the web page needs that the workflow API does not give in one call: alerts with the
 * listed entity's list and programmes (to filter the queue by them), an entity's history across list versions,
 * and the diff between two list versions counted by programme.
 *
 * <pre>{@code
 * GET /ui/alerts?status=open&min_score=0.8&list=os-us_ofac_sdn&program=RUSSIA-EO14024&max_age_days=7
 * GET /ui/entities/{id}/history  -> {"entityId": "...", "results": [{"versionId": 2, "kind": "changed", ...}]}
 * GET /ui/entities/{id}/related -> {"results": [{"id": "...", "caption": "...", "list": "ofac-sdn", "reason": "same name"}]}
 * GET /ui/diff?from=1&to=3       -> {"versions": [...], "byProgram": [{"versionId": 2, "program": "SDGT", "added": 4, ...}],
 *                                   "changes": [{"versionId": 2, "entityId": "...", "kind": "added", "programs": [...]}]}
 * }</pre>
 *
 * <p>Programmes of removed entities are no longer in the lists in force; they are counted under
 * {@link #REMOVED_PROGRAM}.
 */
final class UiRoutes implements Routes {
    static final String NO_PROGRAM = "(no programme)";
    static final String REMOVED_PROGRAM = "(removed entities)";
    static final int MAX_DIFF_CHANGES = 5000;
    static final int MAX_RELATED = 50;
    /** The most alerts one queue request reads from the store, so that a narrow filter stays quick on a big store. */
    static final int MAX_SCANNED = 20_000;

    private final Workflow wf;

    UiRoutes(Workflow wf) {
        this.wf = wf;
    }

    @Override
    public void register(Router r) {
        r.get("/ui/alerts", Access.READ, this::alerts);
        r.get("/ui/entities/{id}/history", Access.READ, c -> history(c.path("id")));
        r.get("/ui/diff", Access.READ, this::diff);
        r.get("/ui/entities/{id}/related", Access.READ, c -> related(c.path("id")));
    }

    private Object alerts(Call c) {
        String status = c.query("status");
        AlertStatus st;
        try {
            st = status == null || status.equals("all") ? null : AlertStatus.parse(status);
        } catch (IllegalArgumentException e) {
            throw Problem.invalid("status", e.getMessage());
        }
        double min = c.queryDouble("min_score", 0, 0, 1);
        String list = c.query("list");
        String program = c.query("program");
        int maxAge = c.queryInt("max_age_days", Integer.MAX_VALUE, 0, Integer.MAX_VALUE);
        int minAge = c.queryInt("min_age_days", 0, 0, Integer.MAX_VALUE);
        OffsetDateTime now = OffsetDateTime.now(java.time.ZoneOffset.UTC);
        List<Object> out = new ArrayList<>();
        int scanned = 0;
        // pages through the store newest first; stops at 500 shown alerts, at the first alert older than
        // max_age_days, or after MAX_SCANNED read
        boolean more = false;
        for (int offset = 0; out.size() < AlertQuery.MAX_LIMIT; offset += AlertQuery.MAX_LIMIT) {
            if (offset >= MAX_SCANNED) {
                more = true;
                break;
            }
            List<Alert> page = wf.store().alerts(new AlertQuery(st, null, null, min, AlertQuery.MAX_LIMIT, offset));
            boolean tooOld = false;
            for (Alert a : page) {
                scanned++;
                long age = Duration.between(a.createdAt(), now).toDays();
                if (age > maxAge) {
                    tooOld = true;
                    break;
                }
                if (age < minAge) {
                    continue;
                }
                // a resolved entity's alert is on every list of its listings
                List<Entity> listings = a.listings().stream().map(wf::entity).flatMap(Optional::stream).toList();
                String entityList = wf.entity(a.listingId()).map(e -> e.source().list()).orElse(null);
                List<String> programs = listings.stream().flatMap(e -> e.programs().stream()).distinct().toList();
                if (list != null && listings.stream().noneMatch(e -> list.equalsIgnoreCase(e.source().list()))) {
                    continue;
                }
                if (program != null && programs.stream().noneMatch(p -> p.toLowerCase(Locale.ROOT).contains(program.toLowerCase(Locale.ROOT)))) {
                    continue;
                }
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", a.id());
                m.put("status", a.status().label());
                m.put("subjectId", a.subjectId());
                m.put("subjectName", wf.store().subject(a.subjectId()).map(s -> s.name()).orElse(null));
                m.put("entityId", a.entityId());
                m.put("entityCaption", a.entityCaption());
                m.put("matchedName", a.matchedName());
                m.put("score", MatchRoutes.round(a.score()));
                m.put("list", entityList);
                m.put("programs", programs);
                m.put("createdAt", a.createdAt());
                m.put("ageDays", age);
                out.add(m);
                if (out.size() == AlertQuery.MAX_LIMIT) {
                    break;
                }
            }
            if (tooOld || page.size() < AlertQuery.MAX_LIMIT) {
                break;
            }
        }
        Set<String> lists = new LinkedHashSet<>();
        wf.snapshot().entities().forEach(e -> lists.add(e.source().list()));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scanned", scanned);
        m.put("more", more || out.size() == AlertQuery.MAX_LIMIT);
        m.put("lists", lists.stream().sorted().toList());
        m.put("results", out);
        return m;
    }

    private Object history(String id) {
        List<Object> out = new ArrayList<>();
        for (ListVersion v : wf.store().versions()) {
            for (ListChange ch : changes(v)) {
                if (ch.entityId().equals(id)) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("versionId", v.id());
                    m.put("loadedAt", v.loadedAt());
                    m.put("published", v.published());
                    m.put("kind", ch.kind());
                    m.put("detail", ch.detail());
                    out.add(m);
                }
            }
        }
        return Map.of("entityId", id, "results", out);
    }

    /**
     * Other listings of the same party and entities tied to it by an identifier: entities of the same kind whose
     * primary name has the same words in any order and case ({@code DERIPASKA, Oleg} and {@code Oleg Deripaska}),
     * and entities sharing an identifier value (spaces and dashes ignored, at least 5 characters). The lists
     * carry no ownership or association links; this is what can be said without them.
     */
    private Object related(String id) {
        Entity e = wf.entity(id).orElseThrow(() -> Problem.notFound("no listed entity '" + id + "' in the lists in force"));
        String key = nameKey(e.caption());
        Set<String> ids = new LinkedHashSet<>();
        e.identifiers().forEach(i -> ids.add(idKey(i.value())));
        ids.removeIf(v -> v.length() < 5);
        List<Object> out = new ArrayList<>();
        for (Entity other : wf.snapshot().entities()) {
            if (other.id().equals(id) || out.size() >= MAX_RELATED) {
                continue;
            }
            String reason = null;
            if (other.schema().compatibleWith(e.schema()) && !key.isEmpty() && key.equals(nameKey(other.caption()))) {
                reason = "same name";
            } else {
                for (Identifier i : other.identifiers()) {
                    if (ids.contains(idKey(i.value()))) {
                        reason = "shares identifier " + i.value();
                        break;
                    }
                }
            }
            if (reason != null) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", other.id());
                m.put("caption", other.caption());
                m.put("schema", other.schema().ftmName());
                m.put("list", other.source().list());
                m.put("programs", other.programs());
                m.put("reason", reason);
                out.add(m);
            }
        }
        return Map.of("entityId", id, "results", out);
    }

    /** The words of a name, lower case, sorted: {@code "DERIPASKA, Oleg"} -> {@code "deripaska oleg"}. */
    static String nameKey(String name) {
        return Arrays.stream(name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty()).sorted().collect(Collectors.joining(" "));
    }

    static String idKey(String value) {
        return value.replaceAll("[\\s\\-./]", "").toUpperCase(Locale.ROOT);
    }

    private Object diff(Call c) {
        long from = c.queryInt("from", 0, 0, Integer.MAX_VALUE);
        long to = c.queryInt("to", (int) wf.version().id(), 1, Integer.MAX_VALUE);
        if (from >= to) {
            throw Problem.invalid("from", "must be an earlier version than to (" + to + "), got " + from);
        }
        List<Object> versions = new ArrayList<>();
        Map<Long, Map<String, int[]>> counts = new TreeMap<>();
        List<Object> changes = new ArrayList<>();
        int total = 0;
        for (ListVersion v : wf.store().versions()) {
            if (v.id() <= from || v.id() > to) {
                continue;
            }
            versions.add(v);
            Map<String, int[]> byProgram = counts.computeIfAbsent(v.id(), k -> new TreeMap<>());
            for (ListChange ch : changes(v)) {
                total++;
                List<String> programs = programs(ch);
                int slot = switch (ch.kind()) {
                    case "added" -> 0;
                    case "removed" -> 2;
                    default -> 1;
                };
                if (!ch.kind().equals(ListChange.ENTITY)) {
                    // the counts are of listings; an entity's change is listed, not counted twice
                    programs.forEach(p -> byProgram.computeIfAbsent(p, k -> new int[3])[slot]++);
                }
                if (changes.size() < MAX_DIFF_CHANGES) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("versionId", ch.versionId());
                    m.put("entityId", ch.entityId());
                    m.put("kind", ch.kind());
                    m.put("caption", ch.caption());
                    m.put("detail", ch.detail());
                    m.put("programs", programs);
                    changes.add(m);
                }
            }
        }
        List<Object> rows = new ArrayList<>();
        counts.forEach((vid, byProgram) -> byProgram.forEach((p, n) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("versionId", vid);
            m.put("program", p);
            m.put("added", n[0]);
            m.put("changed", n[1]);
            m.put("removed", n[2]);
            rows.add(m);
        }));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", from);
        m.put("to", to);
        m.put("versions", versions);
        m.put("byProgram", rows);
        m.put("total", total);
        m.put("changes", changes);
        m.put("truncated", total > changes.size());
        return m;
    }

    /**
     * The changes a version made. The store records none for the first version (everything in it is new), so
     * for that one every entity it held is listed as added.
     */
    private List<ListChange> changes(ListVersion v) {
        List<ListChange> recorded = wf.store().changes(v.id());
        boolean first = wf.store().versions().stream().mapToLong(ListVersion::id).min().orElse(v.id()) == v.id();
        if (!recorded.isEmpty() || !first) {
            return recorded;
        }
        return wf.store().entityHashes(v.id()).keySet().stream().sorted()
                .map(id -> new ListChange(v.id(), id, "added", wf.entity(id).map(Entity::caption).orElse(id), ""))
                .toList();
    }

    private List<String> programs(ListChange ch) {
        if (ch.kind().equals("removed")) {
            return List.of(REMOVED_PROGRAM);
        }
        List<String> p = wf.entity(ch.entityId()).map(Entity::programs).orElse(List.of());
        return p.isEmpty() ? List.of(NO_PROGRAM) : p;
    }
}
