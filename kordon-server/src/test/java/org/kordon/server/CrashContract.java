package org.kordon.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 201 is a promise: killing the server with SIGKILL in the middle of a stream of decisions loses none that were
 * answered 201, and no decision id is issued twice. Run against each database ({@link CrashH2Test},
 * {@link CrashPostgresTest}); the server runs in a JVM of its own ({@link ServerProcess}), the database is only
 * reopened, never repaired.
 *
 * <p>The stream: {@value #CLIENTS} clients over real HTTP, each on its own alerts, escalating each alert 0 to
 * {@value #MAX_ESCALATIONS} times and then deciding it true match or false positive (an escalation keeps the alert pending, so a few hundred
 * alerts carry thousands of decisions). The kill comes once {@value #KILL_AFTER_ACKS} decisions were acknowledged
 * (or after {@value #MAX_STREAM_MILLIS} ms) while every client is still sending.
 */
abstract class CrashContract {
    static final int SUBJECTS = 240;
    static final int CLIENTS = 8;
    static final int MAX_ESCALATIONS = 7;
    static final int KILL_AFTER_ACKS = 500;
    static final long MAX_STREAM_MILLIS = 4000;

    @TempDir
    Path dir;

    /** A JDBC URL of a new, empty database that a second JVM can open. */
    abstract String newDatabaseUrl();

    /** A decision answered 201. */
    record Ack(long decisionId, long alertId, String outcome) {
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void sigkill_duringDecisionStream_everyAcknowledgedDecisionSurvives_noIdReused() throws Exception {
        String url = newDatabaseUrl();
        List<Long> alerts;
        ConcurrentLinkedQueue<Ack> acks = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> refused = new ConcurrentLinkedQueue<>();
        int sendingAtKill;
        try (ServerProcess first = ServerProcess.start(url, dir.resolve("first"))) {
            Http http = Http.of(first.url());
            alerts = openAlerts(http, SUBJECTS);
            AtomicInteger done = new AtomicInteger();
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                List<Long> mine = new ArrayList<>();
                for (int i = c; i < alerts.size(); i += CLIENTS) {
                    mine.add(alerts.get(i));
                }
                int seed = c;
                clients.add(Thread.ofPlatform().start(() -> {
                    if (stream(http, mine, new Random(seed), acks, refused)) {
                        done.incrementAndGet();
                    }
                }));
            }
            long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MAX_STREAM_MILLIS);
            while (acks.size() < KILL_AFTER_ACKS && System.nanoTime() < end && done.get() == 0) {
                Thread.sleep(2);
            }
            sendingAtKill = CLIENTS - done.get();
            first.kill();
            for (Thread t : clients) {
                t.join(TimeUnit.SECONDS.toMillis(30));
            }
        }
        assertThat(refused).as("answers other than 201 before the kill").isEmpty();
        assertThat(sendingAtKill).as("clients still sending decisions when the server was killed").isEqualTo(CLIENTS);
        assertThat(acks).as("decisions acknowledged before the kill").hasSizeGreaterThan(100);

        try (ServerProcess second = ServerProcess.start(url, dir.resolve("second"))) {
            Http http = Http.of(second.url());
            Map<Long, List<Ack>> byAlert = acks.stream().collect(Collectors.groupingBy(Ack::alertId));
            List<String> lost = new ArrayList<>();
            for (Map.Entry<Long, List<Ack>> e : byAlert.entrySet()) {
                JsonNode detail = http.get("/alerts/" + e.getKey()).json();
                Map<Long, String> stored = new HashMap<>();
                for (JsonNode d : detail.path("decisions")) {
                    assertThat(d.path("alertId").asLong()).isEqualTo(e.getKey());
                    stored.put(d.path("id").asLong(), d.path("outcome").asText());
                }
                String status = detail.path("alert").path("status").asText();
                for (Ack a : e.getValue()) {
                    if (!a.outcome().equals(stored.get(a.decisionId()))) {
                        lost.add("decision " + a.decisionId() + " (" + a.outcome() + " on alert " + a.alertId() + ") is "
                                + (stored.containsKey(a.decisionId()) ? stored.get(a.decisionId()) : "missing"));
                    }
                    if (!a.outcome().equals("escalated") && !status.equals(a.outcome())) {
                        lost.add("alert " + a.alertId() + " is " + status + " after a " + a.outcome() + " decision was acknowledged");
                    }
                }
                if (status.equals("open")) {
                    lost.add("alert " + e.getKey() + " is open again after " + e.getValue().size() + " acknowledged decision(s)");
                }
            }
            assertThat(lost).as("%d acknowledged decisions on %d alerts, lost or changed after SIGKILL", acks.size(), byAlert.size())
                    .isEmpty();
            assertThat(http.get("/alerts?limit=1").json().path("total").asInt()).as("alerts of the acknowledged screenings")
                    .isEqualTo(SUBJECTS);

            long lastAcknowledged = acks.stream().mapToLong(Ack::decisionId).max().orElseThrow();
            List<Long> stillOpen = new ArrayList<>();
            http.get("/alerts?status=open&limit=5").json().path("results").forEach(r -> stillOpen.add(r.path("id").asLong()));
            assertThat(stillOpen).as("alerts left open for decisions after the restart").isNotEmpty();
            for (long alert : stillOpen) {
                Http.Answer a = decide(http, alert, "escalated");
                assertThat(a.status()).as(a.body()).isEqualTo(201);
                assertThat(a.json().path("id").asLong()).as("id of a decision after the restart").isGreaterThan(lastAcknowledged);
            }
        }
    }

    /** Screens {@code n} subjects named as a listed person, 100 per request; the ids of the alerts they open. */
    static List<Long> openAlerts(Http http, int n) {
        List<Long> ids = new ArrayList<>();
        for (int from = 0; from < n; from += 100) {
            StringBuilder body = new StringBuilder("{\"subjects\":[");
            for (int i = from; i < Math.min(n, from + 100); i++) {
                body.append(i == from ? "" : ",").append("{\"id\":\"S-").append(i).append("\",\"name\":\"Vladimir Putin\",\"schema\":\"Person\"}");
            }
            Http.Answer a = http.post("/screen/batch", body.append("]}").toString());
            assertThat(a.status()).as(a.body()).isEqualTo(200);
            for (JsonNode r : a.json().path("results")) {
                r.path("opened").forEach(o -> ids.add(o.path("id").asLong()));
            }
        }
        assertThat(ids).hasSize(n);
        return ids;
    }

    static Http.Answer decide(Http http, long alert, String outcome) {
        return http.post("/alerts/" + alert + "/decisions",
                "{\"outcome\":\"" + outcome + "\",\"analyst\":\"crash-test\",\"reason\":\"stream before SIGKILL\"}");
    }

    /**
     * Decides {@code alerts} in turn until they are all decided (true) or the server is gone (false), recording each
     * 201 in {@code acks} and any other answer in {@code refused}.
     */
    private static boolean stream(Http http, List<Long> alerts, Random random, ConcurrentLinkedQueue<Ack> acks,
                                  ConcurrentLinkedQueue<String> refused) {
        for (long alert : alerts) {
            int escalations = random.nextInt(MAX_ESCALATIONS + 1);
            for (int i = 0; i <= escalations; i++) {
                String outcome = i < escalations ? "escalated" : random.nextBoolean() ? "true_match" : "false_positive";
                Http.Answer a;
                try {
                    a = decide(http, alert, outcome);
                } catch (UncheckedIOException e) {
                    return false;
                }
                if (a.status() == 201) {
                    acks.add(new Ack(a.json().path("id").asLong(), alert, outcome));
                } else {
                    refused.add(a.status() + " " + a.body());
                }
            }
        }
        return true;
    }
}
