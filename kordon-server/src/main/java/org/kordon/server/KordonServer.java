package org.kordon.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.util.ConcurrencyUtil;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.kordon.review.ListLoad;
import org.kordon.review.Workflow;

/**
 * Kordon's REST API on Javalin: the yente-compatible {@code POST /match/{dataset}}, screening, the review
 * workflow, list versions and diffs, health, metrics and the OpenAPI description, plus feature routes.
 *
 * <pre>{@code
 * try (KordonServer s = KordonServer.start(ServerConfig.defaults().withPort(0), workflow, reload, Features.standard())) {
 *     s.url();   // "http://127.0.0.1:41234"
 * }
 * }</pre>
 *
 * <p>The configuration is fixed at start. {@link ServedLists} supplies the lists anew for {@code POST /lists/reload},
 * which refuses a version that lost too much of a source (409) unless forced, and says for {@code /health} and
 * {@code /readyz} whether the lists in force can be trusted.
 */
public final class KordonServer implements AutoCloseable {
    private final Javalin app;
    private final ServerConfig config;

    private KordonServer(Javalin app, ServerConfig config) {
        this.app = app;
        this.config = config;
    }

    /** Starts a server whose lists are reloaded from {@code reload} (null: no reload) under the default shrink guard. */
    public static KordonServer start(ServerConfig config, Workflow workflow, Supplier<ListLoad> reload, List<Routes> features) {
        return serve(config, workflow, ServedLists.of(reload), features);
    }

    /** Starts a server serving {@code lists}: reloaded, guarded and reported on {@code /health} and {@code /readyz}. */
    public static KordonServer serve(ServerConfig config, Workflow workflow, ServedLists lists, List<Routes> features) {
        Objects.requireNonNull(workflow, "workflow");
        Objects.requireNonNull(lists, "lists");
        Metrics metrics = new Metrics();
        List<Routes> all = new ArrayList<>();
        all.add(new SystemRoutes(workflow, metrics, lists));
        all.add(new MatchRoutes(workflow));
        all.add(new WorkflowRoutes(workflow, lists));
        all.add(new ResolutionRoutes(workflow));
        all.addAll(features);
        all.add(new WebRoutes());
        all.add(new UiRoutes(workflow));
        Javalin app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.http.maxRequestSize = config.maxBodyBytes();
            // bounded from the cores (ServerConfig.defaultWorkerThreads), not Jetty's 200 whatever the machine
            cfg.jetty.threadPool = ConcurrencyUtil.jettyThreadPool("kordon-http", ServerConfig.MIN_WORKER_THREADS,
                    config.workerThreads(), false);
            Router router = new Router(cfg.routes, config, metrics);
            all.forEach(r -> r.register(router));
            cfg.routes.exception(HttpResponseException.class, (e, ctx) -> answer(ctx,
                    new Problem(e.getStatus(), "http-" + e.getStatus(), e.getMessage(), null, e.getMessage())));
            cfg.routes.exception(Exception.class, (e, ctx) -> answer(ctx,
                    new Problem(500, "internal", "Internal error", null, e.getClass().getSimpleName() + ": " + e.getMessage())));
            cfg.routes.error(404, "*", ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) {
                    answer(ctx, Problem.notFound("no endpoint " + ctx.method() + " " + ctx.path() + " (see /openapi.yaml)"));
                }
            });
        });
        app.start(config.host(), config.port());
        return new KordonServer(app, config);
    }

    /** Writes a problem as {@code application/problem+json}. */
    static void answer(Context ctx, Problem p) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", p.type());
        body.put("title", p.title());
        body.put("status", p.status());
        body.put("detail", p.getMessage());
        if (p.field() != null) {
            body.put("field", p.field());
        }
        body.put("instance", ctx.path());
        try {
            ctx.status(p.status()).contentType("application/problem+json").result(Json.MAPPER.writeValueAsBytes(body));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            ctx.status(500).result("{}");
        }
    }

    public int port() {
        return app.port();
    }

    public String url() {
        String h = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        return "http://" + ("0.0.0.0".equals(h) ? "127.0.0.1" : h) + ":" + port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
