package org.kordon.lists;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Downloads official lists into a data directory, safely.
 *
 * <p>Each source lives in {@code <data>/<name>/}: every download goes into a new version folder
 * {@code <name>/<yyyyMMddHHmmss>-<sha>/}, is checked (HTTP 200, size limit, SHA-256, and a full strict parse
 * that must yield at least one entity), and only then is the {@code current} link switched to it with an
 * atomic rename. A failed download or a file that does not parse leaves {@code current} where it was, so the
 * last good version is never lost. The previous version is kept; older ones are deleted.
 *
 * <p>{@link ListLoader} follows {@code current} and ignores the other version folders.
 */
public final class ListUpdater {
    /** Refuse files larger than this (the largest official list is about 30 MB). */
    static final long MAX_BYTES = 512L * 1024 * 1024;
    static final String CURRENT = "current";

    private final Path dataDir;
    private final HttpClient http;
    private final Duration timeout;
    private final Consumer<String> progress;

    /** One file of an official source. */
    public record Download(String fileName, URI url) {
    }

    /** An official list: its name, format and the files that form one version. */
    public record Source(String name, ListFormat format, List<Download> files) {
        public Source {
            files = List.copyOf(files);
        }
    }

    /** What an update did. */
    public record Result(String source, Path versionDir, String sha256, long bytes, int entities, boolean unchanged) {
    }

    public ListUpdater(Path dataDir, Duration timeout, Consumer<String> progress) {
        this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
        this.timeout = timeout;
        this.progress = progress;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** The official sources, from the versioned resource {@code official-sources.tsv}. */
    public static List<Source> officialSources() {
        Map<String, ListFormat> formats = new LinkedHashMap<>();
        Map<String, List<Download>> files = new LinkedHashMap<>();
        try (InputStream in = ListUpdater.class.getResourceAsStream("official-sources.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(in), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                formats.putIfAbsent(f[0], ListFormat.parse(f[1]));
                files.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new Download(f[2], URI.create(f[3])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Source> out = new ArrayList<>();
        formats.forEach((name, format) -> out.add(new Source(name, format, files.get(name))));
        return out;
    }

    /**
     * Downloads one source and makes it current if it is good.
     *
     * @throws IOException         on a network or disk failure (nothing current changes)
     * @throws ListFormatException when the downloaded file does not parse (nothing current changes)
     */
    public Result update(Source source) throws IOException {
        Path home = dataDir.resolve(source.name());
        Files.createDirectories(home);
        Path staging = Files.createTempDirectory(home, ".download-");
        try {
            MessageDigest setDigest = sha256();
            long total = 0;
            for (Download d : source.files()) {
                progress.accept("downloading " + d.url());
                Path target = staging.resolve(d.fileName());
                long n = download(d.url(), target, setDigest);
                total += n;
                progress.accept(String.format(java.util.Locale.ROOT, "  %s: %,d bytes", d.fileName(), n));
            }
            String sha = HexFormat.of().formatHex(setDigest.digest());
            Path current = home.resolve(CURRENT);
            Path currentTarget = Files.isSymbolicLink(current) ? home.resolve(Files.readSymbolicLink(current)) : null;
            if (currentTarget != null && Files.exists(currentTarget.resolve("SHA256"))
                    && Files.readString(currentTarget.resolve("SHA256")).strip().equals(sha)) {
                progress.accept(source.name() + ": unchanged (same SHA-256), keeping " + currentTarget.getFileName());
                return new Result(source.name(), currentTarget, sha, total, -1, true);
            }
            Path main = staging.resolve(source.files().get(0).fileName());
            LoadResult loaded = ListLoader.load(List.of(main), new LoadOptions(source.format(), false));
            if (loaded.snapshot().size() == 0) {
                throw new ListFormatException(main.getFileName().toString(), null, null,
                        "downloaded file holds no entities; keeping the current version");
            }
            Files.writeString(staging.resolve("SHA256"), sha + "\n");
            Files.writeString(staging.resolve("SOURCE"), source.files().get(0).url() + "\n" + Instant.now() + "\n");
            String versionName = java.time.format.DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
                    .withZone(java.time.ZoneOffset.UTC).format(Instant.now()) + "-" + sha.substring(0, 12);
            Path version = home.resolve(versionName);
            Files.move(staging, version, StandardCopyOption.ATOMIC_MOVE);
            switchCurrent(home, versionName);
            prune(home, versionName, currentTarget);
            progress.accept(String.format(java.util.Locale.ROOT, "%s: %,d entities, now current (%s)",
                    source.name(), loaded.snapshot().size(), versionName));
            return new Result(source.name(), version, sha, total, loaded.snapshot().size(), false);
        } finally {
            deleteTree(staging);
        }
    }

    private long download(URI url, Path target, MessageDigest setDigest) throws IOException {
        HttpRequest req = HttpRequest.newBuilder(url).timeout(timeout).GET().build();
        HttpResponse<InputStream> resp;
        try {
            resp = http.send(req, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while downloading " + url, e);
        }
        try (InputStream in = resp.body()) {
            if (resp.statusCode() != 200) {
                throw new IOException("HTTP " + resp.statusCode() + " from " + url);
            }
            long n = 0;
            byte[] buf = new byte[64 * 1024];
            try (OutputStream out = Files.newOutputStream(target)) {
                for (int r; (r = in.read(buf)) > 0; ) {
                    n += r;
                    if (n > MAX_BYTES) {
                        throw new IOException(url + " is larger than " + MAX_BYTES + " bytes; refusing it");
                    }
                    setDigest.update(buf, 0, r);
                    out.write(buf, 0, r);
                }
            }
            return n;
        }
    }

    /** Points {@code current} at {@code versionName} with one atomic rename of a fresh link. */
    private static void switchCurrent(Path home, String versionName) throws IOException {
        Path tmp = home.resolve(".current-" + System.nanoTime());
        Files.createSymbolicLink(tmp, Path.of(versionName));
        Files.move(tmp, home.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Keeps the new version and the one before it. */
    private static void prune(Path home, String keep, Path previous) throws IOException {
        try (Stream<Path> s = Files.list(home)) {
            for (Path p : s.toList()) {
                String n = p.getFileName().toString();
                if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !n.equals(keep)
                        && !n.startsWith(".") && (previous == null || !p.equals(previous))) {
                    deleteTree(p);
                }
            }
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path q : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(q);
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
