package org.kordon.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Optional;
import org.kordon.input.InputFormatException;

/**
 * Registers endpoints with their access rule. Each endpoint is a small function from the {@link Call} to the
 * object answered as JSON (status 200 unless the endpoint sets another; null answers 204); {@link Text} answers
 * other media types. Problems it throws become RFC 9457 problem JSON.
 */
public final class Router {
    /** One endpoint. */
    @FunctionalInterface
    public interface Endpoint {
        Object handle(Call call) throws Exception;
    }

    /** A non-JSON answer. */
    public record Text(String contentType, String body) {
    }

    private final RoutesConfig routes;
    private final ServerConfig config;
    private final Metrics metrics;

    Router(RoutesConfig routes, ServerConfig config, Metrics metrics) {
        this.routes = routes;
        this.config = config;
        this.metrics = metrics;
    }

    public void get(String path, Access access, Endpoint e) {
        routes.get(path, wrap("GET " + path, access, e));
    }

    public void post(String path, Access access, Endpoint e) {
        routes.post(path, wrap("POST " + path, access, e));
    }

    public void put(String path, Access access, Endpoint e) {
        routes.put(path, wrap("PUT " + path, access, e));
    }

    public void delete(String path, Access access, Endpoint e) {
        routes.delete(path, wrap("DELETE " + path, access, e));
    }

    private Handler wrap(String route, Access access, Endpoint e) {
        return ctx -> {
            long t0 = System.nanoTime();
            int status = 500;
            try {
                Call call = authorize(ctx, access);
                Object result = e.handle(call);
                status = result == null ? 204 : call.status();
                ctx.status(status);
                if (result instanceof Text t) {
                    ctx.contentType(t.contentType()).result(t.body());
                } else if (result != null) {
                    ctx.contentType("application/json").result(Json.MAPPER.writeValueAsBytes(result));
                }
            } catch (Problem p) {
                status = p.status();
                KordonServer.answer(ctx, p);
            } catch (org.kordon.store.NotFoundException nf) {
                status = 404;
                KordonServer.answer(ctx, Problem.notFound(nf.getMessage()));
            } catch (InputFormatException bad) {
                // the one place a malformed input of any module (a document, a CSV) becomes problem JSON; a route
                // that knows which request field held it throws Problem.invalid with that field instead
                status = 400;
                KordonServer.answer(ctx, Problem.invalid(null, bad.getMessage()));
            } catch (IllegalArgumentException bad) {
                status = 400;
                KordonServer.answer(ctx, Problem.invalid(null, bad.getMessage()));
            } finally {
                metrics.record(route, status, System.nanoTime() - t0);
            }
        };
    }

    /**
     * The call with its identity: the key's name, or {@code anonymous}. Without keys anyone may name any analyst (there
     * is no identity to hold them to); with keys, only an act-for key may.
     */
    private Call authorize(Context ctx, Access access) {
        if (config.apiKeys().isEmpty()) {
            return new Call(ctx, config, ApiKeys.ANONYMOUS, true, true);
        }
        if (access == Access.PUBLIC) {
            return new Call(ctx, config, ApiKeys.ANONYMOUS, false, false);
        }
        String presented = presentedKey(ctx);
        if (presented == null) {
            throw new Problem(401, "unauthorized", "API key required", "Authorization",
                    "Authorization: send 'Authorization: ApiKey <key>' (or header X-Api-Key)");
        }
        Optional<ApiKeys.Key> key = config.apiKeys().check(presented);
        if (key.isEmpty()) {
            throw new Problem(401, "unauthorized", "Unknown API key", "Authorization", "Authorization: the API key is not configured on this server");
        }
        if (access == Access.WRITE && key.get().role() != Access.WRITE) {
            throw new Problem(403, "forbidden", "Read-only key", "Authorization",
                    "Authorization: key '" + key.get().name() + "' is read-only; this endpoint changes data and needs a write key");
        }
        return new Call(ctx, config, key.get().name(), key.get().actFor(), key.get().role() == Access.WRITE);
    }

    private static String presentedKey(Context ctx) {
        String auth = ctx.header("Authorization");
        if (auth != null) {
            String a = auth.strip();
            for (String scheme : new String[] {"ApiKey ", "Bearer "}) {
                if (a.regionMatches(true, 0, scheme, 0, scheme.length())) {
                    return a.substring(scheme.length()).strip();
                }
            }
        }
        String x = ctx.header("X-Api-Key");
        return x == null ? null : x.strip();
    }
}
