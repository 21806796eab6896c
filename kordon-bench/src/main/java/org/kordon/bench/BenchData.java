package org.kordon.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where benchmarks find the shared real lists: {@code -Dkordon.lists=<dir>}, else {@code ../shared/data/lists}. */
final class BenchData {
    private BenchData() {
    }

    static Path listsDir() {
        Path p = Path.of(System.getProperty("kordon.lists", "../shared/data/lists"));
        if (!Files.isDirectory(p)) {
            throw new IllegalStateException("benchmarks need the shared lists: " + p.toAbsolutePath()
                    + " is missing (set -Dkordon.lists=<dir>)");
        }
        return p;
    }
}
