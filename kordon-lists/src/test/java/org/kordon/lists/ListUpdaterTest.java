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
    private final List<String> log = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
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
        server.stop(0);
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
}
