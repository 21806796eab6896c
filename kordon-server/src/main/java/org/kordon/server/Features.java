package org.kordon.server;

import java.util.List;
import org.kordon.documents.DocumentScanner;
import org.kordon.maritime.PriceCaps;
import org.kordon.maritime.VesselData;
import org.kordon.review.Workflow;

/**
 * The feature endpoints a Kordon server carries besides the screening workflow, one line per feature.
 *
 * <pre>{@code
 * KordonServer.start(config, workflow, reload, Features.standard(workflow, VesselData.load(Path.of("ftm-shadowfleet"))));
 * }</pre>
 */
public final class Features {
    private Features() {
    }

    /**
     * Every feature: price cap, ownership, vessels, document scanning, shipments, payments. Those that read the lists follow
     * {@code workflow}'s lists in force, also after a reload.
     *
     * @param vessels vessel histories for {@code GET /vessels/{imo}}, or {@link VesselData#empty()}
     */
    public static List<Routes> standard(Workflow workflow, VesselData vessels) {
        PerSnapshot<DocumentScanner> scanners = ScanRoutes.scanners(workflow); // one index for /scan and payments' texts
        return List.of(
                new PriceCapRoutes(PriceCaps.bundled()),
                new OwnershipRoutes(),
                new VesselRoutes(workflow::snapshot, vessels),
                new ScanRoutes(workflow, scanners),
                new ShipmentRoutes(workflow::screener, workflow::snapshot),
                new PaymentRoutes(workflow, scanners),
                new DocumentTextRoutes());
    }

    /** The features that need no lists (price cap, ownership), for servers and tests that carry only the workflow. */
    public static List<Routes> standard() {
        return List.of(
                new PriceCapRoutes(PriceCaps.bundled()),
                new OwnershipRoutes());
    }
}
