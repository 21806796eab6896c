package org.kordon.resolution;

import java.util.List;
import java.util.Objects;
import org.kordon.model.Entity;

/**
 * What a result shows of each listing of a resolved entity, e.g. {@code ofac-sdn:35096, ofac-sdn, "PUTIN, Vladimir
 * Vladimirovich", [RUSSIA-EO14024]}; the CLI's {@code screen --json} and the API print it as it is.
 *
 * @param id       the listing id
 * @param source   the list it is on ({@code ofac-sdn}, {@code eu-32014R0269}, {@code uk-ofsi}…)
 * @param name     its caption, as the list prints it
 * @param programs its programmes
 */
public record ListingSummary(String id, String source, String name, List<String> programs) {
    public ListingSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(name, "name");
        programs = List.copyOf(programs);
    }

    static ListingSummary of(Entity listing) {
        return new ListingSummary(listing.id(), listing.source().list(), listing.caption(), listing.programs());
    }
}
