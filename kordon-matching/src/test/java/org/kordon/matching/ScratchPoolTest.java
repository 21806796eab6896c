package org.kordon.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Screening memory does not grow with the threads that screen: a screener lends its index-sized scratch areas from
 * a pool of at most as many as there are cores (issue 24), and a thread that finds none free waits for one.
 */
class ScratchPoolTest {
    @Test
    void take_noAreaFree_waitsForTheOneGivenBack() throws Exception {
        AtomicInteger made = new AtomicInteger();
        ScratchPool<int[]> pool = new ScratchPool<>(1, () -> new int[] {made.incrementAndGet()});
        int[] first = pool.take();
        CountDownLatch taken = new CountDownLatch(1);
        Thread other = new Thread(() -> {
            pool.give(pool.take());
            taken.countDown();
        });
        other.start();
        assertThat(taken.await(200, TimeUnit.MILLISECONDS)).as("no second area is made beyond the capacity").isFalse();
        pool.give(first);
        assertThat(taken.await(10, TimeUnit.SECONDS)).isTrue();
        other.join();
        assertThat(made.get()).isEqualTo(1);
        assertThat(pool.made()).isEqualTo(1);
    }

    @Test
    void take_areaCannotBeMade_leavesItsPlaceFree() {
        AtomicInteger calls = new AtomicInteger();
        ScratchPool<int[]> pool = new ScratchPool<>(1, () -> {
            if (calls.incrementAndGet() == 1) {
                throw new OutOfMemoryError("Java heap space");
            }
            return new int[1];
        });
        assertThatThrownBy(pool::take).isInstanceOf(OutOfMemoryError.class);
        assertThat(pool.take()).hasSize(1); // made on the second try, not waited for forever
    }

    @Test
    void newPool_withoutArea_isRefused() {
        assertThatThrownBy(() -> new ScratchPool<>(0, () -> new int[1])).hasMessageContaining("at least one area, got 0");
    }

    @Test
    void screen_fromManyMoreThreadsThanCores_makesAtMostOneAreaPerCore_sameResults() throws Exception {
        KordonScreener s = (KordonScreener) Screeners.build(Fixtures.LIST, Algorithm.KORDON);
        List<String> names = List.of("Vladimir Putin", "Sberbank", "Kim Jong Un", "Abramovich Roman", "Igor Sechin");
        List<List<Match>> expected = new ArrayList<>();
        for (String n : names) {
            expected.add(s.screen(Query.of(n), Screeners.DEFAULT_THRESHOLD, 5));
        }
        int threads = 4 * ScratchPool.defaultCapacity() + 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Boolean>> all = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                all.add(pool.submit(() -> {
                    for (int round = 0; round < 50; round++) {
                        for (int k = 0; k < names.size(); k++) {
                            if (!s.screen(Query.of(names.get(k)), Screeners.DEFAULT_THRESHOLD, 5).equals(expected.get(k))) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : all) {
                assertThat(f.get(60, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(s.scratchAreas()).isBetween(1, ScratchPool.defaultCapacity());
    }
}
