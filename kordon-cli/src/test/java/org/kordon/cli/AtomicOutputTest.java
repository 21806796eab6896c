package org.kordon.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link AtomicOutput}: an output file is written whole or not at all, and no temporary file is left behind. */
class AtomicOutputTest {
    @TempDir Path dir;

    private Path existing(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private long files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }

    @Test
    void commit_replacesExistingTargetWithTheWholeContent() throws Exception {
        Path target = existing("results.csv", "old\n");
        try (AtomicOutput out = AtomicOutput.create(target)) {
            out.writer().write("query_id,rank\nq1,1\n");
            assertThat(target).hasContent("old");
            out.commit();
        }
        assertThat(target).hasContent("query_id,rank\nq1,1");
        assertThat(files()).isEqualTo(1);
    }

    @Test
    void close_withoutCommit_leavesExistingTargetByteIdenticalAndNoTempFile() throws Exception {
        Path target = existing("results.csv", "earlier results\n");
        byte[] before = Files.readAllBytes(target);
        try (AtomicOutput out = AtomicOutput.create(target)) {
            out.writer().write("half a file");
            out.writer().flush();
            assertThat(files()).isEqualTo(2);
            // a failure mid-run: no commit
        }
        assertThat(Files.readAllBytes(target)).isEqualTo(before);
        assertThat(files()).isEqualTo(1);
    }

    @Test
    void close_withoutCommit_andNoTarget_createsNothing() throws Exception {
        Path target = dir.resolve("new.csv");
        try (AtomicOutput out = AtomicOutput.create(target)) {
            out.stream().write(new byte[] {1, 2, 3});
        }
        assertThat(target).doesNotExist();
        assertThat(files()).isZero();
    }

    @Test
    void write_pathWriterFails_leavesTargetUntouched() throws Exception {
        Path target = existing("chart.png", "old chart");
        assertThatThrownBy(() -> AtomicOutput.write(target, temp -> {
            Files.writeString(temp, "partial");
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(target).hasContent("old chart");
        assertThat(files()).isEqualTo(1);
    }

    @Test
    void writeString_andWriteBytes_writeTheWholeFile() throws Exception {
        AtomicOutput.writeString(dir.resolve("r.html"), "<html>ü</html>");
        AtomicOutput.write(dir.resolve("c.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        assertThat(dir.resolve("r.html")).hasContent("<html>ü</html>");
        assertThat(dir.resolve("c.png")).hasBinaryContent(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        assertThat(files()).isEqualTo(2);
    }

    @Test
    void create_missingDirectory_failsWithIoErrorNamingTheTarget() {
        Path target = dir.resolve("no/such/dir/results.csv");
        assertThatThrownBy(() -> AtomicOutput.create(target)).isInstanceOfSatisfying(UserException.class, e -> {
            assertThat(e.exitCode()).isEqualTo(ExitCode.IO_ERROR);
            assertThat(e.getMessage()).startsWith("cannot write " + target + ": no such directory");
        });
    }

    @Test
    void create_targetIsADirectory_failsWithIoError() {
        assertThatThrownBy(() -> AtomicOutput.create(dir)).isInstanceOfSatisfying(UserException.class,
                e -> assertThat(e.getMessage()).isEqualTo("cannot write " + dir + ": it is a directory"));
    }

    @Test
    void commit_twice_isRefused() throws Exception {
        try (AtomicOutput out = AtomicOutput.create(dir.resolve("a.csv"))) {
            out.commit();
            assertThatThrownBy(out::commit).isInstanceOf(IllegalStateException.class);
        }
        assertThat(dir.resolve("a.csv")).exists().isEmptyFile();
    }
}
