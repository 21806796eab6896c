package org.kordon.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kordon.lists.ListHealth;
import org.kordon.lists.SourceCounts;
import org.kordon.model.ListSnapshot;
import org.kordon.review.Workflow;
import org.kordon.store.AlertQuery;
import org.kordon.store.AlertStatus;

/**
 * Health, readiness, metrics and the OpenAPI description: public, no key needed.
 *
 * <p>{@code /health} answers 200 {@code "status": "ok"}, or 503 {@code "status": "degraded"} with the problems,
 * when a configured list path is missing, a source in force is empty, or a list is older than the age allowed
 * ({@link ServedLists}); {@code /readyz} answers 200 or 503 on the same grounds, for load balancers and
 * orchestrators; {@code /healthz} (liveness) says only that the process answers.
 */
final class SystemRoutes implements Routes {
    private final Workflow wf;
    private final Metrics metrics;
    private final ServedLists lists;
    private final String openapi;

    SystemRoutes(Workflow wf, Metrics metrics, ServedLists lists) {
        this.wf = wf;
        this.metrics = metrics;
        this.lists = lists;
        try (InputStream in = SystemRoutes.class.getResourceAsStream("openapi.yaml")) {
            openapi = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void register(Router r) {
        r.get("/health", Access.PUBLIC, this::health);
        r.get("/healthz", Access.PUBLIC, c -> Map.of("status", "ok"));
        r.get("/readyz", Access.PUBLIC, this::ready);
        r.get("/metrics", Access.PUBLIC, c -> new Router.Text("text/plain; version=0.0.4; charset=utf-8", metrics.render(gauges())));
        r.get("/openapi.yaml", Access.PUBLIC, c -> new Router.Text("application/yaml; charset=utf-8", openapi));
    }

    private Map<String, Object> health(Call c) {
        ListSnapshot snapshot = wf.snapshot();
        ListHealth h = lists.health(snapshot, Instant.now());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", h.healthy() ? "ok" : "degraded");
        if (!h.healthy()) {
            m.put("problems", h.problems());
        }
        m.put("database", wf.store().vendor());
        m.put("listVersion", wf.version());
        m.put("entities", snapshot.size());
        m.put("sources", SourceCounts.of(snapshot).counts());
        m.put("lists", h.sources().stream().map(SystemRoutes::source).toList());
        if (lists.maxAge() != null) {
            m.put("maxListAge", ListHealth.format(lists.maxAge()));
        }
        m.put("subjects", wf.store().countSubjects());
        m.put("threshold", wf.threshold());
        c.status(h.healthy() ? 200 : 503);
        return m;
    }

    private static Map<String, Object> source(ListHealth.SourceStatus s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("list", s.list());
        m.put("file", s.file());
        m.put("format", s.format());
        m.put("entities", s.entities());
        if (s.asOf() != null) {
            m.put("asOf", s.asOf().toString());
            m.put("asOfFrom", s.basis());
            m.put("age", ListHealth.format(s.age()));
            m.put("ageSeconds", s.age().toSeconds());
        }
        return m;
    }

    private Map<String, Object> ready(Call c) {
        ListHealth h = lists.health(wf.snapshot(), Instant.now());
        c.status(h.healthy() ? 200 : 503);
        return h.healthy() ? Map.of("status", "ready") : Map.of("status", "not ready", "problems", h.problems());
    }

    private Map<String, Number> gauges() {
        Map<String, Number> g = new LinkedHashMap<>();
        g.put("kordon_entities", wf.snapshot().size());
        g.put("kordon_subjects", wf.store().countSubjects());
        g.put("kordon_alerts_open", wf.store().countAlerts(AlertQuery.all().withStatus(AlertStatus.OPEN)));
        g.put("kordon_alerts_escalated", wf.store().countAlerts(AlertQuery.all().withStatus(AlertStatus.ESCALATED)));
        g.put("kordon_list_version", wf.version().id());
        return g;
    }
}
