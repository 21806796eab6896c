package org.kordon.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A {@link CrashServer} in a child JVM on the test class path: started on a database URL, killed with SIGKILL.
 *
 * <pre>{@code
 * try (ServerProcess p = ServerProcess.start(url, dir)) {
 *     Http.of(p.url()).post("/screen", ...);
 *     p.kill();                                // SIGKILL: no shutdown hook, no close of the database
 * }
 * }</pre>
 *
 * <p>The child's output goes to {@code stdout.txt} and {@code stderr.txt} in {@code dir}, quoted when it fails to
 * start.
 */
final class ServerProcess implements AutoCloseable {
    /** How long a child may take to open the database and start serving (a JVM start and a migration). */
    static final long START_SECONDS = 60;

    private final Process process;
    private final String url;

    private ServerProcess(Process process, String url) {
        this.process = process;
        this.url = url;
    }

    static ServerProcess start(String jdbcUrl, Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Duser.language=tr", "-Duser.country=TR",
                "-cp", System.getProperty("java.class.path"), CrashServer.class.getName(), jdbcUrl))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_SECONDS);
        while (System.nanoTime() < deadline) {
            Optional<String> ready = Files.readAllLines(out, StandardCharsets.UTF_8).stream()
                    .filter(l -> l.startsWith("ready ")).findFirst();
            if (ready.isPresent()) {
                return new ServerProcess(p, ready.get().substring("ready ".length()).strip());
            }
            if (!p.isAlive()) {
                throw new IllegalStateException("server exited with " + p.exitValue() + ": " + Files.readString(err, StandardCharsets.UTF_8));
            }
            Thread.sleep(50);
        }
        p.destroyForcibly().waitFor();
        throw new IllegalStateException("server not ready after " + START_SECONDS + " s: " + Files.readString(err, StandardCharsets.UTF_8));
    }

    String url() {
        return url;
    }

    /** SIGKILL (on Linux {@link Process#destroyForcibly()} sends it), then waits for the JVM to be gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("server JVM " + process.pid() + " still alive after SIGKILL");
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
