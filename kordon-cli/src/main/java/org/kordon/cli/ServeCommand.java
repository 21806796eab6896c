package org.kordon.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.kordon.lists.ListFormat;
import org.kordon.lists.ListHealth;
import org.kordon.lists.ShrinkGuard;
import org.kordon.lists.SourceCounts;
import org.kordon.maritime.VesselData;
import org.kordon.matching.Screeners;
import org.kordon.resolution.ResolutionCache;
import org.kordon.review.Workflow;
import org.kordon.server.ApiKeys;
import org.kordon.server.Features;
import org.kordon.server.KordonServer;
import org.kordon.server.ServedLists;
import org.kordon.server.ServerConfig;
import org.kordon.store.Store;
import org.kordon.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kordon serve}: the REST service with its review workflow on the embedded database or PostgreSQL. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Start the screening service (REST API, review workflow, delta re-screening).",
        footer = {"", "Examples:",
                "  kordon serve                                  # port 8080, H2 file ~/.kordon/db/kordon.mv.db",
                "  kordon serve --port 9000 --list data/ofac data/un",
                "  kordon serve --vessel-data ../shared/data/maritime/ftm-shadowfleet   # histories for GET /vessels/{imo}",
                "  kordon serve --stakes stakes.csv --listed listed.csv   # ownership alerts with the path; re-read on POST /lists/reload",
                "  kordon serve --db 'jdbc:postgresql://db:5432/kordon?user=kordon&password=secret' --api-keys keys.txt",
                "  kordon serve --list data --max-list-age 36h --max-loss ofac-sdn=0.2   # with a daily 'kordon lists update'",
                "", "Lists are refused (exit 6; POST /lists/reload answers 409) when a source is empty or truncated, or lost",
                "more than --max-loss of its entities since the database's last list version (start) or the lists in force",
                "(reload); --force (start) or ?force=true (reload) accepts such a loss and records it. /health answers 503",
                "'degraded' and /readyz 503 when a configured source is missing, empty or older than --max-list-age.",
                "", "API keys (one per line, name:role:salt:sha256(salt+key), role read, write or act-for) come from",
                "--api-keys or $KORDON_API_KEYS; the key's name is recorded as principal of every write, and a decision's",
                "analyst is the key's name unless the role is act-for. Without keys every endpoint is open and writes are",
                "recorded as principal 'anonymous', so keep --host 127.0.0.1. Audit trail: kordon audit verify.",
                "The API is described at /openapi.yaml."})
