package org.kordon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {
    static Path sample;

    @TempDir
    Path tmp;

    @BeforeAll
    static void unpack() {
        sample = ListOptions.BundledSample.extract();
    }

    private String h2() {
        return "jdbc:h2:file:" + tmp.resolve("db").toAbsolutePath();
    }

    @Test
    void serve_check_startsOnFreePortAndAnswersHealth() {
        KordonRun r = KordonRun.of("serve", "--check", "--port", "0", "--db", h2(), "--list", sample.toString());

        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).containsPattern("kordon: serving on http://127\\.0\\.0\\.1:\\d+ \\(API description")
                .contains("no API keys").contains("/health answered 200");
        assertThat(r.err()).contains("(h2), list version 1, 0 subjects");
    }

    @Test
    void serve_checkTwice_sameDatabaseKeepsListVersion() {
        KordonRun.of("serve", "--check", "--port", "0", "--db", h2(), "--list", sample.toString());
        KordonRun r = KordonRun.of("serve", "--check", "--port", "0", "--db", h2(), "--list", sample.toString());

        assertThat(r.err()).contains("list version 1,");
    }

    @Test
    void serve_otherDatabaseUrl_usageErrorOnOneLine() {
        KordonRun r = KordonRun.of("serve", "--check", "--db", "jdbc:mysql://localhost/kordon", "--list", sample.toString());

        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err().lines().filter(l -> l.startsWith("kordon: --db"))).singleElement()
                .asString().contains("jdbc:h2: or jdbc:postgresql:");
    }

    @Test
    void serve_missingKeyFile_ioError() {
        KordonRun r = KordonRun.of("serve", "--check", "--api-keys", tmp.resolve("none.txt").toString(), "--list", sample.toString());

        assertThat(r.code()).isEqualTo(ExitCode.IO_ERROR);
        assertThat(r.err()).contains("none.txt: no such file");
    }

    @Test
    void serve_malformedKeyFile_badInputNamingLine() throws Exception {
        Path keys = Files.writeString(tmp.resolve("keys.txt"), "# keys\nweb:admin:abcd:" + "0".repeat(64) + "\n");

        KordonRun r = KordonRun.of("serve", "--check", "--api-keys", keys.toString(), "--list", sample.toString());

        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("keys.txt line 2, field role: must be read or write");
    }
}
