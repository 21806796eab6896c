package org.kordon.matching;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.kordon.model.PartialDate;
import org.kordon.model.Schema;

/**
 * What to screen: a name and, when known, what else is known of the party.
 *
 * <p>{@code Query.of("Vladimir Putin")} screens a name alone; {@code new Query("tx-17", "Vladimir Putin",
 * Schema.PERSON, PartialDate.ofYear(1952), "ru", List.of())} adds a schema, a birth year and a country.
 *
 * <p>Throws {@link IllegalArgumentException} naming the field when the name is blank or the country not two letters
 *
 * @param id          the caller's reference, echoed nowhere by the engine; may be null
 * @param name        the name to screen, in any script; never blank
 * @param schema      what the party is, or null when unknown
 * @param birthDate   the party's birth date, or null
 * @param country     ISO 3166-1 alpha-2 country (nationality or residence), lower case; or null
 * @param identifiers identifiers as printed (passport, tax number, IMO...): compared after
 *                    {@link org.kordon.model.Identifier#normalize}; never null, may be empty
 */
public record Query(@Nullable String id, String name, @Nullable Schema schema, @Nullable PartialDate birthDate,
        @Nullable String country, List<String> identifiers) {
    public Query {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name is blank: a query needs a name (got " + (name == null ? "null" : "'" + name + "'") + ")");
        }
        if (country != null) {
            country = country.strip().toLowerCase(Locale.ROOT);
            if (country.length() != 2 || !country.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                throw new IllegalArgumentException("country must be an ISO 3166-1 alpha-2 code, got '" + country + "'");
            }
        }
        identifiers = identifiers == null ? List.of() : identifiers.stream().filter(s -> s != null && !s.isBlank()).toList();
    }

    /** A query for a name alone. */
    public static Query of(String name) {
        return new Query(null, name, null, null, null, List.of());
    }

    public Query withSchema(@Nullable Schema s) {
        return new Query(id, name, s, birthDate, country, identifiers);
    }

    public Query withBirthDate(@Nullable PartialDate d) {
        return new Query(id, name, schema, d, country, identifiers);
    }

    public Query withCountry(@Nullable String c) {
        return new Query(id, name, schema, birthDate, c, identifiers);
    }

    public Query withIdentifiers(List<String> ids) {
        return new Query(id, name, schema, birthDate, country, ids);
    }
}
