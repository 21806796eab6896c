package org.kordon.resolution;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.kordon.matching.Screener;
import org.kordon.model.ListSnapshot;

/**
 * Resolutions kept on disk per list version, so that a one-shot {@code kordon screen} resolves a version of the
 * lists once, not at every run.
 *
 * <pre>{@code
 * ResolutionCache cache = new ResolutionCache(Path.of("data"));
 * String key = ResolutionCache.key(load.checksum());          // the lists' checksum and Resolver.VERSION
 * ResolutionCache.Outcome o = cache.resolve(key, snapshot, () -> Screeners.build(snapshot, Algorithm.KORDON), System.err::println);
 * o.fromCache();   // true from the second run on: no name index built, no name screened
 * }</pre>
 *
 * <p>A cache file, {@code resolution-<key>.csv}, holds the links of a resolution (followed, possibly the same,
 * refused, each with its reason, evidence and conflict); {@link Resolution#of} rebuilds the entities from them. It
 * is written whole or not at all (a temporary file moved into place). Fail safe: a file that is missing,
 * unreadable, truncated or corrupt, or that names a listing the snapshot lacks, is ignored with one line said and
 * the resolution computed anew, never half used. It keeps the {@link #MAX_FILES} files written last. The key must change whenever the listings could: {@link #key}
 * digests the lists' checksum (every file's bytes) with {@link Resolver#VERSION}, and with the analysts' judgements
 * ({@link #key(String, Collection)}).
 *
 * <p>Thread-safe: two writers of one key write the same content, and each moves a whole file into place.
 */
public final class ResolutionCache {
    /** The cache file of a key: {@code resolution-<key>.csv}. */
    static final String PREFIX = "resolution-";
    static final String SUFFIX = ".csv";
    /** The most cache files kept: writing one more removes the least recently written (old list versions). */
    static final int MAX_FILES = 8;
    static final List<String> HEADER = List.of("kind", "from", "to", "reason", "evidence", "conflict");
    static final String FOLLOWED = "followed";
    static final String POSSIBLY_SAME = "possibly-same";
    static final String REFUSED = "refused";
    /** The comment above the header: what the file is and how many rows of each kind follow (a truncated file is refused). */
    private static final Pattern COMMENT = Pattern.compile(
            "kordon resolution; resolver (\\d+); key (\\S+); listings (\\d+); followed (\\d+); possibly-same (\\d+); refused (\\d+)");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").setCommentMarker('#')
            .setHeader(HEADER.toArray(String[]::new)).get();

    private final Path dir;

    /** A cache in {@code dir}, created when first written. */
    public ResolutionCache(Path dir) {
        this.dir = Objects.requireNonNull(dir, "dir");
    }

    /** A resolution and whether it came from the cache. */
    public record Outcome(Resolution resolution, boolean fromCache) {
    }

    /**
     * The key of the resolution of lists whose content is {@code listsVersion} (their checksum, with the load options
     * that could change the listings): a SHA-256 of it, {@link Resolver#VERSION} and the code that resolves
     * ({@link #CODE}), in hex.
     */
    public static String key(String listsVersion) {
        return key(listsVersion, CODE);
    }

    /**
     * The key of the resolution of lists whose content is {@code listsVersion} with the analysts' {@code judgements}:
     * as {@link #key(String)}, with the judgements' {@link Judgement#digest}, so that a new judgement never reads a
     * resolution made without it. Without judgements it is {@link #key(String)}.
     */
    public static String key(String listsVersion, Collection<Judgement> judgements) {
        Objects.requireNonNull(listsVersion, "listsVersion");
        return key(judgements.isEmpty() ? listsVersion : listsVersion + "\njudgements " + Judgement.digest(judgements), CODE);
    }

    /**
     * The code the resolution was computed by, as a key part: for each of the resolver's and the screener's jar its
     * path, size and time of modification, so that a rebuilt or upgraded Kordon (whose name scoring may link other
     * listings) never reads a resolution an older one wrote, even if nobody bumped {@link Resolver#VERSION}. Classes
     * read from a folder (a build's {@code target/classes}, in tests) give {@code "classes"}: there only the version
     * protects, and a clean build removes the test cache.
     */
    static final String CODE = codeOf(Resolver.class) + " " + codeOf(org.kordon.matching.Screeners.class);

