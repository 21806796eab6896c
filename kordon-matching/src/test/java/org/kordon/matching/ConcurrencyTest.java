package org.kordon.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** A screener shared by threads answers as it does alone (the per-thread buffers do not leak between queries). */
class ConcurrencyTest {
    private static List<String> answers(Screener s, List<String> queries) {
        List<String> out = new ArrayList<>();
        for (String q : queries) {
            out.add(s.screen(Query.of(q), 0.3, 5).stream().map(m -> m.entity().id() + "=" + m.score()).toList().toString());
        }
        return out;
    }

    @Test
    void screen_fromFourThreads_sameAnswersAsSequential() throws Exception {
        List<String> queries = LabelledSet.load().rows().stream().map(LabelledSet.Row::query).toList();
        for (Algorithm a : Algorithm.values()) {
            Screener s = Screeners.build(Fixtures.LIST, a);
            List<String> expected = answers(s, queries);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<List<String>>> fs = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    fs.add(pool.submit(() -> {
                        List<String> last = null;
                        for (int round = 0; round < 5; round++) {
                            last = answers(s, queries);
                        }
                        return last;
                    }));
                }
                for (Future<List<String>> f : fs) {
                    assertThat(f.get()).as(a.name()).isEqualTo(expected);
                }
            } finally {
                pool.shutdown();
            }
        }
    }
}
