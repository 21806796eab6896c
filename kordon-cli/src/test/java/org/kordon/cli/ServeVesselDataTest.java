package org.kordon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kordon serve --vessel-data DIR}: the vessel histories behind {@code GET /vessels/{imo}}. */
class ServeVesselDataTest {
    @TempDir Path tmp;
    static Path sample;

    @BeforeAll
    static void files() throws Exception {
        sample = ListOptions.BundledSample.extract();
    }

    @Test
    void serve_vesselDataFolder_loadedAndSaid() throws Exception {
        Path vessels = Files.createDirectories(tmp.resolve("vessels"));
        Files.writeString(vessels.resolve("vessels.csv"), "vessel_imo,vessel_name,tanker_size,buildyear\n9144782,Robon,Aframax,1997\n");
        KordonRun r = KordonRun.of("serve", "--check", "--port", "0", "--db", "jdbc:h2:file:" + tmp.resolve("db").toAbsolutePath(),
                "--list", sample.toString(), "--max-list-age", "off", "--vessel-data", vessels.toString());

        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
        assertThat(r.err()).contains("kordon: vessel data from " + vessels + ": 1 vessels");
    }

    @Test
    void serve_vesselDataFolderWithoutVesselsCsv_ioErrorBeforeStarting() {
        KordonRun r = KordonRun.of("serve", "--check", "--port", "0", "--db", "jdbc:h2:file:" + tmp.resolve("db").toAbsolutePath(),
                "--list", sample.toString(), "--max-list-age", "off", "--vessel-data", tmp.toString());

        assertThat(r.code()).isEqualTo(ExitCode.IO_ERROR);
        assertThat(r.err()).contains("cannot read vessel data in " + tmp + ": no vessels.csv");
        assertThat(r.out()).doesNotContain("serving on");
    }
}
