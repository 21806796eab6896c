package org.kordon.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.kordon.review.Fixtures;
import org.kordon.review.Workflow;
import org.kordon.store.EmbeddedPg;
import org.kordon.store.Store;

/**
 * Two Kordon servers on one PostgreSQL database, each with its own store and workflow as two deployments would have,
 * racing over real HTTP: the database, not a JVM's memory, keeps one final decision per alert and one pending alert
 * per subject and listed entity.
 */
class TwoServersPostgresTest {
    static final int ALERTS = 40;

    private final List<AutoCloseable> open = new ArrayList<>();
    private Http a;
    private Http b;

    @BeforeEach
    void start() {
        String url = EmbeddedPg.newDatabase();
        a = Http.of(server(url).url());
        b = Http.of(server(url).url());
    }

    private KordonServer server(String url) {
        Store store = Store.open(url);
        open.add(store);
        KordonServer s = KordonServer.start(ServerConfig.defaults().withPort(0), Workflow.open(store, Fixtures.v1(), 0.78), null,
                Features.standard());
        open.add(0, s);
        return s;
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void decide_sameAlertOnBothServersAtOnce_oneFinalDecision_loser409() throws Exception {
        List<Long> alerts = CrashContract.openAlerts(a, ALERTS);

        for (long alert : alerts) {
            List<Http.Answer> answers = race(() -> decide(a, alert, "true_match"), () -> decide(b, alert, "false_positive"));

            assertThat(answers).extracting(Http.Answer::status).as("alert %d: %s", alert, answers).containsExactlyInAnyOrder(201, 409);
            Http.Answer won = answers.stream().filter(x -> x.status() == 201).findFirst().orElseThrow();
            Http.Answer lost = answers.stream().filter(x -> x.status() == 409).findFirst().orElseThrow();
            assertThat(lost.json().path("detail").asText()).contains("decisions are final");
            String outcome = won.json().path("outcome").asText();
            for (Http http : List.of(a, b)) {
                JsonNode detail = http.get("/alerts/" + alert).json();
                assertThat(detail.path("decisions")).singleElement()
                        .satisfies(d -> assertThat(d.path("id").asLong()).isEqualTo(won.json().path("id").asLong()));
                assertThat(detail.path("alert").path("status").asText()).isEqualTo(outcome);
            }
        }
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void screen_sameSubjectOnBothServersAtOnce_onePendingAlert() throws Exception {
        for (int i = 0; i < ALERTS; i++) {
            String body = "{\"id\":\"T-" + i + "\",\"name\":\"Vladimir Putin\",\"schema\":\"Person\"}";
            List<Http.Answer> answers = race(() -> a.post("/screen", body), () -> b.post("/screen", body));

            assertThat(answers).extracting(Http.Answer::status).as("%s", answers).containsExactly(200, 200);
            assertThat(answers).extracting(x -> x.json().path("opened").size()).containsExactlyInAnyOrder(0, 1);
            assertThat(a.get("/alerts?subject=T-" + i).json().path("total").asInt()).isEqualTo(1);
        }
    }

    private static Http.Answer decide(Http http, long alert, String outcome) {
        return http.post("/alerts/" + alert + "/decisions", "{\"outcome\":\"" + outcome + "\",\"analyst\":\"anna\",\"reason\":\"race\"}");
    }

    /** Sends both at the same moment (as far as threads allow). */
    private static List<Http.Answer> race(Callable<Http.Answer> first, Callable<Http.Answer> second) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Http.Answer>> futures = new ArrayList<>();
            for (Callable<Http.Answer> c : List.of(first, second)) {
                futures.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return c.call();
                }));
            }
            List<Http.Answer> out = new ArrayList<>();
            for (Future<Http.Answer> f : futures) {
                out.add(f.get(30, TimeUnit.SECONDS));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
