package org.kordon.server;

/**
 * A server's settings, fixed once it starts.
 *
 * <pre>{@code
 * ServerConfig.defaults().withPort(0)   // any free port (tests)
 * }</pre>
 *
 * @param host          the address to bind, {@code 127.0.0.1} by default
 * @param port          the port, 8080 by default; 0 for any free port
 * @param maxBodyBytes  the largest request body accepted (413 beyond)
 * @param maxBatch      the most queries or subjects in one request
 * @param maxNameLength the longest name accepted, in code points
 * @param apiKeys       the keys accepted; none means every endpoint is open
 * @param workerThreads the most threads serving requests (Jetty's pool, its acceptor and selector included);
 *                      {@link #defaultWorkerThreads()} from the cores by default, at least {@value #MIN_WORKER_THREADS}
 */
public record ServerConfig(String host, int port, long maxBodyBytes, int maxBatch, int maxNameLength, ApiKeys apiKeys,
                           int workerThreads) {
    /** Fewer threads than this and Jetty cannot start (its acceptor and selectors lease threads from the pool). */
    public static final int MIN_WORKER_THREADS = 8;

    public ServerConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0 to 65535, got " + port);
        }
        if (maxBodyBytes < 1024 || maxBatch < 1 || maxNameLength < 1) {
            throw new IllegalArgumentException("limits must be positive (body at least 1 KiB)");
        }
        if (workerThreads < MIN_WORKER_THREADS) {
            throw new IllegalArgumentException("workerThreads must be at least " + MIN_WORKER_THREADS + ", got " + workerThreads);
        }
    }

    /*
     * Why 4 per core, 16 at least: screening is CPU-bound and borrows one of as many scratch areas as there are
     * cores, so more screening threads than cores only wait; decisions and reloads wait on the database's fsync
     * (1.5 to 4 ms here), so a few threads per core keep the cores busy meanwhile. Jetty's default, 200 threads
     * whatever the machine, only lets more requests wait inside the JVM instead of in the accept queue. The memory a
     * thread costs no longer grows with the lists (issue 24: the scratch areas are pooled, not per thread).
     */
    /** The worker threads for this machine: 4 per core the JVM may use, 16 at least. */
    public static int defaultWorkerThreads() {
        return Math.max(16, 4 * Runtime.getRuntime().availableProcessors());
    }

    public static ServerConfig defaults() {
        return new ServerConfig("127.0.0.1", 8080, 1 << 20, 100, 300, ApiKeys.none(), defaultWorkerThreads());
    }

    public ServerConfig withPort(int p) {
        return new ServerConfig(host, p, maxBodyBytes, maxBatch, maxNameLength, apiKeys, workerThreads);
    }

    public ServerConfig withHost(String h) {
        return new ServerConfig(h, port, maxBodyBytes, maxBatch, maxNameLength, apiKeys, workerThreads);
    }

    public ServerConfig withApiKeys(ApiKeys k) {
        return new ServerConfig(host, port, maxBodyBytes, maxBatch, maxNameLength, k, workerThreads);
    }

    public ServerConfig withLimits(long body, int batch, int name) {
        return new ServerConfig(host, port, body, batch, name, apiKeys, workerThreads);
    }

    public ServerConfig withWorkerThreads(int threads) {
        return new ServerConfig(host, port, maxBodyBytes, maxBatch, maxNameLength, apiKeys, threads);
    }
}
