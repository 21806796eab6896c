package org.kordon.lists;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kordon.model.Entity;
import org.kordon.model.SourceRef;

/** Runs one parser over one file and keeps what it emitted and reported: the tests' common harness. */
record ParseRun(List<Entity> entities, List<LoadProblem> problems, int skipped, SourceRef source) {

    static ParseRun strict(ListParser parser, Path file) throws IOException {
        return run(parser, file, false);
    }

    static ParseRun lenient(ListParser parser, Path file) throws IOException {
        return run(parser, file, true);
    }

    private static ParseRun run(ListParser parser, Path file, boolean lenient) throws IOException {
        List<Entity> out = new ArrayList<>();
        ParseContext ctx = new ParseContext(file, lenient, out::add);
        parser.parse(ctx);
        return new ParseRun(out, List.copyOf(ctx.problems()), ctx.skipped(), ctx.source());
    }

    Map<String, Entity> byId() {
        return entities.stream().collect(Collectors.toMap(Entity::id, Function.identity()));
    }

    Entity get(String id) {
        Entity e = byId().get(id);
        if (e == null) {
            throw new AssertionError("no entity " + id + " among " + entities.size());
        }
        return e;
    }
}
