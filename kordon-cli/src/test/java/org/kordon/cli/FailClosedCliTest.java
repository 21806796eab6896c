package org.kordon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command that reads lists refuses lists it cannot trust with exit 6 and one line on stderr, and never
 * answers "No match": an empty source, a truncated OFAC file, an old version folder of the data directory, a
 * download or a restart that lost too many entities.
 */
class FailClosedCliTest {
    static Path sample;

    @TempDir
    Path tmp;

    private HttpServer server;
    private final Map<String, byte[]> served = new ConcurrentHashMap<>();

    @BeforeAll
    static void unpack() {
        sample = ListOptions.BundledSample.extract();
    }

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> {
            byte[] body = served.get(ex.getRequestURI().getPath());
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
    void stopServer() {
        server.stop(0);
    }

    private Path emptyUnList() throws IOException {
        Path f = tmp.resolve("empty/UN_consolidated.xml");
        Files.createDirectories(f.getParent());
        return Files.writeString(f, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<CONSOLIDATED_LIST dateGenerated=\"2026-12-01T00:00:00Z\"><INDIVIDUALS/><ENTITIES/></CONSOLIDATED_LIST>\n");
    }

    private String h2() {
        return "jdbc:h2:file:" + tmp.resolve("db").toAbsolutePath();
    }

    static Stream<List<String>> commandsThatLoadLists() {
        return Stream.of(
                List.of("screen", "--name", "Vladimir Putin", "--list", "LIST"),
                List.of("screen", "--name", "Vladimir Putin", "--lenient", "--list", "LIST"),
                List.of("lists", "stats", "LIST"),
                List.of("lists", "show", "un:QDi.001", "--list", "LIST"),
                List.of("scan", "--list", "LIST", "NEWS"),
                List.of("vessels", "show", "9224283", "--list", "LIST"),
                List.of("serve", "--check", "--port", "0", "--db", "DB", "--list", "LIST"));
    }

    @ParameterizedTest
    @MethodSource("commandsThatLoadLists")
    void anyCommand_listWithNoEntities_exit6OneLineNeverNoMatch(List<String> command) throws IOException {
        Path list = emptyUnList();
        Path news = Files.writeString(tmp.resolve("news.txt"), "Vladimir Putin met Sergei Lavrov.");
        String[] args = command.stream().map(a -> a.replace("LIST", list.toString()).replace("NEWS", news.toString())
                .replace("DB", h2())).toArray(String[]::new);

        KordonRun r = KordonRun.of(args);

        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.UNTRUSTED_LISTS);
        assertThat(r.err().lines().filter(l -> l.startsWith("kordon: refusing lists: "))).singleElement().asString()
                .isEqualTo("kordon: refusing lists: " + list + " (un-xml) has 0 entities: a sanctions list is never empty");
        assertThat(r.out()).doesNotContainIgnoringCase("no match").doesNotContain("serving on");
    }

