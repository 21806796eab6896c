package org.kordon.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kordon.lists.ListFormat;
import org.kordon.lists.ListLoader;
import org.kordon.lists.LoadOptions;
import org.kordon.lists.LoadResult;
import org.kordon.matching.Algorithm;
import org.kordon.matching.Screeners;
import org.kordon.resolution.Resolution;
import org.kordon.resolution.ResolutionCache;
import org.kordon.review.ListLoad;
import picocli.CommandLine.Option;

/**
 * The options that say which lists to load, shared by every command that reads lists.
 *
 * <p>Without {@code --list}, lists come from the first of: the data directory ({@code --data-dir}, else
 * {@code $KORDON_DATA_DIR}, else {@code data/} in the Kordon folder) when it holds lists; the shared data folder
 * {@code ../shared/data/lists} beside the Kordon folder; the small sample of real entries bundled in the jar.
 * The choice is said on stderr.
 *
 * <p>Fail closed: a load refuses (exit {@link ExitCode#UNTRUSTED_LISTS}) a source that gives no entity, also with
 * {@code --lenient}, an OFAC CSV set without its end marker, and a version folder of the data directory that is not
 * the current one unless {@code --force} says so (then said on stderr).
 */
final class ListOptions {
    /** The system property naming the cache directory (tests set it so that they never touch the real home). */
    static final String CACHE_DIR_PROPERTY = "kordon.cache.dir";

    @Option(names = {"-l", "--list"}, paramLabel = "<file-or-dir>", arity = "1..*",
            description = "List file(s) or folder(s) in any supported format. Default: the data directory, "
                    + "then ../shared/data/lists, then the bundled sample.")
    List<Path> lists = new ArrayList<>();

    @Option(names = "--format", paramLabel = "<format>",
            description = "Format of the list files when detection by name is not enough: ofac-csv, ofac-xml, "
                    + "un-xml, eu-csv, eu-fsf-xml, uk-ofsi-xlsx, uk-ofsi-csv, uk-sl-ods, ftm-json, senzing-json.")
    String format;

    @Option(names = "--lenient", description = "Skip malformed records and report them instead of failing. "
            + "A list left with no entity, or a truncated one, is still refused.")
    boolean lenient;

    @Option(names = "--force", description = "Accept lists Kordon would refuse as not current: a version folder of the "
            + "data directory other than its current one (any command); for serve also lists that lost more than "
            + "--max-loss since the database's last list version (recorded with that version). Said on stderr. Never "
            + "accepts an empty or truncated list.")
    boolean force;

    @Option(names = "--data-dir", paramLabel = "<dir>", description = "Data directory kept by 'kordon lists update'.")
    Path dataDir;

    /** The data directory in force: {@code --data-dir}, {@code $KORDON_DATA_DIR}, or {@code <kordon home>/data}. */
    Path dataDir() {
        if (dataDir != null) {
            return dataDir;
        }
        String env = System.getenv("KORDON_DATA_DIR");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return home().resolve("data");
    }

