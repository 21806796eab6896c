package org.kordon.spark;

import org.apache.spark.broadcast.Broadcast;
import org.kordon.matching.Algorithm;
import org.kordon.matching.Screener;
import org.kordon.matching.Screeners;

/**
 * One built screener per executor JVM, for the list version of the running job.
 *
 * <p>The first task on an executor unpacks the broadcast list files and builds the index; every later task and
 * partition of the same version reuses it. A job on another version replaces it, so an executor holds one index.
 */
final class ScreenerHolder {
    private static String version;
    private static Screener screener;

    private ScreenerHolder() {
    }

    /** Installs a screener already built for {@code listVersion} (local mode: the driver's JVM is the executor). */
    static synchronized void put(String listVersion, Screener built) {
        version = listVersion;
        screener = built;
    }

    static synchronized Screener get(Broadcast<ListFiles> lists, String listVersion) {
        if (screener == null || !listVersion.equals(version)) {
            screener = null;
            screener = Screeners.build(lists.value().load().snapshot(), Algorithm.KORDON);
            version = listVersion;
        }
        return screener;
    }
}