    static String codeOf(Class<?> c) {
        try {
            java.security.CodeSource src = c.getProtectionDomain().getCodeSource();
            if (src == null || src.getLocation() == null) {
                return "unknown";
            }
            return codeOf(Path.of(src.getLocation().toURI()));
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return "unknown";
        }
    }

    /** {@code path size mtime} of a jar, {@code "classes"} for a folder. */
    static String codeOf(Path location) {
        try {
            if (Files.isDirectory(location)) {
                return "classes";
            }
            return location.toAbsolutePath() + " " + Files.size(location) + " " + Files.getLastModifiedTime(location).toMillis();
        } catch (IOException e) {
            return "unknown " + location;
        }
    }

    /** As {@link #key(String)}, with the code's key part given. */
    static String key(String listsVersion, String code) {
        Objects.requireNonNull(listsVersion, "listsVersion");
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] d = md.digest(("resolver " + Resolver.VERSION + "\ncode " + code + "\n" + listsVersion)
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    public Path dir() {
        return dir;
    }

    /** The file of {@code key}. */
    public Path file(String key) {
        return dir.resolve(PREFIX + key + SUFFIX);
    }

    /**
     * The resolution of {@code snapshot} under {@code key}: read from the cache when there, else resolved with the
     * screener {@code names} supplies (built only then) and written to the cache. A cache that cannot be read or
     * written is said through {@code say} in one line, and the resolution is computed (or kept) all the same.
     */
    public Outcome resolve(String key, ListSnapshot snapshot, Supplier<Screener> names, Consumer<String> say) {
        return resolve(key, snapshot, List.of(), names, say);
    }

    /**
     * As {@link #resolve(String, ListSnapshot, Supplier, Consumer)}, respecting the analysts' {@code judgements}
     * ({@link Resolver#resolve(ListSnapshot, Screener, List)}); {@code key} must be {@link #key(String, Collection)}
     * of the same judgements.
     */
    public Outcome resolve(String key, ListSnapshot snapshot, List<Judgement> judgements, Supplier<Screener> names, Consumer<String> say) {
        Optional<Resolution> cached = read(key, snapshot, judgements, say);
        if (cached.isPresent()) {
            return new Outcome(cached.get(), true);
        }
        Resolution r = Resolver.resolve(snapshot, names.get(), judgements);
        try {
            write(key, snapshot, r);
        } catch (IOException | UncheckedIOException e) {
            say.accept("kordon: resolution not cached: cannot write " + file(key) + " (" + e.getMessage() + ")");
        }
        return new Outcome(r, false);
    }

    /**
     * Says what {@link #resolve} did, e.g. {@code "32,207 listings resolved into 22,389 entities: read from the cache
     * in data/.cache"} or {@code "… entities (not in the cache in data/.cache yet: resolved and written)"}.
     */
    public String describe(Outcome o) {
        int listings = o.resolution().entities().stream().mapToInt(e -> e.listings().size()).sum();
        return String.format(Locale.ROOT, o.fromCache() ? "%,d listings resolved into %,d entities: read from the cache in %s"
                : "%,d listings resolved into %,d entities (not in the cache in %s yet: resolved and written)",
                listings, o.resolution().entities().size(), dir);
    }

    /**
     * The cached resolution of {@code snapshot} under {@code key}, or empty when there is none or it cannot be used
     * (said through {@code say}, one line naming the file and why; a missing file is not said).
     */
    public Optional<Resolution> read(String key, ListSnapshot snapshot, Consumer<String> say) {
        return read(key, snapshot, List.of(), say);
    }

    /** As {@link #read(String, ListSnapshot, Consumer)}, for a resolution made with {@code judgements} (under their key). */
    public Optional<Resolution> read(String key, ListSnapshot snapshot, List<Judgement> judgements, Consumer<String> say) {
        Path f = file(key);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try (Reader in = Files.newBufferedReader(f, StandardCharsets.UTF_8);
             CSVParser p = CSVParser.parse(in, FORMAT.builder().setSkipHeaderRecord(true).get())) {
            Matcher m = COMMENT.matcher(p.getHeaderComment() == null ? "" : p.getHeaderComment().strip());
            if (!m.matches() || !m.group(2).equals(key) || Integer.parseInt(m.group(1)) != Resolver.VERSION) {
                throw new IllegalArgumentException("its first line is not that of resolver " + Resolver.VERSION + " for this key");
            }
            if (Integer.parseInt(m.group(3)) != snapshot.size()) {
                throw new IllegalArgumentException("it resolved " + m.group(3) + " listings, the lists hold " + snapshot.size());
            }
            if (!p.getHeaderNames().equals(HEADER)) {
                throw new IllegalArgumentException("its header is " + p.getHeaderNames() + ", expected " + HEADER);
            }
            List<Link> followed = new ArrayList<>();
            List<Link> possiblySame = new ArrayList<>();
            List<RefusedLink> refused = new ArrayList<>();
            for (CSVRecord r : p) {
                if (r.size() != HEADER.size()) {
                    throw new IllegalArgumentException("line " + p.getCurrentLineNumber() + " has " + r.size() + " fields, expected " + HEADER.size());
                }
                Link l = new Link(r.get(1), r.get(2), LinkReason.valueOf(r.get(3)), r.get(4));
                switch (r.get(0)) {
                    case FOLLOWED -> followed.add(l);
                    case POSSIBLY_SAME -> possiblySame.add(l);
                    case REFUSED -> refused.add(new RefusedLink(l, r.get(5)));
                    default -> throw new IllegalArgumentException("line " + p.getCurrentLineNumber() + ": unknown kind '" + r.get(0) + "'");
                }
            }
            if (followed.size() != Integer.parseInt(m.group(4)) || possiblySame.size() != Integer.parseInt(m.group(5))
                    || refused.size() != Integer.parseInt(m.group(6))) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "it holds %d/%d/%d links, its first line says %s/%s/%s",
                        followed.size(), possiblySame.size(), refused.size(), m.group(4), m.group(5), m.group(6)));
            }
            return Optional.of(Resolution.of(snapshot, followed, possiblySame, refused, judgements));
        } catch (IOException | RuntimeException e) {
            say.accept("kordon: cached resolution " + f + " ignored (" + e.getMessage() + "); resolving anew");
            return Optional.empty();
        }
    }

    /** Writes {@code resolution} of {@code snapshot} under {@code key}: whole (a temporary file moved into place) or not at all. */
    public void write(String key, ListSnapshot snapshot, Resolution resolution) throws IOException {
        Files.createDirectories(dir);
        // not Files.createTempFile: its file is private to the owner, and a server may run as another user than
        // the `kordon lists update` that wrote the cache
        Path tmp = dir.resolve(PREFIX + key + "-" + UUID.randomUUID() + ".tmp");
        try {
            List<Link> followed = resolution.followed();
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 CSVPrinter out = new CSVPrinter(w, FORMAT.builder().setHeaderComments(String.format(Locale.ROOT,
                         "kordon resolution; resolver %d; key %s; listings %d; followed %d; possibly-same %d; refused %d",
                         Resolver.VERSION, key, snapshot.size(), followed.size(), resolution.possiblySame().size(),
                         resolution.refused().size())).get())) {
                for (Link l : followed) {
                    out.printRecord(FOLLOWED, l.from(), l.to(), l.reason().name(), l.evidence(), "");
                }
                for (Link l : resolution.possiblySame()) {
                    out.printRecord(POSSIBLY_SAME, l.from(), l.to(), l.reason().name(), l.evidence(), "");
                }
                for (RefusedLink r : resolution.refused()) {
                    Link l = r.link();
                    out.printRecord(REFUSED, l.from(), l.to(), l.reason().name(), l.evidence(), r.conflict());
                }
            }
            try {
                Files.move(tmp, file(key), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file(key), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        prune();
    }

    /** Removes all but the {@link #MAX_FILES} most recently written cache files. */
    private void prune() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(f -> f.getFileName().toString().startsWith(PREFIX) && f.getFileName().toString().endsWith(SUFFIX))
                    .sorted(Comparator.comparing(ResolutionCache::written).reversed()).toList();
        }
        for (Path f : files.subList(Math.min(MAX_FILES, files.size()), files.size())) {
            Files.deleteIfExists(f);
        }
    }

    private static FileTime written(Path f) {
        try {
            return Files.getLastModifiedTime(f);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