    /**
     * Where resolutions are cached ({@link ResolutionCache}): {@code -Dkordon.cache.dir}, else {@code $KORDON_CACHE_DIR},
     * else {@code .cache} in the data directory when the lists come from it (hidden: the loader skips it), else
     * {@code $XDG_CACHE_HOME/kordon}, else {@code ~/.cache/kordon}.
     */
    Path cacheDir(List<Path> paths) {
        String prop = System.getProperty(CACHE_DIR_PROPERTY);
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        String env = System.getenv("KORDON_CACHE_DIR");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        if (paths.equals(List.of(dataDir()))) {
            return dataDir().resolve(".cache");
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "kordon");
        }
        return Path.of(System.getProperty("user.home"), ".cache", "kordon");
    }

    /** Lists loaded and resolved into entities. */
    record Resolved(LoadResult loaded, Resolution resolution) {
    }

    /**
     * Loads the lists and resolves them, reading the resolution from the cache ({@link #cacheDir}) when it holds this
     * version of the lists (the checksum of every file's bytes, the format and leniency), else resolving them and
     * writing it there. Says on stderr which, and how long it took.
     */
    Resolved loadResolved(PrintWriter err) {
        List<Path> paths = paths(err);
        LoadResult r = load(paths, err);
        long t0 = System.nanoTime();
        String checksum = ListLoad.of(paths, r).checksum();
        // the key of a plain load is the checksum alone, as a server's (Workflow) is: both share the cache
        String version = format == null && !lenient ? checksum : checksum + "; format " + format + "; lenient " + lenient;
        ResolutionCache cache = new ResolutionCache(cacheDir(paths));
        ResolutionCache.Outcome o = cache.resolve(ResolutionCache.key(version), r.snapshot(),
                () -> Screeners.build(r.snapshot(), Algorithm.KORDON), err::println);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        err.printf(Locale.ROOT, "kordon: %s; %,d ms%n", cache.describe(o), ms);
        return new Resolved(r, o.resolution());
    }

    static Path home() {
        String h = System.getProperty("kordon.home");
        return h != null ? Path.of(h) : Path.of(".");
    }

    /** Loads the lists, saying on stderr where they came from, how long it took and what was skipped. */
    LoadResult load(PrintWriter err) {
        return load(paths(err), err);
    }

    /** The files or folders to load: {@code --list}, else the defaults above (said on stderr). */
    List<Path> paths(PrintWriter err) {
        return lists.isEmpty() ? defaultLists(err) : lists;
    }

    /** Loads {@code paths} with the format and leniency options, saying on stderr what it loaded. */
    LoadResult load(List<Path> paths, PrintWriter err) {
        ListFormat f = format == null ? null : parseFormat(format);
        if (force) {
            for (Path p : paths) {
                ListLoader.oldVersionOf(p).ifPresent(d -> err.println("kordon: --force: " + d + "; loading it as asked"));
            }
        }
        long t0 = System.nanoTime();
        LoadResult r = ListLoader.load(paths, new LoadOptions(f, lenient, force));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        err.printf(Locale.ROOT, "kordon: loaded %,d entities from %d source(s) in %,d ms%n",
                r.snapshot().size(), Math.max(1, r.snapshot().sources().size()), ms);
        report(r, err);
        return r;
    }

    static ListFormat parseFormat(String name) {
        try {
            return ListFormat.parse(name);
        } catch (IllegalArgumentException e) {
            throw new UserException(ExitCode.USAGE, e.getMessage());
        }
    }

    /** One line on what the load skipped or found odd; the details are for {@code lists stats --problems}. */
    static void report(LoadResult r, PrintWriter err) {
        if (r.problems().isEmpty()) {
            return;
        }
        err.printf(Locale.ROOT, "kordon: %,d warning(s) while loading, %,d record(s) skipped ('kordon lists stats --problems' lists them)%n",
                r.problems().size(), r.skipped());
    }

    private List<Path> defaultLists(PrintWriter err) {
        Path data = dataDir();
        if (holdsLists(data)) {
            err.println("kordon: lists from the data directory " + data);
            return List.of(data);
        }
        Path shared = home().resolve("../shared/data/lists").normalize();
        if (holdsLists(shared)) {
            err.println("kordon: lists from " + shared + " (no lists in " + data + "; run 'kordon lists update' to fetch the official ones)");
            return List.of(shared);
        }
        err.println("kordon: no lists in " + data + " and no ../shared/data/lists: using the bundled sample of real entries "
                + "(run 'kordon lists update' where the official sites are reachable)");
        return List.of(BundledSample.extract());
    }

    private static boolean holdsLists(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try {
            return !ListLoader.resolve(List.of(dir), null).isEmpty();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The sample lists bundled in the jar, copied to a temporary folder once per run. */
    static final class BundledSample {
        static final List<String> FILES = List.of("ofac/sdn.csv", "ofac/alt.csv", "ofac/add.csv", "un/UN_consolidated.xml",
                "eu/32014R0269.csv", "eu/32014R0833.csv");

        private BundledSample() {
        }

        static Path extract() {
            try {
                Path dir = Files.createTempDirectory("kordon-sample-");
                for (String f : FILES) {
                    try (InputStream in = ListOptions.class.getResourceAsStream("/sample/" + f)) {
                        if (in == null) {
                            continue;
                        }
                        Path target = dir.resolve(f);
                        Files.createDirectories(target.getParent());
                        Files.copy(in, target);
                        target.toFile().deleteOnExit();
                    }
                }
                return dir;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot unpack the bundled sample: " + e.getMessage(), e);
            }
        }
    }
}
