package org.kordon.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.kordon.lists.UntrustedListException;
import org.kordon.matching.QueryFields;
import org.kordon.model.Countries;
import org.kordon.model.Entity;
import org.kordon.model.PartialDate;
import org.kordon.model.Schema;
import org.kordon.resolution.ResolvedEntity;
import org.kordon.review.Workflow;
import org.kordon.store.Alert;
import org.kordon.store.AlertQuery;
import org.kordon.store.AlertStatus;
import org.kordon.store.AuditVerification;
import org.kordon.store.Decision;
import org.kordon.store.ListVersion;
import org.kordon.store.NotFoundException;
import org.kordon.store.Outcome;
import org.kordon.store.Store;
import org.kordon.store.Subject;

/**
 * Kordon's own workflow endpoints: screening, subjects, alerts and decisions, audit trail, entities, list
 * versions and diffs. Every answer carries what a review page shows: an alert comes with its subject, the listed
 * entity (side by side), the explanation, the decisions and the audit trail.
 */
final class WorkflowRoutes implements Routes {
    private final Workflow wf;
    private final ServedLists lists;

    WorkflowRoutes(Workflow wf, ServedLists lists) {
        this.wf = wf;
        this.lists = lists;
    }

    private Store store() {
        return wf.store();
    }

    @Override
    public void register(Router r) {
        r.post("/screen", Access.WRITE, c -> screening(subject(c.body(), "", null, c.config()), c));
        r.post("/screen/batch", Access.WRITE, this::batch);
        r.get("/subjects", Access.READ, this::subjects);
        r.get("/subjects/{id}", Access.READ, c -> subjectDetail(c.path("id")));
        r.put("/subjects/{id}", Access.WRITE, c -> screening(subject(c.body(), "", c.path("id"), c.config()), c));
        r.delete("/subjects/{id}", Access.WRITE, c -> subjectView(found(() -> wf.delete(c.path("id"), c.caller()))));
        r.get("/subjects/{id}/audit", Access.READ, c -> page(store().audit(existing(c.path("id")), null, limit(c), offset(c)), c));
        r.get("/alerts", Access.READ, this::alerts);
        r.get("/alerts/{id}", Access.READ, c -> alertDetail(c.pathLong("id")));
        r.post("/alerts/{id}/decisions", Access.WRITE, this::decide);
        r.get("/alerts/{id}/audit", Access.READ, c -> page(store().audit(null, alert(c.pathLong("id")).id(), limit(c), offset(c)), c));
        r.get("/audit", Access.READ, c -> page(store().audit(null, null, limit(c), offset(c)), c));
        r.get("/audit/verify", Access.READ, this::verifyAudit);
        r.get("/entities/{id}", Access.READ, c -> entity(c.path("id")));
        r.get("/lists/versions", Access.READ, c -> Map.of("current", wf.version().id(), "results", store().versions()));
        r.get("/lists/versions/{id}", Access.READ, this::version);
        r.post("/lists/reload", Access.WRITE, this::reload);
    }

    // ------------------------------------------------------------ screening and subjects

    private Workflow.Screening screen(Call c, Subject s) {
        return wf.screen(s, c.caller());
    }

