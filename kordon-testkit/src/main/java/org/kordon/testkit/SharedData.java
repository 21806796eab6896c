package org.kordon.testkit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real lists in {@code ../shared/data} beside the checkout. Tests that read them call {@link #require}
 * and are skipped, with a message saying so, on a fresh clone where {@code ../shared} is absent.
 */
public final class SharedData {
    private SharedData() {
    }

    /** The shared data directory, found from the {@code kordon.shared.dir} property Maven sets, or {@code ../shared}. */
    public static Path root() {
        String p = System.getProperty("kordon.shared.dir");
        Path base = p != null ? Path.of(p) : Path.of("..", "shared");
        return base.resolve("data").normalize();
    }

    /** The file or folder at {@code relative} under {@code shared/data}; skips the calling test when absent. */
    public static Path require(String relative) {
        Path f = root().resolve(relative);
        assumeTrue(Files.exists(f), () -> "skipped: " + f + " is not present (../shared/data is only beside CI and dev checkouts)");
        return f;
    }
}
