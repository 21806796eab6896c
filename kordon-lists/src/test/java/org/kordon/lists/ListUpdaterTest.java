package org.kordon.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `kordon lists update` against a local HTTP server serving fixture files (there is no internet here). */
class ListUpdaterTest {
    @TempDir Path data;
    private HttpServer server;
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final List<String> log = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Released when a test is done with a stalling handler. */
    private final java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.createContext("/", ex -> {
            byte[] body = files.get(ex.getRequestURI().getPath());
            ex.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
            if (body != null) {
                try (OutputStream o = ex.getResponseBody()) {
                    o.write(body);
                }
            }
            ex.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = ListUpdaterTest.class.getResourceAsStream("/fixtures/update/" + name)) {
            return in.readAllBytes();
        }
    }

    private ListUpdater.Source un() {
        URI u = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/un.xml");
        return new ListUpdater.Source("un", ListFormat.UN_XML, List.of(new ListUpdater.Download("UN_consolidated.xml", u)));
    }

    private ListUpdater updater() {
        return new ListUpdater(data, Duration.ofSeconds(5), log::add);
    }

    private int loadedCount() {
        return ListLoader.load(List.of(data), LoadOptions.defaults()).snapshot().size();
    }

    @Test
    void update_goodFile_becomesCurrentAndLoads() throws IOException {
        files.put("/un.xml", fixture("un-v1.xml"));
        ListUpdater.Result r = updater().update(un());
        assertThat(r.entities()).isEqualTo(3);
        assertThat(Files.isSymbolicLink(data.resolve("un/current"))).isTrue();
        assertThat(Files.readString(data.resolve("un/current/SHA256")).strip()).isEqualTo(r.sha256());
        assertThat(loadedCount()).isEqualTo(3);
    }

    @Test
    void update_newVersion_replacesCurrentAndKeepsPrevious() throws IOException {
        files.put("/un.xml", fixture("un-v1.xml"));
        ListUpdater.Result first = updater().update(un());
        files.put("/un.xml", fixture("un-v2.xml"));
        ListUpdater.Result second = updater().update(un());
        assertThat(second.entities()).isEqualTo(4);
        assertThat(loadedCount()).isEqualTo(4);
        assertThat(Files.isDirectory(first.versionDir())).as("previous version kept").isTrue();
    }

    @Test
    void update_sameFileTwice_isUnchanged() throws IOException {
        files.put("/un.xml", fixture("un-v1.xml"));
        updater().update(un());
        assertThat(updater().update(un()).unchanged()).isTrue();
    }

