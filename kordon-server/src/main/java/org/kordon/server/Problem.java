package org.kordon.server;

/**
 * An error answered as RFC 9457 problem JSON, naming the offending field when there is one.
 *
 * <pre>{@code
 * throw Problem.invalid("queries.q1.properties.name", "name is 512 code points long, at most 300 allowed");
 * // 400 {"type":"urn:kordon:problem:invalid","title":"Invalid request","status":400,
 * //      "detail":"queries.q1.properties.name: name is 512 code points long, at most 300 allowed",
 * //      "field":"queries.q1.properties.name","instance":"/match/default"}
 * }</pre>
 */
public final class Problem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String type;
    private final String title;
    private final String field;

    public Problem(int status, String type, String title, String field, String detail) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.field = field;
    }

    /** 400: a field of the request is missing or wrong. */
    public static Problem invalid(String field, String detail) {
        return new Problem(400, "invalid", "Invalid request", field, field == null ? detail : field + ": " + detail);
    }

    /** 404: what the path names does not exist. */
    public static Problem notFound(String detail) {
        return new Problem(404, "not-found", "Not found", null, detail);
    }

    public int status() {
        return status;
    }

    /** The problem type's URI. */
    public String type() {
        return "urn:kordon:problem:" + type;
    }

    public String title() {
        return title;
    }

    /** The JSON path of the offending field, or null. */
    public String field() {
        return field;
    }
}
