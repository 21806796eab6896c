package org.kordon.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kordon.store.AlertQuery;
import org.kordon.store.AlertStatus;
import org.kordon.store.Workflow;

/** Health, metrics and the OpenAPI description: public, no key needed. */
final class SystemRoutes implements Routes {
    private final Workflow wf;
    private final Metrics metrics;
    private final String openapi;

    SystemRoutes(Workflow wf, Metrics metrics) {
        this.wf = wf;
        this.metrics = metrics;
        try (InputStream in = SystemRoutes.class.getResourceAsStream("openapi.yaml")) {
            openapi = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void register(Router r) {
        r.get("/health", Access.PUBLIC, c -> health());
        r.get("/healthz", Access.PUBLIC, c -> Map.of("status", "ok"));
        r.get("/metrics", Access.PUBLIC, c -> new Router.Text("text/plain; version=0.0.4; charset=utf-8", metrics.render(gauges())));
        r.get("/openapi.yaml", Access.PUBLIC, c -> new Router.Text("application/yaml; charset=utf-8", openapi));
    }

    private Map<String, Object> health() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", "ok");
        m.put("database", wf.store().vendor());
        m.put("listVersion", wf.version());
        m.put("entities", wf.snapshot().size());
        m.put("subjects", wf.store().countSubjects());
        m.put("threshold", wf.threshold());
        return m;
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
