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
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Downloads official lists into a data directory, safely.
 *
 * <p>Each source lives in {@code <data>/<name>/}: every download goes into a new version folder
 * {@code <name>/<yyyyMMddHHmmss>-<sha>/}, is checked, and only then is the {@code current} link switched to it with
 * an atomic rename. The checks: HTTP 200, the size limit, the time limits, a full strict parse in which every file
 * gives at least one entity and OFAC's end markers are present ({@link ListLoader}), and the {@link ShrinkGuard}: a
 * download that lost more than the source's allowed share of the entities of {@code current} is refused unless
 * forced. A failed download leaves {@code current} where it was, so the last good version is never lost; a download
 * that arrived but was refused is kept in {@code <name>/.refused-<time>-<sha>/} for inspection (the latest one
 * only). The previous version is kept; older ones are deleted.
 *
 * <p>Each version folder holds {@code version.properties} (entities, sha256, fetched-at, checked-at, format, the
 * URLs, and {@code forced} when a refusal was overridden), written whole or not at all. A download whose SHA-256
 * equals the current one only refreshes {@code checked-at}: the list was confirmed current at that time.
 *
 * <p>Time limits: {@code timeout} bounds connecting, the wait for the response headers and any pause in the body
 * (no byte for that long fails the file); {@code maxTime} bounds the whole transfer of one file, so a server that
 * trickles bytes cannot hold an update either. The connection is closed when a limit strikes.
 *
 * <p>Only one update per source runs at a time ({@code <name>/.lock}); it starts by removing the
 * {@code .download-*} folders an interrupted earlier run left behind. {@link ListLoader} follows {@code current}
 * and ignores the other version folders.
 */
public final class ListUpdater {
    /** Refuse files larger than this (the largest official list is about 30 MB). */
    static final long MAX_BYTES = 512L * 1024 * 1024;
    /** The whole transfer of one file must end within this unless set otherwise. */
    public static final Duration DEFAULT_MAX_TIME = Duration.ofMinutes(10);
    static final String CURRENT = "current";
    /** The metadata file of a version folder. */
    public static final String VERSION_FILE = "version.properties";
    private static final String STAGING_PREFIX = ".download-";
    private static final String LINK_PREFIX = ".current-";
    private static final String REFUSED_PREFIX = ".refused-";
    private static final String LOCK_FILE = ".lock";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final Path dataDir;
    private final HttpClient http;
    private final Duration timeout;
    private final Duration maxTime;
    private final Consumer<String> progress;

    /** One file of an official source. */
    public record Download(String fileName, URI url) {
    }

    /**
     * An official list: its name, format, the files that form one version, and the share of its entities a new
     * version may lose ({@link ShrinkGuard}).
     */
    public record Source(String name, ListFormat format, List<Download> files, double maxLoss) {
        public Source {
            files = List.copyOf(files);
            if (files.isEmpty()) {
                throw new IllegalArgumentException("source " + name + " has no file");
            }
            if (!(maxLoss >= 0 && maxLoss <= 1)) {
                throw new IllegalArgumentException("max loss of " + name + " must be a share in [0, 1], got " + maxLoss);
            }
        }

        /** A source allowed to lose {@link ShrinkGuard#DEFAULT_MAX_LOSS}. */
        public Source(String name, ListFormat format, List<Download> files) {
            this(name, format, files, ShrinkGuard.DEFAULT_MAX_LOSS);
        }

        public Source withMaxLoss(double share) {
            return new Source(name, format, files, share);
        }

        public Source withFiles(List<Download> other) {
            return new Source(name, format, other, maxLoss);
        }
    }

    /**
     * What an update did.
     *
     * @param entities the entities of the new version (of the current one when unchanged)
     * @param forced   true when the download lost more than allowed and was accepted because it was forced
     */
    public record Result(String source, Path versionDir, String sha256, long bytes, int entities, boolean unchanged,
                         boolean forced) {
    }

