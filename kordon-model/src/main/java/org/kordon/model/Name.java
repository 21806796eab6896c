package org.kordon.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One name of an entity, as the list prints it.
 *
 * @param value the name, NFC-normalised and with collapsed whitespace; never blank
 * @param kind  how the list presents it
 * @param lang  the language or script the list gives for it (e.g. {@code "ru"}, {@code "Cyrillic"}), or null
 */
public record Name(String value, NameKind kind, @Nullable String lang) {
    public Name {
        value = Text.clean(value);
        if (value == null) {
            throw new IllegalArgumentException("name is blank");
        }
        Objects.requireNonNull(kind, "kind");
        lang = Text.clean(lang);
    }

    public static Name of(String value, NameKind kind) {
        return new Name(value, kind, null);
    }
}
