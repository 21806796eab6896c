package org.kordon.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One request as an endpoint sees it: path and query parameters, the JSON body read within the size limit, the
 * caller's key name, and field helpers that answer problem JSON naming the field.
 */
public final class Call {
    private final Context ctx;
    private final ServerConfig config;
    private final String caller;
    private final boolean mayActFor;
    private final boolean mayWrite;
    private JsonNode body;
    private int status = 200;

    Call(Context ctx, ServerConfig config, String caller, boolean mayActFor, boolean mayWrite) {
        this.ctx = ctx;
        this.config = config;
        this.caller = caller;
        this.mayActFor = mayActFor;
        this.mayWrite = mayWrite;
    }

    public ServerConfig config() {
        return config;
    }

    /**
     * Who the call was authenticated as, recorded as the principal of every write: the name of the API key used, or
     * {@code anonymous} when the server has no keys.
     */
    public String caller() {
        return caller;
    }

    /**
     * Whether the caller may call the WRITE endpoints: true for a key of role write or act-for and on a server
     * without keys, false for a read-only key (and on a PUBLIC endpoint, where no key is checked). Lets an answer
     * tell a front end which actions to offer; the WRITE endpoints still check the key themselves.
     */
    public boolean mayWrite() {
        return mayWrite;
    }

    /**
     * The analyst a decision is recorded for: the caller when {@code asserted} is null or the caller's own name;
     * {@code asserted} when the caller's key may act for others (role {@code act-for}) or the server has no keys.
     *
     * <pre>{@code
     * // key 'batch' of role write
     * c.analyst(null);      // "batch"
     * c.analyst("anna");    // 403: analyst: key 'batch' may decide only as itself ...
     * // key 'review-portal' of role act-for
     * c.analyst("anna");    // "anna"
     * }</pre>
     *
     * @throws Problem 403 naming the field {@code analyst} when the key may not name another analyst
     */
    public String analyst(String asserted) {
        if (asserted == null || asserted.equals(caller) || mayActFor) {
            return asserted == null ? caller : asserted;
        }
        throw new Problem(403, "forbidden", "Key may not act for another analyst", "analyst",
                "analyst: key '" + caller + "' may decide only as itself ('" + caller + "'), not as '" + asserted
                + "'; send no analyst, or use a key of role " + ApiKeys.ACT_FOR + " (a front end that authenticates its analysts)");
    }

    public String path(String name) {
        return ctx.pathParam(name);
    }

    /** A query parameter, or null when absent or blank. */
    public String query(String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    /** Every value of a repeated query parameter ({@code ?include_dataset=a&include_dataset=b}), blanks left out. */
    public List<String> queryAll(String name) {
        return ctx.queryParams(name).stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
    }

    /**
     * Refuses a query parameter not among {@code known}: an endpoint honours each parameter or says it does not.
     *
     * @throws Problem 400 naming the first unknown parameter and listing the known ones
     */
    public void onlyQuery(Set<String> known) {
        for (String name : ctx.queryParamMap().keySet()) {
            if (!known.contains(name)) {
                throw Problem.invalid(name, "unknown parameter; " + ctx.path() + " takes " + new TreeSet<>(known));
            }
        }
    }

    public int queryInt(String name, int dflt, int min, int max) {
        String v = query(name);
        if (v == null) {
            return dflt;
        }
        try {
            int i = Integer.parseInt(v);
            if (i < min || i > max) {
                throw Problem.invalid(name, "must be " + min + " to " + max + ", got " + i);
            }
            return i;
        } catch (NumberFormatException e) {
            throw Problem.invalid(name, "not a whole number: '" + v + "'");
        }
    }

    public double queryDouble(String name, double dflt, double min, double max) {
        String v = query(name);
        if (v == null) {
            return dflt;
        }
        try {
            double d = Double.parseDouble(v);
            if (!(d >= min && d <= max)) {
                throw Problem.invalid(name, "must be in [" + min + "," + max + "], got " + v);
            }
            return d;
        } catch (NumberFormatException e) {
            throw Problem.invalid(name, "not a number: '" + v + "'");
        }
    }

    public long pathLong(String name) {
        String v = path(name);
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw Problem.invalid(name, "not a number: '" + v + "'");
        }
    }

    /** The body as a JSON object, read at most once and never beyond {@link ServerConfig#maxBodyBytes}. */
    public JsonNode body() {
        if (body == null) {
            byte[] bytes = readLimited();
            if (bytes.length == 0) {
                throw Problem.invalid("body", "a JSON object is required");
            }
            try {
                body = Json.MAPPER.readTree(bytes);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw Problem.invalid("body", "not valid JSON: " + e.getOriginalMessage());
            } catch (IOException e) {
                throw Problem.invalid("body", "not valid JSON: " + e.getMessage());
            }
            if (body == null || !body.isObject()) {
                throw Problem.invalid("body", "must be a JSON object");
            }
        }
        return body;
    }

    /**
     * The body as an HTML form ({@code application/x-www-form-urlencoded}, as OpenRefine posts), read within the size
     * limit: each field's first value.
     *
     * @throws Problem 400 when the body is not a form, 413 when it is too large
     */
    public Map<String, String> form() {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            throw Problem.invalid("body", "must be a form (application/x-www-form-urlencoded), got " + (type == null ? "no content type" : type));
        }
        Map<String, String> out = new LinkedHashMap<>();
        String text = new String(readLimited(), StandardCharsets.UTF_8);
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                out.putIfAbsent(k, v);
            } catch (IllegalArgumentException e) {
                throw Problem.invalid("body", "not a valid form: " + e.getMessage());
            }
        }
        return out;
    }

    private byte[] readLimited() {
        long max = config.maxBodyBytes();
        if (ctx.contentLength() > max) {
            throw tooLarge(max);
        }
        try (InputStream in = ctx.bodyInputStream()) {
            byte[] b = in.readNBytes((int) max + 1);
            if (b.length > max) {
                throw tooLarge(max);
            }
            return b;
        } catch (IOException e) {
            throw Problem.invalid("body", "cannot read the request body: " + e.getMessage());
        }
    }

    static Problem tooLarge(long max) {
        return new Problem(413, "too-large", "Request body too large", "body",
                String.format(Locale.ROOT, "body: larger than the limit of %,d bytes; split the batch", max));
    }

    /** Sets the status of a successful answer, e.g. 201. */
    public Call status(int s) {
        status = s;
        return this;
    }

    int status() {
        return status;
    }

    /** Javalin's context, for what the helpers above do not cover. */
    public Context context() {
        return ctx;
    }

    // ------------------------------------------------------------ fields of JSON objects

    /** A text field; null when absent and not required. Code points counted against {@code maxLength}. */
    public static String text(JsonNode obj, String path, String name, boolean required, int maxLength) {
        JsonNode v = obj.get(name);
        String where = path.isEmpty() ? name : path + "." + name;
        if (v == null || v.isNull() || (v.isTextual() && v.asText().isBlank())) {
            if (required) {
                throw Problem.invalid(where, "is required");
            }
            return null;
        }
        if (!v.isTextual() && !v.isNumber()) {
            throw Problem.invalid(where, "must be a string");
        }
        String s = v.asText().strip();
        int n = s.codePointCount(0, s.length());
        if (n > maxLength) {
            throw Problem.invalid(where, "is " + n + " characters long, at most " + maxLength + " allowed");
        }
        return s;
    }
}