    @Test
    void screen_ofacSetCutAtALineBoundary_exit6NamingTheFile() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("cut"));
        byte[] sdn = Files.readAllBytes(sample.resolve("ofac/sdn.csv"));
        Files.write(dir.resolve("sdn.csv"), Arrays.copyOf(sdn, new String(sdn, StandardCharsets.ISO_8859_1).indexOf("\r\n", sdn.length / 2) + 2));

        KordonRun r = KordonRun.of("screen", "--name", "Vladimir Putin", "--lenient", "--list", dir.toString());

        assertThat(r.code()).isEqualTo(ExitCode.UNTRUSTED_LISTS);
        assertThat(r.err()).contains("kordon: refusing lists: " + dir.resolve("sdn.csv").toAbsolutePath()
                + ": no OFAC end marker (0x1A): the file is truncated");
        assertThat(r.out()).isEmpty();
    }

    /** {@code data/un/} with an old and a current version of the sample's UN list. */
    private Path dataDir() throws IOException {
        Path home = tmp.resolve("data/un");
        for (String v : List.of("20260101000000-aaaaaaaaaaaa", "20260201000000-bbbbbbbbbbbb")) {
            Files.createDirectories(home.resolve(v));
            Files.copy(sample.resolve("un/UN_consolidated.xml"), home.resolve(v).resolve("UN_consolidated.xml"));
        }
        Files.createSymbolicLink(home.resolve("current"), Path.of("20260201000000-bbbbbbbbbbbb"));
        return home;
    }

    @Test
    void screen_oldVersionFolderOfTheDataDirectory_exit6SayingWhatToDo() throws IOException {
        Path old = dataDir().resolve("20260101000000-aaaaaaaaaaaa");

        KordonRun r = KordonRun.of("screen", "--name", "Vladimir Putin", "--list", old.toString());

        assertThat(r.code()).isEqualTo(ExitCode.UNTRUSTED_LISTS);
        assertThat(r.err()).contains("kordon: refusing lists: " + old + " is not the current version of un")
                .contains("(current is 20260201000000-bbbbbbbbbbbb); point --list at " + old.getParent()
                        + " for the current version, or add --force to screen against this one");
    }

    @Test
    void screen_oldVersionFolderForced_screensAndSaysSoOnStderr() throws IOException {
        Path old = dataDir().resolve("20260101000000-aaaaaaaaaaaa");

        KordonRun r = KordonRun.of("screen", "--name", "Kim Jong Un", "--list", old.toString(), "--force");

        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
        assertThat(r.err()).contains("kordon: --force: " + old + " is not the current version of un");
    }

    @Test
    void listsDiff_olderVersionFolder_comparedWithoutForce() throws IOException {
        Path home = dataDir();

        KordonRun r = KordonRun.of("lists", "diff", home.resolve("20260101000000-aaaaaaaaaaaa").toString(), home.toString());

        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("0 added, 0 removed, 0 changed");
    }

    // ------------------------------------------------------------------ lists update

    private void serveSampleOfac(byte[] sdn) throws IOException {
        for (String n : List.of("sdn.csv", "alt.csv", "add.csv")) {
            served.put("/" + n, Files.readAllBytes(sample.resolve("ofac/" + n)));
        }
        served.put("/sdn_comments.csv", new byte[] {0x1a});
        if (sdn != null) {
            served.put("/sdn.csv", sdn);
        }
    }

    private String mirror() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /** The sample's sdn.csv with its first {@code keep} rows and the end marker. */
    private static byte[] sdnRows(int keep) throws IOException {
        List<String> rows = Files.readAllLines(sample.resolve("ofac/sdn.csv"), StandardCharsets.ISO_8859_1);
        return (String.join("\r\n", rows.subList(0, keep)) + "\r\n\u001a").getBytes(StandardCharsets.ISO_8859_1);
    }

    private KordonRun update(String... more) {
        List<String> args = new ArrayList<>(List.of("lists", "update", "--data-dir", tmp.resolve("data").toString(),
                "--source", "ofac-sdn", "--mirror", mirror(), "--timeout", "5"));
        args.addAll(List.of(more));
        return KordonRun.of(args.toArray(String[]::new));
    }

    @Test
    void listsUpdate_downloadLostHalfItsEntities_exit6AndCurrentUnchanged_forceAcceptsIt() throws IOException {
        serveSampleOfac(null);
        assertThat(update().code()).isEqualTo(ExitCode.OK);
        Path current = tmp.resolve("data/ofac-sdn/current").toRealPath();
        serveSampleOfac(sdnRows(20));

        KordonRun refused = update();

        assertThat(refused.code()).isEqualTo(ExitCode.UNTRUSTED_LISTS);
        assertThat(refused.err()).containsPattern("kordon: ofac-sdn: download refused, kept the previous version: ofac-sdn lost "
                + "\\d+\\.\\d% of its entities \\(\\d+ -> 20; at most 10% allowed\\)");
        assertThat(tmp.resolve("data/ofac-sdn/current").toRealPath()).isEqualTo(current);

        KordonRun forced = update("--force");

        assertThat(forced.code()).as(forced.err()).isEqualTo(ExitCode.OK);
        assertThat(forced.err()).contains("ofac-sdn: --force: accepting the download although ofac-sdn lost");
        assertThat(tmp.resolve("data/ofac-sdn/current").toRealPath()).isNotEqualTo(current);
    }

    @Test
    void listsUpdate_maxLossForTheSource_acceptsTheLoss() throws IOException {
        serveSampleOfac(null);
        update();
        serveSampleOfac(sdnRows(40));

        KordonRun r = update("--max-loss", "ofac-sdn=50%");

        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
    }

    @Test
    void listsUpdate_truncatedDownload_exit6() throws IOException {
        serveSampleOfac(null);
        update();
        byte[] sdn = Files.readAllBytes(sample.resolve("ofac/sdn.csv"));
        serveSampleOfac(Arrays.copyOf(sdn, sdn.length - 1));

        KordonRun r = update("--force");

        assertThat(r.code()).isEqualTo(ExitCode.UNTRUSTED_LISTS);
        assertThat(r.err()).contains("no OFAC end marker (0x1A): the file is truncated");
    }

    @Test
    void listsUpdate_badMaxLoss_usage() {
        assertThat(update("--max-loss", "ofac=0.2").err()).contains("--max-loss: unknown source 'ofac' (known: ofac-sdn, ");
        assertThat(update("--max-loss", "ofac=0.2").code()).isEqualTo(ExitCode.USAGE);
        assertThat(update("--max-loss", "lots").code()).isEqualTo(ExitCode.USAGE);
        assertThat(update("--max-time", "0").code()).isEqualTo(ExitCode.USAGE);
    }

    // ------------------------------------------------------------------ serve

    /** The sample with only its first {@code keep} OFAC rows (and no UN list when {@code withUn} is false). */
    private Path shrunkSample(int keep, boolean withUn) throws IOException {
        Path dir = tmp.resolve("shrunk-" + keep + "-" + withUn);
        Files.createDirectories(dir.resolve("ofac"));
        Files.write(dir.resolve("ofac/sdn.csv"), sdnRows(keep));
        for (String n : List.of("alt.csv", "add.csv")) {
            Files.copy(sample.resolve("ofac/" + n), dir.resolve("ofac/" + n));
        }
        Files.createDirectories(dir.resolve("eu"));
        for (String n : List.of("32014R0269.csv", "32014R0833.csv")) {
            Files.copy(sample.resolve("eu/" + n), dir.resolve("eu/" + n));
        }
        if (withUn) {
            Files.createDirectories(dir.resolve("un"));
            Files.copy(sample.resolve("un/UN_consolidated.xml"), dir.resolve("un/UN_consolidated.xml"));
        }
        return dir;
    }

    private KordonRun serve(Path lists, String... more) {
        List<String> args = new ArrayList<>(List.of("serve", "--check", "--port", "0", "--db", h2(), "--list", lists.toString()));
        args.addAll(List.of(more));
        if (!args.contains("--max-list-age")) {
            args.addAll(List.of("--max-list-age", "off"));   // the bundled sample is months old
        }
        return KordonRun.of(args.toArray(String[]::new));
    }

    @Test
    void serve_restartWithListsThatLostEntities_exit6BeforeRecordingAnything() throws IOException {
        assertThat(serve(sample).code()).isEqualTo(ExitCode.OK);

        KordonRun r = serve(shrunkSample(10, true));

        assertThat(r.code()).isEqualTo(ExitCode.UNTRUSTED_LISTS);
        assertThat(r.err()).containsPattern("kordon: refusing lists: ofac-sdn lost \\d+\\.\\d% of its entities \\(\\d+ -> 10; "
                + "at most 10% allowed\\) since list version 1 recorded .*; start with --force to accept it, or raise --max-loss");
        assertThat(r.out()).doesNotContain("serving on");
        assertThat(serve(sample).err()).as("nothing was recorded").contains("list version 1,");
    }

    @Test
    void serve_restartWithoutASourceItHadBefore_exit6NamingIt() throws IOException {
        serve(sample);

        KordonRun r = serve(shrunkSample(52, false));

        assertThat(r.code()).isEqualTo(ExitCode.UNTRUSTED_LISTS);
        assertThat(r.err()).contains("un is missing (26 entities before, none now)");
    }

    @Test
    void serve_restartForced_startsSaysSoAndRecordsAVersion() throws IOException {
        serve(sample);

        KordonRun r = serve(shrunkSample(10, true), "--force");

        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
        assertThat(r.err()).contains("kordon: --force: accepting lists although ofac-sdn lost").contains("list version 2,");
    }

    @Test
    void serve_maxLossForThatList_startsWithoutForce() throws IOException {
        serve(sample);

        assertThat(serve(shrunkSample(10, true), "--max-loss", "ofac-sdn=0.9").code()).isEqualTo(ExitCode.OK);
    }

    @Test
    void serve_maxLossNamingNoLoadedList_usage() {
        KordonRun r = serve(sample, "--max-loss", "ofac=0.2");

        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("--max-loss: no list loaded is called 'ofac' (loaded: ");
    }

    @Test
    void serve_check_listsOlderThanMaxListAge_exit6WithTheReason() {
        KordonRun r = KordonRun.of("serve", "--check", "--port", "0", "--db", h2(), "--list", sample.toString(),
                "--max-list-age", "7d");

        // the bundled UN sample was generated on 2026-02-27
        assertThat(r.code()).isEqualTo(ExitCode.UNTRUSTED_LISTS);
        assertThat(r.out()).contains("/health answered 503");
        assertThat(r.err()).containsPattern("kordon: /health and /readyz answer 503 \\(degraded\\): un \\(.*UN_consolidated\\.xml\\) is "
                + "\\d+d( \\d+h)? old \\(published 2026-02-27T00:00:09\\.554Z\\); at most 7d allowed");
    }

    @Test
    void serve_badMaxListAge_usage() {
        KordonRun r = serve(sample, "--max-list-age", "a week");

        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("--max-list-age: 'a week' is not an age");
    }
}
