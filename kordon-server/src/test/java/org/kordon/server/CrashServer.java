package org.kordon.server;

import org.kordon.review.Fixtures;
import org.kordon.review.Workflow;
import org.kordon.store.Store;

/**
 * A Kordon server in a JVM of its own, for tests that kill it with SIGKILL ({@link ServerProcess}).
 *
 * <pre>
 * java -cp &lt;test class path&gt; org.kordon.server.CrashServer 'jdbc:h2:file:/tmp/x/kordon;DB_CLOSE_ON_EXIT=FALSE'
 * ready http://127.0.0.1:41234
 * </pre>
 *
 * <p>Opens the store at the URL exactly as {@code kordon serve --db} does ({@link Store#open}), with the lists of
 * {@link Fixtures#v1()}, serves on a free port of 127.0.0.1 without API keys, prints {@code ready <url>} and runs
 * until killed.
 */
final class CrashServer {
    private CrashServer() {
    }

    public static void main(String[] args) throws InterruptedException {
        Store store = Store.open(args[0]);
        Workflow wf = Workflow.open(store, Fixtures.v1(), 0.78);
        KordonServer server = KordonServer.start(ServerConfig.defaults().withPort(0), wf, null, Features.standard());
        System.out.println("ready " + server.url());
        System.out.flush();
        Thread.currentThread().join();
    }
}
