package org.kordon.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kordon.store.NotFoundException;
import org.kordon.store.Store;

class AuditChainH2Test extends AuditChainContract {
    @TempDir
    Path dir;

    @Override
    String newDatabaseUrl() {
        try {
            return Store.h2Url(Files.createTempDirectory(dir, "db").resolve("kordon"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    String disableAppendOnly(String table, String trigger) {
        return "DROP TRIGGER " + trigger;
    }

    @Override
    String disableTruncateGuard(String table) {
        return "DROP TABLE truncate_guard";
    }

    @Override
    String truncate(String table) {
        return "TRUNCATE TABLE " + table;
    }

    @Override
    String truncateRefused() {
        return "Cannot truncate";
    }

    @Test
    void verifyByUrl_noSuchH2Database_notFoundAndNothingCreated() throws IOException {
        Path missing = Files.createTempDirectory(dir, "none").resolve("kordon");

        assertThatThrownBy(() -> Store.verifyAudit(Store.h2Url(missing), null))
                .isInstanceOf(NotFoundException.class).hasMessageStartingWith("no database at jdbc:h2:file:");
        try (var files = Files.list(missing.getParent())) {
            assertThat(files).isEmpty();
        }
    }
}
