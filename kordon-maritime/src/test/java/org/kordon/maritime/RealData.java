package org.kordon.maritime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.kordon.lists.ListLoader;
import org.kordon.lists.LoadOptions;
import org.kordon.testkit.SharedData;
import org.kordon.matching.Algorithm;
import org.kordon.matching.Screener;
import org.kordon.matching.Screeners;
import org.kordon.model.Entity;
import org.kordon.model.ListSnapshot;
import org.kordon.model.SourceRef;

/**
 * The real vessel lists (OFAC SDN, EU Annex XLII, OFSI ConList, UK Sanctions List) and the shadow-fleet data in
 * {@code ../shared/data}, loaded once per test JVM; each accessor skips the calling test when they are absent.
 */
final class RealData {
    private static ListSnapshot lists;
    private static ListSnapshot withUk;
    private static Screener screener;
    private static VesselData vessels;

    private RealData() {
    }

    /** OFAC SDN and EU Annex XLII: the vessels with IMO numbers and the companies the owner check needs. */
    static synchronized ListSnapshot lists() {
        List<Path> files = List.of(SharedData.require("lists/ofac/sdn.csv"), SharedData.require("lists/eu/32014R0833.csv"));
        if (lists == null) {
            lists = ListLoader.load(files, LoadOptions.lenientDefaults()).snapshot();
        }
        return lists;
    }

    /** {@link #lists()} with the OFSI ConList and the UK Sanctions List added, for the cross-check. */
    static synchronized ListSnapshot listsWithUk() {
        ListSnapshot base = lists();
        List<Path> uk = List.of(SharedData.require("lists/uk/OFSI_ConList_2025-04-10.xlsx"),
                SharedData.require("lists/uk/FCDO_SL_Mon_Aug_11_2025.ods"));
        if (withUk == null) {
            ListSnapshot u = ListLoader.load(uk, LoadOptions.lenientDefaults()).snapshot();
            List<SourceRef> sources = new ArrayList<>(base.sources());
            sources.addAll(u.sources());
            List<Entity> entities = new ArrayList<>(base.entities());
            entities.addAll(u.entities());
            withUk = new ListSnapshot(sources, entities);
        }
        return withUk;
    }

    static synchronized Screener screener() {
        ListSnapshot l = lists();
        if (screener == null) {
            screener = Screeners.build(VesselScreener.namesToIndex(l), Algorithm.KORDON);
        }
        return screener;
    }

    static synchronized VesselData vessels() {
        Path dir = SharedData.require("maritime/ftm-shadowfleet");
        if (vessels == null) {
            try {
                vessels = VesselData.load(dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return vessels;
    }
}
