package org.kordon.matching;

import java.util.List;

/**
 * Screens queries against a list snapshot fixed when the screener was built.
 *
 * <p>{@code screener.screen(Query.of("Vladimir Putin"), Screeners.DEFAULT_THRESHOLD, 10)} returns at most ten
 * matches scoring at least the threshold, best first (ties by entity id). Implementations are thread-safe;
 * each thread that screens keeps its own buffers, about 25 bytes per listed name (2.5 MB per thread for
 * 100,000 names), for as long as the screener lives: screen from a bounded pool of threads.
 */
public interface Screener {
    /**
     * Screens one query: the listed entities that score at least {@code threshold}, best first, at most {@code top}.
     *
     * @param threshold the lowest score returned, in [0,1]
     * @param top       the most matches returned; at least 1
     * @throws IllegalArgumentException when threshold or top is out of range
     */
    List<Match> screen(Query query, double threshold, int top);
}
