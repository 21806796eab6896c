package org.kordon.lists;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kordon.model.NameKind;

/**
 * What the two OpenSanctions JSON-lines readers ({@link FtmJsonParser}, {@link SenzingJsonParser}) share:
 * reading one line into plain maps and lists with Jackson's streaming parser, the script of a name, and the
 * listing authority of a dataset.
 *
 * <p>A line becomes {@code Map<String, Object>} whose values are {@code String} (numbers and booleans as their
 * JSON text), {@code List<Object>}, {@code Map<String, Object>} or null. Caps ({@link Limit}): a line has at most
 * {@link Limit#RECORD_CHARS} characters (read in pieces, never buffered past the cap), nests at most
 * {@link Limit#JSON_DEPTH} levels, a number has at most {@link Limit#JSON_NUMBER_CHARS} characters and a
 * property name {@link Limit#JSON_NAME_CHARS}; passing one fails the file, naming the line.
 */
final class OsJson {
    private OsJson() {
    }

    /** One line of a JSON-lines file: its 1-based number and its object. */
    record Line(int number, Map<String, Object> object) {
    }

    /** Receives one parsed line. */
    interface LineHandler {
        void line(Line line);
    }

    /** Jackson with the caps of this file (tests may lower them). */
    static JsonFactory factory(ParseContext ctx) {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth((int) ctx.max(Limit.JSON_DEPTH))
                        .maxNumberLength((int) ctx.max(Limit.JSON_NUMBER_CHARS))
                        .maxNameLength((int) ctx.max(Limit.JSON_NAME_CHARS))
                        .maxStringLength((int) Math.min(Integer.MAX_VALUE, ctx.max(Limit.RECORD_CHARS)))
                        .build())
                .build();
    }

    /**
     * Reads every non-blank line of the context's file as one JSON object. A line that is not a JSON object is
     * rejected through {@link ParseContext#reject} (skipped and reported in lenient mode), naming the line and
     * the column where the JSON breaks. A line past a cap, or bytes that are not UTF-8, fail the file.
     */
    static void readLines(ParseContext ctx, LineHandler handler) throws IOException {
        JsonFactory json = factory(ctx);
        try (Lines in = new Lines(ctx)) {
            for (String line; (line = in.next()) != null; ) {
                int n = in.number();
                if (line.isBlank()) {
                    continue;
                }
                Map<String, Object> obj;
                try {
                    obj = parseObject(json, line);
                } catch (StreamConstraintsException e) {
                    throw tooBig(ctx, n, e);
                } catch (JsonProcessingException e) {
                    String where = e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
                    ctx.reject(ctx.error("line " + n, null, "malformed JSON" + where + ": " + e.getOriginalMessage()));
                    continue;
                } catch (IllegalArgumentException e) {
                    ctx.reject(ctx.error("line " + n, null, e.getMessage()));
                    continue;
                }
                try {
                    handler.line(new Line(n, obj));
                } catch (ListFormatException e) {
                    ctx.reject(e);
                } catch (IllegalArgumentException e) {
                    ctx.reject(ctx.error("line " + n, null, e.getMessage()));
                }
            }
        }
    }

    /** The cap a Jackson constraint stands for, as Kordon's error. */
    static ListFormatException tooBig(ParseContext ctx, int line, StreamConstraintsException e) {
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        Limit limit = m.startsWith("Document nesting depth") ? Limit.JSON_DEPTH
                : m.startsWith("Number value length") ? Limit.JSON_NUMBER_CHARS
                : m.startsWith("Name length") ? Limit.JSON_NAME_CHARS
                : Limit.RECORD_CHARS;
        String what = switch (limit) {
            case JSON_DEPTH -> "the JSON nests too deep";
            case JSON_NUMBER_CHARS -> "a JSON number is too long";
            case JSON_NAME_CHARS -> "a JSON property name is too long";
            default -> "a JSON value is too long";
        };
        return ctx.limit("line " + line, null, limit, what);
    }

    /**
     * A cheap first pass over the file for the version: every top-level string (or array of strings) under one
     * of {@code keys} is passed to {@code sink} as (key, value); everything else is skipped unread. Lines that are
     * not JSON are ignored here: the real pass reports them (and fails on a line past a cap).
     */
    static void scanTopLevel(ParseContext ctx, java.util.Set<String> keys,
            java.util.function.BiConsumer<String, String> sink) throws IOException {
        JsonFactory json = factory(ctx);
        try (Lines in = new Lines(ctx)) {
            for (String line; (line = in.next()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                try (JsonParser p = json.createParser(line)) {
                    if (p.nextToken() != JsonToken.START_OBJECT) {
                        continue;
                    }
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String name = p.currentName();
                        JsonToken t = p.nextToken();
                        if (keys.contains(name) && t == JsonToken.VALUE_STRING) {
                            sink.accept(name, p.getText());
                        } else if (keys.contains(name) && t == JsonToken.START_ARRAY) {
                            while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
                                if (t == JsonToken.VALUE_STRING) {
                                    sink.accept(name, p.getText());
                                } else {
                                    p.skipChildren();
                                }
                            }
                        } else {
                            p.skipChildren();
                        }
                    }
                } catch (JsonProcessingException e) {
                    // reported by the real pass
                }
            }
        }
    }

    /** Parses one JSON object; throws on anything else or on trailing content. */
    private static Map<String, Object> parseObject(JsonFactory json, String text) throws IOException {
        try (JsonParser p = json.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("line is not a JSON object");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> obj = (Map<String, Object>) value(p);
            if (p.nextToken() != null) {
                throw new IllegalArgumentException("unexpected content after the JSON object");
            }
            return obj;
        }
    }

    static Object value(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == null) {
            throw new IllegalArgumentException("unexpected end of line");
        }
        return switch (t) {
            case START_OBJECT -> {
                Map<String, Object> m = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    m.put(name, value(p));
                }
                yield m;
            }
            case START_ARRAY -> {
                List<Object> l = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    l.add(value(p));
                }
                yield l;
            }
            case VALUE_NULL -> null;
            default -> p.getText();
        };
    }

    /**
     * The lines of the context's file, as {@link BufferedReader#readLine()} splits them (LF, CR or CRLF), a
     * leading byte-order mark dropped; a line longer than {@link Limit#RECORD_CHARS} fails as soon as it passes
     * the cap, and bytes that are not UTF-8 fail naming the line.
     */
    private static final class Lines implements java.io.Closeable {
        private final ParseContext ctx;
        private final Reader in;
        private final char[] buf = new char[8192];
        private final StringBuilder line = new StringBuilder();
        private int pos;
        private int len;
        private int number;
        private boolean skipLf;

        Lines(ParseContext ctx) throws IOException {
            this.ctx = ctx;
            ctx.checkSize(ctx.file());
            this.in = Files.newBufferedReader(ctx.file(), StandardCharsets.UTF_8);
        }

        /** The 1-based number of the line {@link #next} returned last. */
        int number() {
            return number;
        }

        /** The next line without its terminator, or null at the end of the file. */
        String next() throws IOException {
            line.setLength(0);
            boolean any = false;
            while (true) {
                if (pos == len && !fill()) {
                    if (!any) {
                        return null;
                    }
                    break;
                }
                char c = buf[pos++];
                if (skipLf) {
                    skipLf = false;
                    if (c == '\n') {
                        continue;
                    }
                }
                any = true;
                if (c == '\n') {
                    break;
                }
                if (c == '\r') {
                    skipLf = true;
                    break;
                }
                if (line.length() >= ctx.max(Limit.RECORD_CHARS)) {
                    throw ctx.limit("line " + (number + 1), null, Limit.RECORD_CHARS, "the line runs on");
                }
                line.append(c);
            }
            number++;
            if (number == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line.deleteCharAt(0);
            }
            return line.toString();
        }

        private boolean fill() throws IOException {
            try {
                len = in.read(buf, 0, buf.length);
            } catch (CharacterCodingException e) {
                throw ctx.error("line " + (number + 1), null, "not valid UTF-8 (" + e + ")");
            }
            pos = 0;
            if (len <= 0) {
                len = 0;
                return false;
            }
            return true;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** The value at {@code key} as a string, or null when absent, null or not a scalar. */
    static String string(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v instanceof String s && !s.isBlank() ? s.strip() : null;
    }

    /** The value at {@code key} as a list of objects; a single object or absent value gives a list of 0 or 1. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> objects(Map<String, Object> m, String key) {
        Object v = m.get(key);
        List<Map<String, Object>> out = new ArrayList<>();
        if (v instanceof Map<?, ?> one) {
            out.add((Map<String, Object>) one);
        } else if (v instanceof List<?> l) {
            for (Object o : l) {
                if (o instanceof Map<?, ?> mo) {
                    out.add((Map<String, Object>) mo);
                }
            }
        }
        return out;
    }

    /** The value at {@code key} as a list of strings (a single string gives one); objects are left out. */
    static List<String> strings(Map<String, Object> m, String key) {
        Object v = m.get(key);
        List<String> out = new ArrayList<>();
        if (v instanceof String s) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        } else if (v instanceof List<?> l) {
            for (Object o : l) {
                if (o instanceof String s && !s.isBlank()) {
                    out.add(s.strip());
                }
            }
        }
        return out;
    }

    /**
     * The script of a name when it is not Latin, by majority of its letters: {@code "Виктор СОЙКО"} gives
     * {@code "Cyrillic"}, {@code "Εταιρία"} {@code "Greek"}, {@code "Viktor"} null.
     */
    static String nonLatinScript(String name) {
        Map<Character.UnicodeScript, Integer> counts = new LinkedHashMap<>();
        name.codePoints().filter(Character::isLetter).forEach(cp -> {
            Character.UnicodeScript s = Character.UnicodeScript.of(cp);
            if (s != Character.UnicodeScript.COMMON && s != Character.UnicodeScript.INHERITED) {
                counts.merge(s, 1, Integer::sum);
            }
        });
        Character.UnicodeScript best = null;
        int bestCount = 0;
        for (Map.Entry<Character.UnicodeScript, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        if (best == null || best == Character.UnicodeScript.LATIN) {
            return null;
        }
        String s = best.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** {@code kind}, or ORIGINAL_SCRIPT when the name is written in a non-Latin script. */
    static NameKind kindFor(String name, NameKind kind) {
        return nonLatinScript(name) != null ? NameKind.ORIGINAL_SCRIPT : kind;
    }

    /**
     * The listing body behind an OpenSanctions dataset name: {@code eu_fsf} → EU, {@code gb_hmt_sanctions} → UK,
     * {@code un_sc_sanctions} → UN, {@code us_ofac_sdn} → OFAC; otherwise the dataset name itself.
     */
    static String authority(String dataset) {
        String d = dataset.toLowerCase(Locale.ROOT);
        if (d.startsWith("us_ofac")) {
            return "OFAC";
        }
        if (d.startsWith("eu_")) {
            return "EU";
        }
        if (d.startsWith("gb_")) {
            return "UK";
        }
        if (d.startsWith("un_")) {
            return "UN";
        }
        return dataset;
    }
}
