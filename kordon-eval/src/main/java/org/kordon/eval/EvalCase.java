package org.kordon.eval;

import java.util.Set;
import org.kordon.model.Schema;

/**
 * One labelled query: what is typed, and which listed entities it should find (none for a negative).
 *
 * @param category e.g. {@code cross-script}, {@code held-out-alias}, {@code negative}
 * @param query    the name as a user would type it
 * @param schema   the schema the user gives, or null
 * @param expected ids of the entities that are correct answers; empty for a negative
 * @param note     why the case is there, or null
 */
public record EvalCase(String category, String query, Schema schema, Set<String> expected, String note) {
    public EvalCase {
        expected = Set.copyOf(expected);
    }

    public boolean positive() {
        return !expected.isEmpty();
    }
}
