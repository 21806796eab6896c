package org.kordon.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An identifier of an entity: a passport, tax number, IMO number, BIC…
 *
 * @param type    the kind of identifier
 * @param value   the identifier as printed; never blank
 * @param country ISO 3166-1 alpha-2 code of the issuer (lower case), or null
 * @param label   the list's own label for it (e.g. {@code "Tax ID No."}, {@code "INN"}), or null
 */
public record Identifier(IdType type, String value, @Nullable String country, @Nullable String label) {
    public Identifier {
        Objects.requireNonNull(type, "type");
        value = Text.clean(value);
        if (value == null) {
            throw new IllegalArgumentException("identifier value is blank");
        }
        country = Countries.normalizeOrNull(country);
        label = Text.clean(label);
    }

    public static Identifier of(IdType type, String value) {
        return new Identifier(type, value, null, null);
    }

    /**
     * The value reduced to letters and digits in upper case, for comparing identifiers written with
     * different separators: {@code "IMO 9256858"} and {@code "9256858"} compare by {@code "9256858"} for IMO.
     */
    public String normalizedValue() {
        return normalize(type, value);
    }

    /** See {@link #normalizedValue()}. */
    public static String normalize(IdType type, String value) {
        StringBuilder b = new StringBuilder(value.length());
        value.codePoints().filter(Character::isLetterOrDigit).map(Character::toUpperCase).forEach(b::appendCodePoint);
        String s = b.toString();
        if (type == IdType.IMO && s.startsWith("IMO")) {
            s = s.substring(3);
        }
        return s;
    }
}
