package org.kordon.server;

/**
 * A feature's endpoints, registered on the server in one place ({@link Features#standard}).
 *
 * <pre>{@code
 * final class VesselRoutes implements Routes {
 *     public void register(Router r) {
 *         r.post("/vessels/screen", Access.READ, call -> screen(call.body()));
 *         r.get("/vessels/{imo}", Access.READ, call -> vessel(call.path("imo")));
 *     }
 * }
 * }</pre>
 */
@FunctionalInterface
public interface Routes {
    void register(Router router);
}
