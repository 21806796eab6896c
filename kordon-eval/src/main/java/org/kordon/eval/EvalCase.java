package org.kordon.eval;

import java.util.List;
import java.util.Set;
import org.kordon.model.PartialDate;
import org.kordon.model.Schema;

/**
 * One labelled query: what is typed, what else the user gives, and which listed entities it should find (none for a
 * negative).
 *
 * @param category  e.g. {@code cross-script}, {@code held-out-alias}, {@code negative}
 * @param query     the name as a user would type it
 * @param schema    the schema the user gives, or null
 * @param expected  ids of the entities that are correct answers; empty for a negative
 * @param note      why the case is there, or null
 * @param birthDate the birth date the user gives, or null
 * @param country   the ISO 3166-1 alpha-2 country the user gives, or null
 * @param tags      sub-groups the case is also counted in, reported as {@code category/tag}
 *                  (e.g. {@code person/extra-word}); never null
 */
public record EvalCase(String category, String query, Schema schema, Set<String> expected, String note,
                       PartialDate birthDate, String country, List<String> tags) {
    public EvalCase {
        expected = Set.copyOf(expected);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** A case with a name (and schema) alone. */
    public EvalCase(String category, String query, Schema schema, Set<String> expected, String note) {
        this(category, query, schema, expected, note, null, null, List.of());
    }

    public boolean positive() {
        return !expected.isEmpty();
    }

    /** This case with its birth date and country removed: the name alone. */
    public EvalCase nameOnly(String newCategory) {
        return new EvalCase(newCategory, query, schema, expected, note, null, null, tags);
    }

    /** This case with tags added. */
    public EvalCase withTags(List<String> more) {
        return new EvalCase(category, query, schema, expected, note, birthDate, country,
                java.util.stream.Stream.concat(tags.stream(), more.stream()).toList());
    }
}
