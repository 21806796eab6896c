package org.kordon.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kordon.review.Fixtures;
import org.kordon.review.Workflow;
import org.kordon.store.Store;

/**
 * The server's worker pool is sized from the cores, in one place ({@link ServerConfig#defaultWorkerThreads}),
 * and bounds the threads that serve requests however many clients come at once (issue 24: before, Jetty's 200).
 */
class WorkerThreadsTest {
    @TempDir
    Path dir;

    @Test
    void defaults_workerThreads_fourPerCoreSixteenAtLeast() {
        int cores = Runtime.getRuntime().availableProcessors();
        assertThat(ServerConfig.defaults().workerThreads()).isEqualTo(Math.max(16, 4 * cores));
    }

    @Test
    void withWorkerThreads_fewerThanJettyNeeds_isRefusedNamingTheValue() {
        assertThatThrownBy(() -> ServerConfig.defaults().withWorkerThreads(4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("workerThreads must be at least 8, got 4");
    }

    @Test
    void serve_fortyClientsAtOnce_useNoMoreThreadsThanConfigured() throws Exception {
        Store store = Store.open(Store.h2Url(dir.resolve("db").resolve("kordon")));
        Workflow wf = Workflow.open(store, Fixtures.v1(), 0.78);
        ExecutorService clients = Executors.newFixedThreadPool(40);
        try (KordonServer server = KordonServer.start(ServerConfig.defaults().withPort(0).withWorkerThreads(10), wf,
                null, Features.standard())) {
            Http http = Http.of(server.url());
            String body = "{\"queries\":{\"q\":{\"schema\":\"Person\",\"properties\":{\"name\":[\"Vladimir Putin\"]}}}}";
            List<Future<Integer>> answers = new ArrayList<>();
            for (int c = 0; c < 40; c++) {
                answers.add(clients.submit(() -> {
                    int ok = 0;
                    for (int k = 0; k < 5; k++) {
                        ok += http.post("/match/default", body).status() == 200 ? 1 : 0;
                    }
                    return ok;
                }));
            }
            int ok = 0;
            for (Future<Integer> a : answers) {
                ok += a.get(60, TimeUnit.SECONDS);
            }
            assertThat(ok).as("every request answered").isEqualTo(200);
            long serving = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().startsWith("kordon-http")).count();
            assertThat(serving).isBetween(1L, 10L);
        } finally {
            clients.shutdownNow();
            store.close();
        }
    }
}
