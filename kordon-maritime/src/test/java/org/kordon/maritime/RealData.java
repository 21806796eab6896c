package org.kordon.maritime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.kordon.lists.ListLoader;
import org.kordon.lists.LoadOptions;
import org.kordon.lists.SharedData;
import org.kordon.matching.Algorithm;
import org.kordon.matching.Screener;
import org.kordon.matching.Screeners;
import org.kordon.model.ListSnapshot;

/**
 * The real vessel lists (OFAC SDN, EU Annex XLII, OFSI ConList, UK Sanctions List) and the shadow-fleet data in
 * {@code ../shared/data}, loaded once per test JVM; each accessor skips the calling test when they are absent.
 */
final class RealData {
    private static ListSnapshot lists;
    private static Screener screener;
    private static VesselData vessels;

    private RealData() {
    }

    static synchronized ListSnapshot lists() {
        List<Path> files = List.of(SharedData.require("lists/ofac/sdn.csv"), SharedData.require("lists/eu/32014R0833.csv"),
                SharedData.require("lists/uk/OFSI_ConList_2025-04-10.xlsx"), SharedData.require("lists/uk/FCDO_SL_Mon_Aug_11_2025.ods"));
        if (lists == null) {
            lists = ListLoader.load(files, LoadOptions.lenientDefaults()).snapshot();
        }
        return lists;
    }

    static synchronized Screener screener() {
        ListSnapshot l = lists();
        if (screener == null) {
            screener = Screeners.build(l, Algorithm.KORDON);
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
