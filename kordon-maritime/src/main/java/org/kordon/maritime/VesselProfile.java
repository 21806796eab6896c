package org.kordon.maritime;

import java.util.List;
import java.util.Objects;
import org.kordon.model.Entity;

/**
 * What Kordon knows of one vessel: the listed entities that carry its IMO number, its history and its risk
 * indicators. A plain record of records, ready for JSON.
 *
 * @param imo        the vessel
 * @param listed     the listed entities with this IMO number, in snapshot order; empty when it is listed nowhere
 * @param buildYear  the year it was built according to the vessel data, or null
 * @param history    names, flags, owners, managers, listings and uninsured periods as a timeline
 * @param indicators the shadow-fleet indicators found, in {@link IndicatorKind} order
 */
public record VesselProfile(ImoNumber imo, List<Entity> listed, Integer buildYear, VesselHistory history,
                            List<Indicator> indicators) {
    public VesselProfile {
        Objects.requireNonNull(imo, "imo");
        listed = List.copyOf(listed);
        Objects.requireNonNull(history, "history");
        indicators = List.copyOf(indicators);
    }

    /** True when neither the lists nor the vessel data know the vessel. */
    public boolean isUnknown() {
        return listed.isEmpty() && history.events().isEmpty();
    }
}