    private Object batch(Call c) {
        JsonNode list = c.body().get("subjects");
        if (list == null || !list.isArray()) {
            throw Problem.invalid("subjects", "must be an array of subjects");
        }
        if (list.size() > c.config().maxBatch()) {
            throw Problem.invalid("subjects", "holds " + list.size() + " subjects, at most " + c.config().maxBatch() + " per request");
        }
        List<Read> subjects = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            subjects.add(subject(list.get(i), "subjects[" + i + "]", null, c.config()));
        }
        List<Object> results = new ArrayList<>();
        for (Read s : subjects) {
            results.add(screening(s, c));
        }
        return Map.of("results", results);
    }

    /**
     * A subject read from JSON, and what of it was left out.
     *
     * @param warnings one note per field ignored ({@code birthDate '1952-13' ignored (month 13)}), shown in the
     *                 response; the subject is screened and stored without those fields
     */
    record Read(Subject subject, List<String> warnings) {
    }

    /**
     * A subject from JSON: {@code {"id","name","schema","birthDate","country","identifiers"}}. A malformed birth date
     * or country is left out with a warning and the name is still screened (a screening must not be lost to a typo in a
     * secondary field); an id, name, schema or identifiers that cannot be read are refused with 400 naming the field.
     */
    static Read subject(JsonNode o, String path, String pathId, ServerConfig cfg) {
        if (o == null || !o.isObject()) {
            throw Problem.invalid(path.isEmpty() ? "body" : path, "must be an object with id and name");
        }
        String p = path.isEmpty() ? "" : path;
        String id = Call.text(o, p, "id", pathId == null, Subject.MAX_ID);
        if (pathId != null && id != null && !id.equals(pathId)) {
            throw Problem.invalid(at(p, "id"), "'" + id + "' differs from the id in the path '" + pathId + "'");
        }
        id = id == null ? pathId : id;
        String name = Call.text(o, p, "name", true, cfg.maxNameLength());
        String schemaName = Call.text(o, p, "schema", false, 40);
        Schema schema = null;
        if (schemaName != null) {
            try {
                schema = Schema.parse(schemaName);
            } catch (IllegalArgumentException e) {
                throw Problem.invalid(at(p, "schema"), "unknown schema '" + schemaName + "' (Person, Company, Organization...)");
            }
        }
        List<String> warnings = new ArrayList<>();
        String birth = Call.text(o, p, "birthDate", false, 40);
        PartialDate bd = null;
        if (birth != null) {
            try {
                bd = QueryFields.birthDate(birth);
            } catch (IllegalArgumentException e) {
                warnings.add(at(p, "birthDate") + " '" + birth + "' ignored (" + e.getMessage() + ")");
            }
        }
        String countryText = Call.text(o, p, "country", false, 100);
        String country = null;
        if (countryText != null) {
            if (Countries.isCode(countryText)) {
                country = countryText.toLowerCase(Locale.ROOT);
            } else {
                warnings.add(at(p, "country") + " '" + countryText + "' ignored (not an ISO 3166-1 alpha-2 code such as ru or kz)");
            }
        }
        List<String> ids = new ArrayList<>();
        JsonNode idsNode = o.get("identifiers");
        if (idsNode != null && !idsNode.isNull()) {
            if (!idsNode.isArray() || idsNode.size() > 20) {
                throw Problem.invalid(at(p, "identifiers"), "must be an array of at most 20 strings");
            }
            idsNode.forEach(n -> ids.add(n.asText()));
        }
        try {
            return new Read(new Subject(id, name, schema, bd, country, ids, true), warnings);
        } catch (IllegalArgumentException e) {
            String msg = e.getMessage();
            String field = msg.startsWith("id") ? "id" : msg.startsWith("at most") ? "identifiers" : "name";
            throw Problem.invalid(at(p, field), msg);
        }
    }

    private static String at(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    private Object subjects(Call c) {
        int limit = limit(c);
        int offset = offset(c);
        List<Object> results = store().subjects(limit, offset).stream().map(WorkflowRoutes::subjectView).map(Object.class::cast).toList();
        return Map.of("total", store().countSubjects(), "limit", limit, "offset", offset, "results", results);
    }

    private Object subjectDetail(String id) {
        Subject s = store().subject(id).orElseThrow(() -> Problem.notFound("no subject '" + id + "'"));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("subject", subjectView(s));
        m.put("alerts", alertViews(store().latestAlerts(id)));
        return m;
    }

    private String existing(String id) {
        if (store().subject(id).isEmpty()) {
            throw Problem.notFound("no subject '" + id + "'");
        }
        return id;
    }

    static Map<String, Object> subjectView(Subject s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("name", s.name());
        m.put("schema", s.schema() == null ? null : s.schema().ftmName());
        m.put("birthDate", s.birthDate() == null ? null : s.birthDate().toString());
        m.put("country", s.country());
        m.put("identifiers", s.identifiers());
        m.put("active", s.active());
        return m;
    }

    private Object screening(Read read, Call c) {
        Workflow.Screening s = screen(c, read.subject());
        Map<String, Object> m = new LinkedHashMap<>();
        if (!read.warnings().isEmpty()) {
            m.put("warnings", read.warnings());
        }
        m.put("subject", subjectView(s.subject()));
        m.put("opened", s.opened().stream().map(a -> alertView(a, s.subject().name())).toList());
        m.put("alerts", s.alerts().stream().map(a -> alertView(a, s.subject().name())).toList());
        m.put("suppressed", s.suppressed());
        m.put("listVersion", wf.version().id());
        return m;
    }

    // ------------------------------------------------------------ alerts and decisions

    private Object alerts(Call c) {
        String status = c.query("status");
        AlertStatus st;
        try {
            st = status == null ? null : AlertStatus.parse(status);
        } catch (IllegalArgumentException e) {
            throw Problem.invalid("status", e.getMessage());
        }
        String kind = c.query("kind");
        if (kind != null && !kind.equals(Alert.NAME) && !kind.equals(Alert.OWNERSHIP) && !kind.equals(Alert.PAYMENT)) {
            throw Problem.invalid("kind", "must be name, ownership or payment, got '" + kind + "'");
        }
        AlertQuery q = new AlertQuery(st, c.query("subject"), c.query("entity"), c.queryDouble("min_score", 0, 0, 1), limit(c), offset(c), kind);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", store().countAlerts(q));
        m.put("limit", q.limit());
        m.put("offset", q.offset());
        m.put("results", alertViews(store().alerts(q)));
        return m;
    }

    private Alert alert(long id) {
        return store().alert(id).orElseThrow(() -> Problem.notFound("no alert " + id));
    }

    /** The alerts' views, each subject's name read once (a page of alerts is mostly a few subjects). */
    private List<Map<String, Object>> alertViews(List<Alert> alerts) {
        Map<String, Optional<String>> names = new HashMap<>();
        return alerts.stream()
                .map(a -> alertView(a, names.computeIfAbsent(a.subjectId(), id -> store().subject(id).map(Subject::name)).orElse(null)))
                .toList();
    }

    /** An alert as the API shows it; {@code subjectName} (null when the subject is gone) for its {@code matchedWords}. */
    private Map<String, Object> alertView(Alert a, String subjectName) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("kind", a.kind());
        m.put("status", a.status());
        m.put("subjectId", a.subjectId());
        m.put("entityId", a.entityId());
        m.put("entityCaption", a.entityCaption());
        m.put("score", MatchRoutes.round(a.score()));
        m.put("matchedName", a.matchedName());
        m.put("explanation", a.explanation());
        m.put("features", a.features());
        m.put("listVersion", a.versionId());
        m.put("createdAt", a.createdAt());
        m.put("listingId", a.listingId());
        m.put("alertedListings", a.listings());
        Optional<ResolvedEntity> resolved = wf.resolved().entity(a.listingId());
        m.put("resolvedId", resolved.map(ResolvedEntity::id).orElse(null));
        m.put("sameAs", resolved.map(e -> e.otherListingIds(a.listingId())).orElse(List.of()));
        m.put("listings", resolved.map(EntityJson::listings).orElse(List.of()));
        m.put("matchedWords", subjectName == null ? List.of() : MatchedWords.json(a.matchedName(), subjectName));
        return m;
    }

    /**
     * A listing in force (a resolved entity's id answers its first listing: {@link Workflow#entity}), with its resolved
     * entity's other listings as {@code referents}, their lists as {@code datasets} and all its listings.
     */
    private Map<String, Object> entity(String id) {
        Entity e = wf.entity(id).orElseThrow(() -> Problem.notFound("no listed entity '" + id + "' in the lists in force"));
        return wf.resolved().entity(id).map(r -> EntityJson.of(e, r)).orElseGet(() -> EntityJson.of(e));
    }

    /** The alert with its evidence side by side: subject, listed entity (as now, or null if removed), decisions, audit. */
    private Object alertDetail(long id) {
        Alert a = alert(id);
        Map<String, Object> m = new LinkedHashMap<>();
        Optional<Subject> subject = store().subject(a.subjectId());
        m.put("alert", alertView(a, subject.map(Subject::name).orElse(null)));
        m.put("subject", subject.map(WorkflowRoutes::subjectView).orElse(null));
        m.put("entity", wf.entity(a.listingId()).map(EntityJson::of).orElse(null));
        m.put("entityChangedSinceAlert", wf.entityHash(a.entityId()).map(h -> !h.equals(a.entityHash())).orElse(true));
        m.put("decisions", store().decisions(id));
        m.put("audit", store().audit(null, id, 500, 0));
        if (a.kind().equals(Alert.PAYMENT)) {
            m.put("payment", store().paymentOfAlert(id).map(p -> Map.of("id", p.id(), "subjectId", p.subjectId(), "messageId", p.messageId(),
                    "transactionId", p.transactionId(), "status", p.status().label())).orElse(null));
        }
        return m;
    }

    private Object decide(Call c) {
        long id = c.pathLong("id");
        JsonNode b = c.body();
        String outcomeText = Call.text(b, "", "outcome", true, 20);
        Outcome outcome;
        try {
            outcome = Outcome.parse(outcomeText);
        } catch (IllegalArgumentException e) {
            throw Problem.invalid("outcome", e.getMessage());
        }
        String analyst = c.analyst(Call.text(b, "", "analyst", false, 200));
        String reason = Call.text(b, "", "reason", true, 4000);
        alert(id);
        Decision d;
        try {
            d = wf.decide(id, outcome, analyst, reason, c.caller());
        } catch (IllegalStateException e) {
            throw new Problem(409, "conflict", "Alert already decided", "outcome", e.getMessage());
        }
        c.status(201);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("alertId", d.alertId());
        m.put("outcome", d.outcome());
        m.put("analyst", d.analyst());
        m.put("principal", c.caller());
        m.put("reason", d.reason());
        m.put("decidedAt", d.decidedAt());
        store().paymentOfAlert(id).ifPresent(p -> m.put("payment", Map.of("id", p.id(), "status", p.status().label())));
        return m;
    }

    // ------------------------------------------------------------ audit

    /** The audit chain checked: 200 when intact, 409 with the first break when not (same body). */
    private Object verifyAudit(Call c) {
        String anchorText = c.query("anchor");
        AuditVerification.Anchor anchor;
        try {
            anchor = anchorText == null ? null : AuditVerification.Anchor.parse(anchorText);
        } catch (IllegalArgumentException e) {
            throw Problem.invalid("anchor", e.getMessage());
        }
        AuditVerification v = store().verifyAudit(anchor);
        c.status(v.intact() ? 200 : 409);
        return v.toJsonMap();
    }

    // ------------------------------------------------------------ lists

    private Object version(Call c) {
        long id = c.pathLong("id");
        ListVersion v = store().version(id).orElseThrow(() -> Problem.notFound("no list version " + id));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", v);
        m.put("changes", store().changes(id));
        return m;
    }

    /**
     * Loads the configured lists again and makes them the lists in force. Refused with 409 before anything changes
     * (no version recorded, no alert closed) when a file gives no entity, is truncated, or a source lost more than
     * its allowed share since the lists in force; {@code ?force=true} accepts such a loss (never an empty or
     * truncated file) and records it with the caller in the version's source.
     */
    private Object reload(Call c) {
        if (!lists.canReload()) {
            throw new Problem(501, "no-reload", "Reload not configured", null, "this server was started without list paths to reload");
        }
        boolean force = force(c);
        synchronized (lists) {
            ServedLists.Candidate next;
            try {
                next = lists.guardAgainst(wf.snapshot(), lists.load(), force, c.caller(), "add ?force=true to load them anyway",
                        line -> { });
            } catch (UntrustedListException e) {
                throw new Problem(409, "untrusted-lists", "Lists refused", null, "lists refused, the lists in force stay: " + e.getMessage());
            } catch (RuntimeException e) {
                throw new Problem(422, "bad-list", "Lists could not be loaded", "lists", "lists: " + e.getMessage());
            }
            Workflow.Delta d;
            try {
                d = wf.load(next.load(), c.caller());
            } catch (IllegalArgumentException e) {
                throw new Problem(422, "bad-stakes", "Stakes could not be loaded", "stakes", e.getMessage());
            }
            lists.inForce(next.files());
            return d;
        }
    }

    private static boolean force(Call c) {
        String f = c.query("force");
        if (f == null || f.equalsIgnoreCase("false")) {
            return false;
        }
        if (f.equalsIgnoreCase("true")) {
            return true;
        }
        throw Problem.invalid("force", "must be true or false, got '" + f + "'");
    }

    // ------------------------------------------------------------ paging

    private static int limit(Call c) {
        return c.queryInt("limit", 50, 1, AlertQuery.MAX_LIMIT);
    }

    private static int offset(Call c) {
        return c.queryInt("offset", 0, 0, Integer.MAX_VALUE);
    }

    private static Object page(List<?> results, Call c) {
        return Map.of("limit", limit(c), "offset", offset(c), "results", results);
    }

    private static <T> T found(Supplier<T> s) {
        try {
            return s.get();
        } catch (NotFoundException e) {
            throw Problem.notFound(e.getMessage());
        }
    }
}
