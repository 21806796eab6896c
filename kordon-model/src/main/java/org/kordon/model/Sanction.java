package org.kordon.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One listing of an entity: who listed it, under which programmes, when, and what it entails.
 *
 * @param authority the listing body, e.g. {@code "OFAC"}, {@code "EU"}, {@code "UN"}, {@code "UK"}
 * @param programs  programme codes such as {@code "RUSSIA-EO14024"}, {@code "EU-UKR"}; may be empty
 * @param listedOn  listing date, or null when the list gives none
 * @param measure   what the listing entails (asset freeze, port ban…), or null
 * @param reason    the statement of reasons, or null
 */
public record Sanction(String authority, List<String> programs, @Nullable PartialDate listedOn, @Nullable String measure,
        @Nullable String reason) {
    public Sanction {
        authority = Objects.requireNonNull(Text.clean(authority), "authority");
        programs = programs.stream().map(Text::clean).filter(Objects::nonNull).distinct().toList();
        measure = Text.clean(measure);
        reason = Text.clean(reason);
    }
}
