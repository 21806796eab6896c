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
 */
public record ServerConfig(String host, int port, long maxBodyBytes, int maxBatch, int maxNameLength, ApiKeys apiKeys) {
    public ServerConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0 to 65535, got " + port);
        }
        if (maxBodyBytes < 1024 || maxBatch < 1 || maxNameLength < 1) {
            throw new IllegalArgumentException("limits must be positive (body at least 1 KiB)");
        }
    }

    public static ServerConfig defaults() {
        return new ServerConfig("127.0.0.1", 8080, 1 << 20, 100, 300, ApiKeys.none());
    }

    public ServerConfig withPort(int p) {
        return new ServerConfig(host, p, maxBodyBytes, maxBatch, maxNameLength, apiKeys);
    }

    public ServerConfig withHost(String h) {
        return new ServerConfig(h, port, maxBodyBytes, maxBatch, maxNameLength, apiKeys);
    }

    public ServerConfig withApiKeys(ApiKeys k) {
        return new ServerConfig(host, port, maxBodyBytes, maxBatch, maxNameLength, k);
    }

    public ServerConfig withLimits(long body, int batch, int name) {
        return new ServerConfig(host, port, body, batch, name, apiKeys);
    }
}
