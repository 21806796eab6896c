package org.kordon.lists;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kordon.model.Entity;

/** Runs one parser over one file and keeps what it emitted and reported: the shared harness of the parser tests. */
record ParseRun(List<Entity> entities, ParseContext ctx) {

    static ParseRun strict(ListParser parser, Path file) {
        return run(parser, file, false);
    }

    static ParseRun lenient(ListParser parser, Path file) {
        return run(parser, file, true);
    }

    static ParseRun run(ListParser parser, Path file, boolean lenient) {
        List<Entity> out = new ArrayList<>();
        ParseContext ctx = new ParseContext(file, lenient, out::add);
        try {
            parser.parse(ctx);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ParseRun(out, ctx);
    }

    /** A test resource as a path, e.g. {@code fixture("un-xml/UN_consolidated_small.xml")}. */
    static Path fixture(String relative) {
        try {
            return Path.of(ParseRun.class.getResource("/fixtures/" + relative).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test fixture " + relative, e);
        }
    }

    List<LoadProblem> problems() {
        return List.copyOf(ctx.problems());
    }

    int skipped() {
        return ctx.skipped();
    }

    org.kordon.model.SourceRef source() {
        return ctx.source();
    }

    Map<String, Entity> byId() {
        Map<String, Entity> m = new LinkedHashMap<>();
        entities.forEach(e -> m.put(e.id(), e));
        return m;
    }

    Entity get(String id) {
        Entity e = byId().get(id);
        if (e == null) {
            throw new AssertionError("no entity " + id + " among " + byId().keySet());
        }
        return e;
    }
}
