package org.kordon.store;

import java.util.List;
import java.util.Locale;
import org.kordon.model.PartialDate;
import org.kordon.model.Schema;

/**
 * A screened party of the bank: a customer or counterparty, under the bank's own id.
 *
 * <pre>{@code
 * new Subject("C-1001", "Vladimir Putin", Schema.PERSON, PartialDate.ofYear(1952), "ru", List.of(), true)
 * }</pre>
 *
 * @param id          the caller's external id: 1 to 200 characters, no control characters
 * @param name        the name to screen, 1 to {@link #MAX_NAME} code points
 * @param schema      Person, Company…, or null when unknown
 * @param birthDate   birth or incorporation date, or null
 * @param country     ISO alpha-2 nationality or country, lower case, or null
 * @param identifiers identifiers as printed (passport, tax number, IMO); never null
 * @param active      false once deleted: kept for the audit trail, never screened again
 */
public record Subject(String id, String name, Schema schema, PartialDate birthDate, String country,
                      List<String> identifiers, boolean active) {
    /** The longest name accepted, in code points. */
    public static final int MAX_NAME = 300;
    public static final int MAX_ID = 200;

    public Subject {
        if (id == null || id.isBlank() || id.codePointCount(0, id.length()) > MAX_ID || id.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("id must be 1 to " + MAX_ID + " printable characters, got '" + id + "'");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name is blank");
        }
        name = name.strip();
        int n = name.codePointCount(0, name.length());
        if (n > MAX_NAME) {
            throw new IllegalArgumentException("name is " + n + " code points long, at most " + MAX_NAME + " allowed");
        }
        if (country != null) {
            country = country.strip().toLowerCase(Locale.ROOT);
            if (country.isEmpty()) {
                country = null;
            } else if (!country.matches("[a-z]{2}")) {
                throw new IllegalArgumentException("country must be an ISO 3166-1 alpha-2 code, got '" + country + "'");
            }
        }
        identifiers = identifiers == null ? List.of() : identifiers.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
        if (identifiers.size() > 20) {
            throw new IllegalArgumentException("at most 20 identifiers, got " + identifiers.size());
        }
    }

    /** The same subject, inactive. */
    public Subject deactivated() {
        return new Subject(id, name, schema, birthDate, country, identifiers, false);
    }
}
