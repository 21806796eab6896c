package org.kordon.spark;

import org.apache.spark.broadcast.Broadcast;
import org.kordon.matching.Algorithm;
import org.kordon.matching.Screener;
import org.kordon.matching.Screeners;
import org.kordon.model.ListSnapshot;
import org.kordon.resolution.ResolvedScreener;
import org.kordon.resolution.Resolver;

/**
 * One built screener per executor JVM, for the list version of the running job: a {@link ResolvedScreener}, so that
 * a Spark run answers one result per resolved entity as {@code kordon screen} does.
 *
 * <p>The first task on an executor unpacks the broadcast list files, builds the index and resolves the listings
 * (the same deterministic resolution on every executor); every later task and partition of the same version reuses
 * it. A job on another version replaces it, so an executor holds one screener.
 */
final class ScreenerHolder {
    private static String version;
    private static ResolvedScreener screener;

    private ScreenerHolder() {
    }

    /** Builds the screener of {@code snapshot}: its names index, its resolution, the index over resolved entities. */
    static ResolvedScreener build(ListSnapshot snapshot) {
        Screener names = Screeners.build(snapshot, Algorithm.KORDON);
        return ResolvedScreener.build(snapshot, Resolver.resolve(snapshot, names), Algorithm.KORDON);
    }

    /** Installs a screener already built for {@code listVersion} (local mode: the driver's JVM is the executor). */
    static synchronized void put(String listVersion, ResolvedScreener built) {
        version = listVersion;
        screener = built;
    }

    static synchronized ResolvedScreener get(Broadcast<ListFiles> lists, String listVersion) {
        if (screener == null || !listVersion.equals(version)) {
            screener = null;
            screener = build(lists.value().load().snapshot());
            version = listVersion;
        }
        return screener;
    }
}
