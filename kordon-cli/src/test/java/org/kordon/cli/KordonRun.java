package org.kordon.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/**
 * What a user sees of one {@code kordon} command: its exit code, stdout and stderr. The shared harness of the CLI
 * tests: {@code KordonRun.of("screen", "--name", "Vladimir Putin")}.
 */
record KordonRun(int code, String out, String err) {
    /**
     * Runs {@code args} with resolutions cached in {@code cacheDir}, or, when null, where a user's run caches them
     * (the data directory when the lists come from it); the build's cache directory is restored after.
     */
    static KordonRun withCache(Path cacheDir, String... args) {
        String before = System.getProperty(ListOptions.CACHE_DIR_PROPERTY);
        try {
            if (cacheDir == null) {
                System.clearProperty(ListOptions.CACHE_DIR_PROPERTY);
            } else {
                System.setProperty(ListOptions.CACHE_DIR_PROPERTY, cacheDir.toString());
            }
            return of(args);
        } finally {
            if (before == null) {
                System.clearProperty(ListOptions.CACHE_DIR_PROPERTY);
            } else {
                System.setProperty(ListOptions.CACHE_DIR_PROPERTY, before);
            }
        }
    }

    static KordonRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new KordonRun(code, out.toString(), err.toString());
    }
}
