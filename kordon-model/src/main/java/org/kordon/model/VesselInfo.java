package org.kordon.model;

import org.jspecify.annotations.Nullable;

/**
 * What the lists say of a vessel beyond its names and identifiers (IMO, MMSI and call sign are
 * {@link Identifier}s).
 *
 * @param flag        flag state as ISO alpha-2 (lower case) when recognised, else as printed, or null
 * @param type        vessel type, e.g. {@code "Crude Oil Tanker"}, or null
 * @param tonnage     tonnage as printed, or null
 * @param grossTonnage gross registered tonnage as printed, or null
 * @param owner       owner or operator as printed, or null
 */
public record VesselInfo(@Nullable String flag, @Nullable String type, @Nullable String tonnage, @Nullable String grossTonnage,
        @Nullable String owner) {
    public VesselInfo {
        flag = Countries.normalizeOrNull(flag);
        type = Text.clean(type);
        tonnage = Text.clean(tonnage);
        grossTonnage = Text.clean(grossTonnage);
        owner = Text.clean(owner);
    }

    public boolean isEmpty() {
        return flag == null && type == null && tonnage == null && grossTonnage == null && owner == null;
    }
}