final class ServeCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin ListOptions lists;

    @Mixin VesselsCommand.VesselDataOption vesselData;

    @Mixin StakesOption stakes;

    @Option(names = {"-p", "--port"}, paramLabel = "<port>", description = "Port (default ${DEFAULT-VALUE}; 0 for any free port).")
    int port = 8080;

    @Option(names = "--host", paramLabel = "<address>", description = "Address to bind (default ${DEFAULT-VALUE}).")
    String host = "127.0.0.1";

    @Option(names = "--db", paramLabel = "<jdbc-url>",
            description = "Database: jdbc:h2:file:... or jdbc:postgresql://host/db?user=..&password=.. (default: H2 file ~/.kordon/db/kordon).")
    String db;

    @Option(names = "--api-keys", paramLabel = "<file>", description = "API key file (default: $KORDON_API_KEYS, else no keys).")
    Path apiKeys;

    @Option(names = "--threshold", paramLabel = "<score>", description = "Alert threshold (default ${DEFAULT-VALUE}).")
    double threshold = Screeners.DEFAULT_THRESHOLD;

    @Option(names = "--max-loss", paramLabel = "<[list=]share>",
            description = "Share of its entities a list may lose since the database's last list version (start) or the "
                    + "lists in force (POST /lists/reload) before new lists are refused: 0.15 or 15% for every list, "
                    + "ofac-sdn=0.2 for one (names as in 'kordon lists stats' sources); repeatable (default 0.10).")
    List<String> maxLoss = new ArrayList<>();

    @Option(names = "--max-list-age", paramLabel = "<age>", defaultValue = "7d",
            description = "/health and /readyz answer 503 when a list is older than this: e.g. 36h, 7d, or off. A list's "
                    + "age runs from the later of its publication date and the last time 'kordon lists update' found it "
                    + "current, else from the file's modification time (default: ${DEFAULT-VALUE}).")
    String maxListAge;

    @Option(names = "--check", description = "Start, answer one /health request, stop: checks the database, lists and port "
            + "(exit 6 when /health reports the lists degraded).")
    boolean check;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            throw new UserException(ExitCode.USAGE, "--port must be 0 to 65535, got " + port);
        }
        if (!(threshold > 0 && threshold <= 1)) {
            throw new UserException(ExitCode.USAGE, "--threshold must be in (0,1], got " + threshold);
        }
        ShrinkGuard guard = ListsCommand.maxLossGuard(maxLoss, null);
        Duration maxAge = maxAge(maxListAge);
        ApiKeys keys = keys();
        java.util.function.Supplier<Workflow.Stakes> stakeSource = stakes.workflowStakes(err);
        VesselData vessels = vesselData.load(err);
        String url = db == null ? Store.defaultUrl() : db;
        Store store = openStore(url);
        ServedLists served;
        ServedLists.Candidate first;
        ResolutionCache resolutions;
        try {
            List<Path> paths = lists.paths(err);
            // a load with --format or --lenient could give other listings from the same bytes: resolved afresh
            resolutions = lists.format == null && !lists.lenient ? new ResolutionCache(lists.cacheDir(paths)) : null;
            ListFormat format = lists.format == null ? null : ListOptions.parseFormat(lists.format);
            served = ServedLists.of(paths, format, () -> lists.load(paths, err), guard, maxAge);
            first = served.load();
            checkNamed(guard, first);
            // before Workflow.open records anything: lists that lost too much since the last recorded version would
            // close every alert on the entities they dropped
            first = served.guardAgainstRecorded(store, first, lists.force, "kordon serve --force",
                    "start with --force to accept it, or raise --max-loss", line -> err.println("kordon: --force: " + line));
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        KordonServer server;
        try {
            Workflow wf = Workflow.open(store, first.load(), threshold, resolutions, err::println);
            served.inForce(first.files());
            if (stakeSource != null) {
                useStakes(wf, stakeSource, err);
            }
            err.printf(Locale.ROOT, "kordon: database %s (%s), list version %d, %,d subjects%n", Store.redact(url), store.vendor(),
                    wf.version().id(), store.countSubjects());
            ServerConfig cfg = ServerConfig.defaults().withHost(host).withPort(port).withApiKeys(keys);
            server = KordonServer.serve(cfg, wf, served, Features.standard(wf, vessels));
            ListHealth health = served.health(wf.snapshot(), java.time.Instant.now());
            if (!health.healthy()) {
                err.println("kordon: /health and /readyz answer 503 (degraded): " + String.join("; ", health.problems()));
            }
        } catch (RuntimeException e) {
            store.close();
            if (e.getClass().getSimpleName().contains("Bind") || String.valueOf(e.getMessage()).contains("ddress already in use")) {
                throw new UserException(ExitCode.IO_ERROR, "cannot listen on " + host + ":" + port + ": address in use (choose another --port)");
            }
            throw e;
        }
        out.println("kordon: serving on " + server.url() + " (API description " + server.url() + "/openapi.yaml)"
                + (keys.isEmpty() ? "; no API keys: every endpoint is open, writes recorded as principal 'anonymous'" : "; " + keys.size() + " API key(s)"));
        out.println(check ? "kordon: --check: stopping" : "kordon: press Ctrl-C to stop");
        out.flush();
        if (check) {
            int status = health(server.url());
            server.close();
            store.close();
            out.println("kordon: /health answered " + status);
            return status == 200 ? ExitCode.OK : status == 503 ? ExitCode.UNTRUSTED_LISTS : ExitCode.IO_ERROR;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        KordonServer s = server;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            s.close();
            store.close();
            stopped.countDown();
        }, "kordon-stop"));
        stopped.await();
        return ExitCode.OK;
    }

    /** {@code --max-list-age}: an age, or {@code off} (null: no limit). */
    static Duration maxAge(String text) {
        if (text == null || text.strip().equalsIgnoreCase("off")) {
            return null;
        }
        try {
            return ListHealth.parseAge(text);
        } catch (IllegalArgumentException e) {
            throw new UserException(ExitCode.USAGE, "--max-list-age: " + e.getMessage() + " or off");
        }
    }

    /** A --max-loss setting must name a list that is loaded: a misspelt name would silently leave the default in force. */
    private static void checkNamed(ShrinkGuard guard, ServedLists.Candidate c) {
        java.util.Set<String> loaded = SourceCounts.of(c.load().snapshot()).counts().keySet();
        for (String name : guard.maxLoss().keySet()) {
            if (!loaded.contains(name)) {
                throw new UserException(ExitCode.USAGE, "--max-loss: no list loaded is called '" + name + "' (loaded: "
                        + String.join(", ", loaded) + ")");
            }
        }
    }

    private static void useStakes(Workflow wf, java.util.function.Supplier<Workflow.Stakes> source, PrintWriter err) {
        try {
            Workflow.Delta d = wf.useStakes(source, "kordon");
            err.printf(Locale.ROOT, "kordon: ownership alerts on; %,d subjects in the graph re-screened, %,d alerts opened%n",
                    d.rescreened(), d.opened());
        } catch (IllegalArgumentException e) {
            if (e.getCause() instanceof UserException u) {
                throw u;
            }
            throw new UserException(ExitCode.BAD_INPUT, e.getMessage());
        }
    }

    private ApiKeys keys() {
        try {
            if (apiKeys != null) {
                return ApiKeys.load(apiKeys);
            }
            String env = System.getenv("KORDON_API_KEYS");
            return env == null || env.isBlank() ? ApiKeys.none() : ApiKeys.parse(env.replaceAll("\\s+", "\n"), "$KORDON_API_KEYS");
        } catch (NoSuchFileException e) {
            throw new UserException(ExitCode.IO_ERROR, "cannot read " + apiKeys + ": no such file");
        } catch (IOException e) {
            throw new UserException(ExitCode.IO_ERROR, "cannot read " + apiKeys + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new UserException(ExitCode.BAD_INPUT, e.getMessage());
        }
    }

    private static Store openStore(String url) {
        try {
            return Store.open(url);
        } catch (IllegalArgumentException e) {
            throw new UserException(ExitCode.USAGE, "--db: " + e.getMessage());
        } catch (StoreException e) {
            throw new UserException(ExitCode.IO_ERROR, e.getMessage());
        }
    }

    private static int health(String base) throws IOException, InterruptedException {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        return r.statusCode();
    }
}
