package org.kordon.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.kordon.store.Store;

class PaymentWorkflowH2Test extends PaymentWorkflowContract {
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
}