    @Test
    void update_truncatedDownload_keepsLastGoodVersion() throws IOException {
        files.put("/un.xml", fixture("un-v1.xml"));
        updater().update(un());
        byte[] good = fixture("un-v2.xml");
        files.put("/un.xml", java.util.Arrays.copyOf(good, good.length / 2));
        assertThatThrownBy(() -> updater().update(un())).isInstanceOf(ListFormatException.class);
        assertThat(loadedCount()).isEqualTo(3);
        try (var s = Files.list(data.resolve("un"))) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".download-"));
        }
    }

    @Test
    void update_http404_failsAndKeepsLastGoodVersion() throws IOException {
        files.put("/un.xml", fixture("un-v1.xml"));
        updater().update(un());
        files.remove("/un.xml");
        assertThatThrownBy(() -> updater().update(un())).isInstanceOf(IOException.class).hasMessageContaining("HTTP 404");
        assertThat(loadedCount()).isEqualTo(3);
    }

    @Test
    void officialSources_areListedWithFormats() {
        assertThat(ListUpdater.officialSources()).extracting(ListUpdater.Source::name)
                .contains("ofac-sdn", "ofac-cons", "un", "eu-fsf", "uk-ofsi");
        assertThat(ListUpdater.officialSources().get(0).files()).hasSize(4);
    }

    @Test
    void officialSources_carryTheMaxLossOfTheirRow() {
        assertThat(ListUpdater.officialSources()).extracting(ListUpdater.Source::maxLoss).containsOnly(0.10);
    }

    // ------------------------------------------------------------------ fail closed: the shrink guard and end markers

    private static final List<String> OFAC_FILES = List.of("sdn.csv", "alt.csv", "add.csv", "sdn_comments.csv");

    private static byte[] ofacFixture(String name) throws IOException {
        try (InputStream in = ListUpdaterTest.class.getResourceAsStream("/fixtures/ofac-csv/" + name)) {
            return in.readAllBytes();
        }
    }

    /** Serves the OFAC fixture set (7 entities), with sdn.csv replaced by {@code sdn} when given. */
    private void serveOfac(byte[] sdn) throws IOException {
        for (String n : OFAC_FILES) {
            files.put("/ofac/" + n, ofacFixture(n));
        }
        if (sdn != null) {
            files.put("/ofac/sdn.csv", sdn);
        }
    }

    private ListUpdater.Source ofac() {
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/ofac/";
        return new ListUpdater.Source("ofac-sdn", ListFormat.OFAC_CSV,
                OFAC_FILES.stream().map(n -> new ListUpdater.Download(n, URI.create(base + n))).toList());
    }

    /** sdn.csv up to the end of its {@code lines}-th line, as a download that stopped at a line boundary. */
    private static byte[] sdnCut(int lines, boolean marker) throws IOException {
        byte[] sdn = ofacFixture("sdn.csv");
        int seen = 0;
        for (int i = 0; i < sdn.length; i++) {
            if (sdn[i] == '\n' && ++seen == lines) {
                byte[] out = java.util.Arrays.copyOf(sdn, i + (marker ? 2 : 1));
                if (marker) {
                    out[i + 1] = 0x1a;
                }
                return out;
            }
        }
        throw new IllegalArgumentException("fewer lines");
    }

    private Path currentTarget(String source) throws IOException {
        return data.resolve(source).resolve(Files.readSymbolicLink(data.resolve(source + "/current")));
    }

    private java.util.Properties version(Path dir) throws IOException {
        return ListUpdater.readVersion(dir);
    }

    private List<String> refusedFolders(String source) throws IOException {
        try (var s = Files.list(data.resolve(source))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".refused-")).toList();
        }
    }

    @Test
    void update_ofacSdnCutAtLineBoundary_refusedAsTruncated_currentUnchanged() throws IOException {
        serveOfac(null);
        Path good = updater().update(ofac()).versionDir();
        serveOfac(sdnCut(3, false));

        assertThatThrownBy(() -> updater().update(ofac()))
                .isInstanceOf(UntrustedListException.class)
                .hasMessageEndingWith("sdn.csv: no OFAC end marker (0x1A): the file is truncated");

        assertThat(currentTarget("ofac-sdn")).isEqualTo(good);
        assertThat(loadedCount()).isEqualTo(7);
        assertThat(refusedFolders("ofac-sdn")).singleElement().satisfies(n -> assertThat(
                Files.size(data.resolve("ofac-sdn").resolve(n).resolve("sdn.csv"))).isEqualTo(sdnCut(3, false).length));
        assertThat(log).anyMatch(l -> l.startsWith("ofac-sdn: the refused download is kept in ") && l.endsWith("; current is unchanged"));
    }

    @Test
    void update_ofacSdnLostMoreThanItsShare_refusedNamingBothCounts_currentUnchanged() throws IOException {
        serveOfac(null);
        Path good = updater().update(ofac()).versionDir();
        serveOfac(sdnCut(3, true));

        assertThatThrownBy(() -> updater().update(ofac()))
                .isInstanceOf(UntrustedListException.class)
                .hasMessageStartingWith("ofac-sdn lost 57.1% of its entities (7 -> 3; at most 10% allowed) since the current version "
                        + good.getFileName() + "; the download is kept in ")
                .hasMessageEndingWith(", current is unchanged; use --force to accept it");

        assertThat(currentTarget("ofac-sdn")).isEqualTo(good);
        assertThat(loadedCount()).isEqualTo(7);
        assertThat(refusedFolders("ofac-sdn")).hasSize(1);
    }

    @Test
    void update_lossForced_becomesCurrentSaysSoAndRecordsIt() throws IOException {
        serveOfac(null);
        updater().update(ofac());
        serveOfac(sdnCut(3, true));

        ListUpdater.Result r = updater().update(ofac(), true);

        assertThat(r.forced()).isTrue();
        assertThat(loadedCount()).isEqualTo(3);
        assertThat(version(r.versionDir()).getProperty("forced"))
                .startsWith("ofac-sdn lost 57.1% of its entities (7 -> 3; at most 10% allowed)");
        assertThat(log).anyMatch(l -> l.startsWith("ofac-sdn: --force: accepting the download although ofac-sdn lost 57.1%"));
    }

    @Test
    void update_lossWithinTheSourcesOwnShare_accepted() throws IOException {
        serveOfac(null);
        updater().update(ofac());
        serveOfac(sdnCut(3, true));

        ListUpdater.Result r = updater().update(ofac().withMaxLoss(0.6));

        assertThat(r.forced()).isFalse();
        assertThat(r.entities()).isEqualTo(3);
        assertThat(version(r.versionDir()).getProperty("previous-entities")).isEqualTo("7");
    }

    @Test
    void update_refusedTwice_keepsOnlyTheLatestRefusedDownload() throws IOException {
        serveOfac(null);
        updater().update(ofac());
        serveOfac(sdnCut(3, true));
        assertThatThrownBy(() -> updater().update(ofac())).isInstanceOf(UntrustedListException.class);
        serveOfac(sdnCut(2, true));
        assertThatThrownBy(() -> updater().update(ofac())).isInstanceOf(UntrustedListException.class);

        assertThat(refusedFolders("ofac-sdn")).hasSize(1);
    }

    @Test
    void update_emptyList_refusedEvenWhenForced() throws IOException {
        files.put("/un.xml", fixture("un-v1.xml"));
        updater().update(un());
        files.put("/un.xml", ("<?xml version=\"1.0\"?><CONSOLIDATED_LIST dateGenerated=\"2026-03-02T00:00:00Z\">"
                + "<INDIVIDUALS/><ENTITIES/></CONSOLIDATED_LIST>").getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThatThrownBy(() -> updater().update(un(), true))
                .isInstanceOf(UntrustedListException.class)
                .hasMessageContaining("(un-xml) has 0 entities");
        assertThat(loadedCount()).isEqualTo(3);
    }

    @Test
    void update_newVersion_writesVersionProperties() throws IOException {
        files.put("/un.xml", fixture("un-v1.xml"));
        ListUpdater.Result r = updater().update(un());

        java.util.Properties p = version(r.versionDir());
        assertThat(p.getProperty("entities")).isEqualTo("3");
        assertThat(p.getProperty("sha256")).isEqualTo(r.sha256());
        assertThat(p.getProperty("format")).isEqualTo("un-xml");
        assertThat(p.getProperty("url.UN_consolidated.xml")).isEqualTo(un().files().get(0).url().toString());
        assertThat(java.time.Instant.parse(p.getProperty("fetched-at"))).isEqualTo(java.time.Instant.parse(p.getProperty("checked-at")));
        try (var s = Files.list(r.versionDir())) {
            assertThat(s.map(f -> f.getFileName().toString())).noneMatch(n -> n.startsWith(".version-"));
        }
    }

    @Test
    void update_unchanged_refreshesCheckedAtOnly() throws IOException {
        files.put("/un.xml", fixture("un-v1.xml"));
        ListUpdater.Result first = updater().update(un());
        java.util.Properties p = version(first.versionDir());
        p.setProperty("checked-at", "2020-01-01T00:00:00Z");
        try (var out = Files.newOutputStream(first.versionDir().resolve(ListUpdater.VERSION_FILE))) {
            p.store(out, null);
        }

        ListUpdater.Result again = updater().update(un());

        assertThat(again.unchanged()).isTrue();
        assertThat(again.entities()).isEqualTo(3);
        java.util.Properties after = version(first.versionDir());
        assertThat(java.time.Instant.parse(after.getProperty("checked-at"))).isAfter(java.time.Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(after.getProperty("fetched-at")).isEqualTo(p.getProperty("fetched-at"));
    }

    @Test
    void update_currentOfAnOlderKordonWithoutVersionProperties_isCountedByParsing() throws IOException {
        files.put("/un.xml", fixture("un-v2.xml"));
        Path v2 = updater().update(un()).versionDir();
        Files.delete(v2.resolve(ListUpdater.VERSION_FILE));
        files.put("/un.xml", fixture("un-v1.xml"));

        assertThatThrownBy(() -> updater().update(un()))
                .isInstanceOf(UntrustedListException.class)
                .hasMessageStartingWith("un lost 25.0% of its entities (4 -> 3; at most 10% allowed)");
    }

    @Test
    void update_staleDownloadFoldersOfACrashedRun_removedAtStart() throws IOException {
        Path home = Files.createDirectories(data.resolve("un"));
        Path stale = Files.createDirectories(home.resolve(".download-123456"));
        Files.writeString(stale.resolve("UN_consolidated.xml"), "<half");
        Path link = Files.createSymbolicLink(home.resolve(".current-42"), Path.of("nowhere"));
        files.put("/un.xml", fixture("un-v1.xml"));

        updater().update(un());

        assertThat(stale).doesNotExist();
        assertThat(Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(log).contains("removed " + stale + ", left by an interrupted update");
    }

    @Test
    void update_whileAnotherUpdateHoldsTheLock_refusedWithoutTouchingAnything() throws IOException {
        Path home = Files.createDirectories(data.resolve("un"));
        Path stale = Files.createDirectories(home.resolve(".download-7"));
        files.put("/un.xml", fixture("un-v1.xml"));
        try (var ch = java.nio.channels.FileChannel.open(home.resolve(".lock"), java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE); var lock = ch.lock()) {
            assertThatThrownBy(() -> updater().update(un()))
                    .isInstanceOf(IOException.class)
                    .hasMessageStartingWith("another 'kordon lists update' is updating un");
        }
        assertThat(stale).exists();
    }

    // ------------------------------------------------------------------ network deadlines

    private ListUpdater.Source at(String path) {
        URI u = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
        return new ListUpdater.Source("un", ListFormat.UN_XML, List.of(new ListUpdater.Download("UN_consolidated.xml", u)));
    }

    @Test
    void update_serverStallsMidBody_failsWithinTheTimeout_andClosesTheConnection() throws Exception {
        byte[] body = fixture("un-v1.xml");
        java.util.concurrent.CompletableFuture<String> afterStall = new java.util.concurrent.CompletableFuture<>();
        server.createContext("/stall", ex -> {
            ex.sendResponseHeaders(200, 0);
            OutputStream o = ex.getResponseBody();
            try {
                o.write(body, 0, body.length / 2);
                o.flush();
                release.await(30, java.util.concurrent.TimeUnit.SECONDS);
                for (int i = 0; i < 1024; i++) {   // at most 64 MiB: a closed connection fails long before
                    o.write(new byte[64 * 1024]);
                    o.flush();
                }
                afterStall.complete("the client still reads");
            } catch (IOException | InterruptedException e) {
                afterStall.complete("closed: " + e);
            } finally {
                ex.close();
            }
        });
        ListUpdater u = new ListUpdater(data, Duration.ofSeconds(1), Duration.ofMinutes(5), log::add);

        long t0 = System.nanoTime();
        assertThatThrownBy(() -> u.update(at("/stall")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("no data for 1 s after " + body.length / 2 + " bytes; gave up (the server stalled)");
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        release.countDown();

        assertThat(took).isLessThan(Duration.ofSeconds(15));
        assertThat(afterStall.get(30, java.util.concurrent.TimeUnit.SECONDS)).startsWith("closed: ");
        assertThat(Files.exists(data.resolve("un/current"))).isFalse();
    }

    @Test
    void update_serverTricklesBytes_failsAtTheWholeFileDeadline() {
        byte[] body = fixture0("un-v1.xml");
        server.createContext("/trickle", ex -> {
            ex.sendResponseHeaders(200, body.length);
            OutputStream o = ex.getResponseBody();
            try {
                for (int i = 0; i < body.length && release.getCount() > 0; i++) {   // about 20 minutes if nobody stops it
                    o.write(body[i]);
                    o.flush();
                    Thread.sleep(200);
                }
            } catch (IOException | InterruptedException e) {
                // the client gave up
            } finally {
                ex.close();
            }
        });
        ListUpdater u = new ListUpdater(data, Duration.ofSeconds(1), Duration.ofSeconds(2), log::add);

        long t0 = System.nanoTime();
        assertThatThrownBy(() -> u.update(at("/trickle")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("not complete after 2 s (")
                .hasMessageContaining("gave up (raise --max-time for a slow link)");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(15));
    }

    private static byte[] fixture0(String name) {
        try {
            return fixture(name);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
