package org.kordon.server;

import java.util.List;
import org.kordon.maritime.PriceCaps;

/**
 * The feature endpoints every Kordon server carries besides the screening workflow: add one line per feature
 * ({@code new ScanRoutes(...)}, {@code new OwnershipRoutes(...)}, {@code new VesselRoutes(...)},
 * {@code new ShipmentRoutes(...)}).
 */
public final class Features {
    private Features() {
    }

    public static List<Routes> standard() {
        return List.of(
                new PriceCapRoutes(PriceCaps.bundled()));
    }
}
