package org.kordon.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A real HTTP client for one server: {@code http.post("/screen", json, key)}. */
record Http(String base, HttpClient client) {
    static final ObjectMapper JSON = new ObjectMapper();

    record Answer(int status, String contentType, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }
    }

    static Http of(String base) {
        return new Http(base, HttpClient.newHttpClient());
    }

    Answer get(String path, String key) {
        return send("GET", path, null, key);
    }

    Answer get(String path) {
        return get(path, null);
    }

    Answer post(String path, String body, String key) {
        return send("POST", path, body, key);
    }

    Answer post(String path, String body) {
        return post(path, body, null);
    }

    Answer send(String method, String path, String body, String key) {
        return send(method, path, body, key, Map.of());
    }

    /** As {@link #send(String, String, String, String)}, with more request headers. */
    Answer send(String method, String path, String body, String key, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            b.header("Content-Type", "application/json");
            // As curl does for large bodies: ask first, so that a server refusing the size (413) answers before the
            // body is sent, instead of closing the connection under a client still writing it (a broken pipe).
            b.expectContinue(body.length() > 16 * 1024);
        }
        if (key != null) {
            b.header("Authorization", "ApiKey " + key);
        }
        headers.forEach(b::setHeader);
        try {
            HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
