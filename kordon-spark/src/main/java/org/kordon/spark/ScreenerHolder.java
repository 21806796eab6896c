package org.kordon.spark;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.broadcast.Broadcast;
import org.kordon.matching.Algorithm;
import org.kordon.matching.Screeners;
import org.kordon.model.ListSnapshot;
import org.kordon.resolution.Resolution;
import org.kordon.resolution.ResolvedScreener;
import org.kordon.resolution.Resolver;

/**
 * One built screener per executor JVM, for the list version of the running job: a {@link ResolvedScreener}, so that
 * a Spark run answers one result per resolved entity as {@code kordon screen} does.
 *
 * <p>The driver resolves the listings once ({@link #resolve}) and broadcasts the resolution's links
 * ({@link ResolutionLinks}). The first task on an executor unpacks the broadcast list files, rebuilds the driver's
 * resolution from those links ({@link Resolution#of}: no names index, no name screened) and builds the index over
 * resolved entities; every later task and partition of the same version reuses it. A job on another version replaces
 * it, so an executor holds one screener.
 */
final class ScreenerHolder {
    /** How often this JVM resolved listings ({@link #resolve}): on the driver only, once per job. */
    static final AtomicInteger RESOLVED = new AtomicInteger();
    /** How often this JVM built a screener from a broadcast resolution ({@link #get}): once per executor and version. */
    static final AtomicInteger REBUILT = new AtomicInteger();

    private static String version;
    private static ResolvedScreener screener;

    private ScreenerHolder() {
    }

    /** Resolves the listings of {@code snapshot} as {@code kordon screen} does: builds a names index and resolves with it. */
    static Resolution resolve(ListSnapshot snapshot) {
        RESOLVED.incrementAndGet();
        return Resolver.resolve(snapshot, Screeners.build(snapshot, Algorithm.KORDON));
    }

    /** Builds the screener of {@code snapshot}: its resolution ({@link #resolve}), then the index over resolved entities. */
    static ResolvedScreener build(ListSnapshot snapshot) {
        return build(snapshot, resolve(snapshot));
    }

    /** Builds the index over the entities of {@code resolution}, a resolution of {@code snapshot}. */
    static ResolvedScreener build(ListSnapshot snapshot, Resolution resolution) {
        return ResolvedScreener.build(snapshot, resolution, Algorithm.KORDON);
    }

    /** Installs a screener already built for {@code listVersion} (local mode: the driver's JVM is the executor). */
    static synchronized void put(String listVersion, ResolvedScreener built) {
        version = listVersion;
        screener = built;
    }

    /** Forgets the screener held, as a fresh executor JVM has none (tests of the executor path in local mode). */
    static synchronized void clear() {
        version = null;
        screener = null;
    }

    /** The screener held for {@code listVersion}, if any. */
    static synchronized Optional<ResolvedScreener> held(String listVersion) {
        return listVersion.equals(version) ? Optional.ofNullable(screener) : Optional.empty();
    }

    /**
     * The screener of {@code listVersion}: the one held, else one built from the broadcast list files and the driver's
     * broadcast resolution, never resolving again.
     */
    static synchronized ResolvedScreener get(Broadcast<ListFiles> lists, Broadcast<ResolutionLinks> links, String listVersion) {
        if (screener == null || !listVersion.equals(version)) {
            screener = null;
            ListSnapshot snapshot = lists.value().load().snapshot();
            screener = build(snapshot, links.value().resolution(snapshot));
            REBUILT.incrementAndGet();
            version = listVersion;
        }
        return screener;
    }
}