    /** An updater with {@link #DEFAULT_MAX_TIME} per file. */
    public ListUpdater(Path dataDir, Duration timeout, Consumer<String> progress) {
        this(dataDir, timeout, DEFAULT_MAX_TIME, progress);
    }

    /**
     * @param timeout  the longest wait to connect, for the headers, and between two parts of a body
     * @param maxTime  the longest transfer of one file
     * @param progress receives one line per step
     */
    public ListUpdater(Path dataDir, Duration timeout, Duration maxTime, Consumer<String> progress) {
        this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
        this.timeout = positive(timeout, "timeout");
        this.maxTime = positive(maxTime, "maxTime");
        this.progress = progress;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    private static Duration positive(Duration d, String what) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(what + " must be positive, got " + d);
        }
        return d;
    }

    /** The official sources, from the versioned resource {@code official-sources.tsv}. */
    public static List<Source> officialSources() {
        Map<String, ListFormat> formats = new LinkedHashMap<>();
        Map<String, List<Download>> files = new LinkedHashMap<>();
        Map<String, Double> maxLoss = new LinkedHashMap<>();
        try (InputStream in = ListUpdater.class.getResourceAsStream("official-sources.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(in), StandardCharsets.UTF_8))) {
            int lineNo = 0;
            for (String line; (line = r.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < 4) {
                    throw new IllegalStateException("official-sources.tsv line " + lineNo + ": expected 4 or 5 columns, found " + f.length);
                }
                formats.putIfAbsent(f[0], ListFormat.parse(f[1]));
                files.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new Download(f[2], URI.create(f[3])));
                if (f.length > 4 && !f[4].isBlank()) {
                    double share = ShrinkGuard.defaults().with(f[4]).defaultMaxLoss();
                    Double before = maxLoss.putIfAbsent(f[0], share);
                    if (before != null && before != share) {
                        throw new IllegalStateException("official-sources.tsv line " + lineNo + ": max loss of " + f[0]
                                + " given twice (" + before + " and " + share + ")");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Source> out = new ArrayList<>();
        formats.forEach((name, format) -> out.add(new Source(name, format, files.get(name),
                maxLoss.getOrDefault(name, ShrinkGuard.DEFAULT_MAX_LOSS))));
        return out;
    }

    /** {@link #update(Source, boolean)} without forcing. */
    public Result update(Source source) throws IOException {
        return update(source, false);
    }

    /**
     * Downloads one source and makes it current if it is good.
     *
     * @param force accept a download that lost more than {@link Source#maxLoss()} of the current version's
     *              entities (said on {@code progress} and recorded as forced in its version.properties);
     *              it never makes an empty or truncated download acceptable
     * @throws IOException            on a network or disk failure, a time limit, or another update of the source
     *                                running (nothing current changes)
     * @throws ListFormatException    when the downloaded file does not parse (nothing current changes)
     * @throws UntrustedListException when the download is empty, truncated or lost too many entities (nothing
     *                                current changes; the download is kept for inspection, the message says where)
     */
    @SuppressWarnings("try") // the lock is held for the try block, not read in it
    public Result update(Source source, boolean force) throws IOException {
        Path home = dataDir.resolve(source.name());
        Files.createDirectories(home);
        try (FileChannel lockFile = FileChannel.open(home.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = lock(lockFile, home, source.name())) {
            removeStale(home);
            Path staging = Files.createTempDirectory(home, STAGING_PREFIX);
            try {
                return update(source, force, home, staging);
            } finally {
                deleteTree(staging);
            }
        }
    }

    private static FileLock lock(FileChannel ch, Path home, String name) throws IOException {
        FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            throw new IOException("another 'kordon lists update' is updating " + name + " (it holds " + home.resolve(LOCK_FILE)
                    + "); try again when it is done");
        }
        return lock;
    }

    private Result update(Source source, boolean force, Path home, Path staging) throws IOException {
        MessageDigest setDigest = sha256();
        long total = 0;
        for (Download d : source.files()) {
            progress.accept("downloading " + d.url());
            long n = download(d.url(), staging.resolve(d.fileName()), setDigest);
            total += n;
            progress.accept(String.format(Locale.ROOT, "  %s: %,d bytes", d.fileName(), n));
        }
        Instant fetched = Instant.now();
        String sha = HexFormat.of().formatHex(setDigest.digest());
        Path current = home.resolve(CURRENT);
        Path currentTarget = Files.isSymbolicLink(current) ? home.resolve(Files.readSymbolicLink(current)) : null;
        if (currentTarget != null && sha.equals(recordedSha(currentTarget))) {
            int entities = confirm(currentTarget, source, fetched);
            progress.accept(source.name() + ": unchanged (same SHA-256), keeping " + currentTarget.getFileName());
            return new Result(source.name(), currentTarget, sha, total, entities, true, false);
        }
        Path main = staging.resolve(source.files().get(0).fileName());
        LoadResult loaded;
        try {
            loaded = ListLoader.load(List.of(main), new LoadOptions(source.format(), false, true));
        } catch (ListFormatException | UntrustedListException e) {
            progress.accept(source.name() + ": the refused download is kept in " + keepRefused(home, staging, sha)
                    + "; current is unchanged");
            throw e;
        }
        int entities = loaded.snapshot().size();
        String forced = null;
        int before = currentTarget == null ? 0 : currentCount(currentTarget, source);
        List<ShrinkGuard.Loss> losses = ShrinkGuard.defaults().withMaxLoss(source.name(), source.maxLoss())
                .check(SourceCounts.of(source.name(), before), SourceCounts.of(source.name(), entities));
        if (!losses.isEmpty()) {
            String what = ShrinkGuard.describe(losses) + " since the current version " + currentTarget.getFileName();
            if (!force) {
                Path kept = keepRefused(home, staging, sha);
                throw new UntrustedListException(source.name(), what + "; the download is kept in " + kept
                        + ", current is unchanged; use --force to accept it");
            }
            forced = what;
            progress.accept(source.name() + ": --force: accepting the download although " + what);
        }
        String versionName = STAMP.format(fetched) + "-" + sha.substring(0, 12);
        Files.writeString(staging.resolve("SHA256"), sha + "\n");
        Files.writeString(staging.resolve("SOURCE"), source.files().get(0).url() + "\n" + fetched + "\n");
        writeVersion(staging, versionProperties(source, sha, entities, before, fetched, forced));
        Path version = home.resolve(versionName);
        Files.move(staging, version, StandardCopyOption.ATOMIC_MOVE);
        switchCurrent(home, versionName);
        prune(home, versionName, currentTarget);
        progress.accept(String.format(Locale.ROOT, "%s: %,d entities, now current (%s)", source.name(), entities, versionName));
        return new Result(source.name(), version, sha, total, entities, false, forced != null);
    }

    private static Properties versionProperties(Source source, String sha, int entities, int before, Instant fetched, String forced) {
        Properties p = new Properties();
        p.setProperty("source", source.name());
        p.setProperty("format", source.format().cliName());
        p.setProperty("entities", Integer.toString(entities));
        p.setProperty("previous-entities", Integer.toString(before));
        p.setProperty("sha256", sha);
        p.setProperty("fetched-at", fetched.toString());
        p.setProperty("checked-at", fetched.toString());
        for (Download d : source.files()) {
            p.setProperty("url." + d.fileName(), d.url().toString());
        }
        if (forced != null) {
            p.setProperty("forced", forced);
        }
        return p;
    }

    /** The metadata of a version folder, empty when it has none (a folder of an older Kordon). */
    public static Properties readVersion(Path versionDir) throws IOException {
        Properties p = new Properties();
        Path f = versionDir.resolve(VERSION_FILE);
        if (Files.isRegularFile(f)) {
            try (InputStream in = Files.newInputStream(f)) {
                p.load(in);
            }
        }
        return p;
    }

    /** Writes {@code version.properties} into {@code dir} whole or not at all (a temporary file moved into place). */
    private static void writeVersion(Path dir, Properties p) throws IOException {
        Path tmp = Files.createTempFile(dir, ".version-", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                p.store(out, "written by kordon lists update");
            }
            Files.move(tmp, dir.resolve(VERSION_FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static String recordedSha(Path versionDir) throws IOException {
        String sha = readVersion(versionDir).getProperty("sha256");
        if (sha == null && Files.isRegularFile(versionDir.resolve("SHA256"))) {
            sha = Files.readString(versionDir.resolve("SHA256")).strip();
        }
        return sha;
    }

    /** Records that the current version was confirmed at {@code at}; returns its entity count. */
    private int confirm(Path currentTarget, Source source, Instant at) throws IOException {
        Properties p = readVersion(currentTarget);
        if (p.getProperty("entities") == null) {
            p.setProperty("entities", Integer.toString(currentCount(currentTarget, source)));
            p.setProperty("source", source.name());
            p.setProperty("format", source.format().cliName());
            p.setProperty("sha256", recordedSha(currentTarget));
        }
        p.setProperty("checked-at", at.toString());
        writeVersion(currentTarget, p);
        return Integer.parseInt(p.getProperty("entities"));
    }

    /** The entities of the current version: from its version.properties, else by parsing it (older folders). */
    private int currentCount(Path currentTarget, Source source) {
        try {
            String n = readVersion(currentTarget).getProperty("entities");
            if (n != null) {
                return Integer.parseInt(n.strip());
            }
            Path main = currentTarget.resolve(source.files().get(0).fileName());
            return ListLoader.load(List.of(main), new LoadOptions(source.format(), true, true)).snapshot().size();
        } catch (IOException | RuntimeException e) {
            progress.accept(source.name() + ": cannot count the entities of the current version " + currentTarget.getFileName()
                    + " (" + e.getMessage() + "): the new download is not compared with it");
            return 0;
        }
    }

    /** Moves a refused download to {@code .refused-<time>-<sha>/}, replacing an earlier refused one. */
    private Path keepRefused(Path home, Path staging, String sha) throws IOException {
        try (Stream<Path> s = Files.list(home)) {
            for (Path p : s.filter(p -> p.getFileName().toString().startsWith(REFUSED_PREFIX)).toList()) {
                deleteTree(p);
            }
        }
        Path kept = home.resolve(REFUSED_PREFIX + STAMP.format(Instant.now()) + "-" + sha.substring(0, 12));
        Files.move(staging, kept, StandardCopyOption.ATOMIC_MOVE);
        return kept;
    }

    /** Removes what an interrupted earlier update left: staging folders and half-made links. */
    private void removeStale(Path home) throws IOException {
        try (Stream<Path> s = Files.list(home)) {
            for (Path p : s.toList()) {
                String n = p.getFileName().toString();
                if (n.startsWith(STAGING_PREFIX) || n.startsWith(LINK_PREFIX)) {
                    deleteTree(p);
                    progress.accept("removed " + p + ", left by an interrupted update");
                }
            }
        }
    }

    private long download(URI url, Path target, MessageDigest setDigest) throws IOException {
        HttpRequest req = HttpRequest.newBuilder(url).timeout(timeout).GET().build();
        try (FileSink sink = new FileSink(target, setDigest, url)) {
            CompletableFuture<HttpResponse<Long>> f = http.sendAsync(req,
                    info -> info.statusCode() == 200 ? sink : HttpResponse.BodySubscribers.replacing(-1L));
            long start = System.nanoTime();
            long deadline = start + maxTime.toNanos();
            HttpResponse<Long> resp;
            while (true) {
                long now = System.nanoTime();
                long idle = now - Math.max(start, sink.lastActivity);
                if (now - deadline >= 0) {
                    f.cancel(true);
                    throw new IOException(url + ": not complete after " + seconds(maxTime) + " (" + sink.bytes
                            + " bytes arrived); gave up (raise --max-time for a slow link)");
                }
                if (idle >= timeout.toNanos()) {
                    f.cancel(true);
                    throw new IOException(url + ": no data for " + seconds(timeout) + " after " + sink.bytes
                            + " bytes; gave up (the server stalled)");
                }
                try {
                    resp = f.get(Math.min(deadline - now, timeout.toNanos() - idle), TimeUnit.NANOSECONDS);
                    break;
                } catch (TimeoutException e) {
                    // check the limits again
                } catch (InterruptedException e) {
                    f.cancel(true);
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while downloading " + url, e);
                } catch (ExecutionException e) {
                    Throwable c = e.getCause();
                    throw c instanceof IOException io ? new IOException(url + ": " + io.getMessage(), io)
                            : new IOException(url + ": " + c, c);
                }
            }
            if (resp.statusCode() != 200) {
                throw new IOException("HTTP " + resp.statusCode() + " from " + url);
            }
            return resp.body();
        }
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    /**
     * Writes a response body to a file as it arrives, into the digest of the set, within {@link #MAX_BYTES}; notes
     * when the last part arrived so that the waiting thread can tell a stalled server.
     */
    private static final class FileSink implements HttpResponse.BodySubscriber<Long>, AutoCloseable {
        private final CompletableFuture<Long> body = new CompletableFuture<>();
        private final FileChannel out;
        private final MessageDigest digest;
        private final URI url;
        private Flow.Subscription subscription;
        volatile long lastActivity;
        volatile long bytes;

        FileSink(Path target, MessageDigest digest, URI url) throws IOException {
            this.out = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            this.digest = digest;
            this.url = url;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            lastActivity = System.nanoTime();
            s.request(1);
        }

        @Override
        @SuppressWarnings("NonAtomicVolatileUpdate") // onNext calls are serial (Flow's contract); volatile for the watchdog
        public void onNext(List<ByteBuffer> items) {
            try {
                for (ByteBuffer b : items) {
                    bytes += b.remaining();
                    if (bytes > MAX_BYTES) {
                        throw new IOException(url + " is larger than " + MAX_BYTES + " bytes; refusing it");
                    }
                    digest.update(b.duplicate());
                    while (b.hasRemaining()) {
                        out.write(b);
                    }
                }
                lastActivity = System.nanoTime();
                subscription.request(1);
            } catch (IOException e) {
                subscription.cancel();
                fail(e);
            }
        }

        @Override
        public void onError(Throwable t) {
            fail(t);
        }

        @Override
        public void onComplete() {
            try {
                out.close();
                body.complete(bytes);
            } catch (IOException e) {
                body.completeExceptionally(e);
            }
        }

        private void fail(Throwable t) {
            try {
                out.close();
            } catch (IOException ignored) {
                // the failure reported is t
            }
            body.completeExceptionally(t);
        }

        @Override
        public CompletableFuture<Long> getBody() {
            return body;
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    /** Points {@code current} at {@code versionName} with one atomic rename of a fresh link. */
    private static void switchCurrent(Path home, String versionName) throws IOException {
        Path tmp = home.resolve(LINK_PREFIX + System.nanoTime());
        Files.createSymbolicLink(tmp, Path.of(versionName));
        Files.move(tmp, home.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Keeps the new version and the one before it. */
    private static void prune(Path home, String keep, Path previous) throws IOException {
        try (Stream<Path> s = Files.list(home)) {
            for (Path p : s.toList()) {
                String n = p.getFileName().toString();
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && !n.equals(keep)
                        && !n.startsWith(".") && (previous == null || !p.equals(previous))) {
                    deleteTree(p);
                }
            }
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path q : s.sorted(Comparator.reverseOrder()).toList()) {
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
