package org.kordon.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Which list, and which version of it, an entity came from.
 *
 * @param list    the list's short name, e.g. {@code "ofac-sdn"}, {@code "un"}, {@code "eu"}, {@code "uk-ofsi"}
 * @param version the version as the publisher gives it (publication date or generation time), or null when
 *                the file carries none
 */
public record SourceRef(String list, @Nullable String version) {
    public SourceRef {
        list = Objects.requireNonNull(Text.clean(list), "list");
        version = Text.clean(version);
    }
}
