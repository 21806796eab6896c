package org.kordon.lists;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.kordon.model.Entity;
import org.kordon.model.ListSnapshot;
import org.kordon.model.SourceRef;

/**
 * Loads list files, directories of them, or a mix into one {@link ListSnapshot}.
 *
 * <p>A directory is searched for files of a known format. Sub-folders of a folder that itself holds a list
 * file are taken as other versions of that list (OFAC's {@code bench-2021/} beside {@code sdn.csv}) and are
 * not loaded unless named. A folder kept by {@link ListUpdater} is read through its {@code current} link. When two files give the same entity id, the first wins and the second is reported.
 *
 * <pre>{@code
 * LoadResult r = ListLoader.load(List.of(Path.of("../shared/data/lists")), LoadOptions.defaults());
 * r.snapshot().size();   // every entity of every list found
 * }</pre>
 *
 * <p>A load either returns a complete snapshot or throws; it never changes anything on disk, so a failed
 * load leaves whatever the caller held before untouched.
 *
 * <p>Fail closed: every file (an OFAC CSV set counts as one) must give at least one entity, in lenient mode too,
 * and a file set that failed its end-marker check is refused; both throw {@link UntrustedListException}. So does a
 * path that is a version folder of a data directory other than its {@code current} one (an older version kept by
 * {@link ListUpdater}, a refused download), unless {@link LoadOptions#oldVersions()} allows it.
 */
public final class ListLoader {
    private ListLoader() {
    }

    /** A file and the format to read it with. */
    public record ListFile(Path path, ListFormat format) {
    }

    /**
     * Loads every list found under {@code paths}.
     *
     * @throws ListFormatException    when a file is malformed (strict mode) or a path holds no list
     * @throws UntrustedListException when a file gives no entity, is truncated, or is not a current version
     * @throws UncheckedIOException   when a file cannot be read
     */
    public static LoadResult load(List<Path> paths, LoadOptions options) {
        List<ListFile> files = resolve(paths, options.format());
        List<LoadProblem> problems = new ArrayList<>();
        for (Path p : paths) {
            Optional<OldVersion> old = notCurrentVersion(p);
            if (old.isPresent() && !options.oldVersions()) {
                throw new UntrustedListException(p.toString(), old.get().describe(p) + "; point --list at " + old.get().home()
                        + " for the current version, or add --force to screen against this one");
            }
            old.ifPresent(o -> problems.add(new LoadProblem(p.toString(), null, null, o.describe(p) + "; loaded anyway, as asked")));
        }
        // Files are parsed in parallel (one parser per file, on the common pool) and merged in file order, so the
        // result, the duplicate reports and the first error are the same as a sequential load.
        Parsed[] parsed = new Parsed[files.size()];
        java.util.stream.IntStream.range(0, files.size()).parallel().forEach(i -> parsed[i] = parse(files.get(i), options));
        Map<String, Entity> entities = new LinkedHashMap<>();
        List<SourceRef> sources = new ArrayList<>();
        List<LoadedFile> loaded = new ArrayList<>();
        int skipped = 0;
        for (Parsed p : parsed) {
            if (p.failure() != null) {
                throw p.failure();
            }
            if (p.ctx().refusal() != null) {
                throw p.ctx().refusal();
            }
            if (p.entities().isEmpty()) {
                int bad = p.ctx().skipped();
                throw new UntrustedListException(p.file().path().toString(), String.format(Locale.ROOT,
                        "%s (%s) has 0 entities%s: a sanctions list is never empty", p.file().path(),
                        p.file().format().cliName(), bad > 0 ? String.format(Locale.ROOT, " (%,d records skipped as malformed)", bad) : ""));
            }
            SourceRef ref = p.ctx().source() != null ? p.ctx().source() : p.entities().get(0).source();
            loaded.add(new LoadedFile(realPath(p.file().path()), p.file().format(), ref, p.entities().size(), p.ctx().skipped()));
            for (Entity e : p.entities()) {
                if (entities.putIfAbsent(e.id(), e) != null) {
                    problems.add(new LoadProblem(ListFormatException.fileName(p.file().path()), null, "id",
                            "duplicate entity id " + e.id() + ": the first one is kept"));
                }
            }
            problems.addAll(p.ctx().problems());
            skipped += p.ctx().skipped();
            if (p.ctx().source() != null && !sources.contains(p.ctx().source())) {
                sources.add(p.ctx().source());
            }
        }
        return new LoadResult(new ListSnapshot(sources, new ArrayList<>(entities.values())), problems, skipped, loaded);
    }

    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    /**
     * Says what {@code path} is when it is (or is a file in) a version folder of a data directory kept by
     * {@link ListUpdater} other than the source's {@code current} one, e.g. {@code data/un/20260101000000-3f1c… is
     * not the current version of un in the data directory data (current is 20260201000000-9a0b…)}; empty otherwise.
     */
    public static Optional<String> oldVersionOf(Path path) {
        return notCurrentVersion(path).map(o -> o.describe(path));
    }

    /** A version folder of source folder {@code home} that is not its {@code current} one ({@code currentName}). */
    record OldVersion(Path home, String currentName) {
        String describe(Path path) {
            return path + " is not the current version of " + home.getFileName() + " in the data directory "
                    + home.getParent() + " (current is " + currentName + ")";
        }
    }

    /**
     * The source folder when {@code path} is (or is a file in) a version folder of a data directory kept by
     * {@link ListUpdater} other than the source's {@code current} one; empty otherwise.
     */
    static Optional<OldVersion> notCurrentVersion(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path dir = Files.isDirectory(abs) ? abs : abs.getParent();
        Path home = dir == null ? null : dir.getParent();
        if (home == null || dir.getFileName().toString().equals(ListUpdater.CURRENT)) {
            return Optional.empty();
        }
        Path current = home.resolve(ListUpdater.CURRENT);
        if (!Files.isDirectory(current)) {
            return Optional.empty();
        }
        try {
            Path currentReal = current.toRealPath();
            if (currentReal.equals(dir.toRealPath())) {
                return Optional.empty();
            }
            return Optional.of(new OldVersion(home, currentReal.getFileName().toString()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** One file's parse: its entities and context, or the exception that stopped it. */
    private record Parsed(ListFile file, List<Entity> entities, ParseContext ctx, RuntimeException failure) {
    }

    private static Parsed parse(ListFile f, LoadOptions options) {
        List<Entity> out = new ArrayList<>();
        ParseContext ctx = new ParseContext(f.path(), options.lenient(), out::add);
        try {
            f.format().newParser().parse(ctx);
            return new Parsed(f, out, ctx, null);
        } catch (IOException e) {
            return new Parsed(f, List.of(), ctx, new UncheckedIOException("cannot read " + f.path() + ": " + e.getMessage(), e));
        } catch (RuntimeException e) {
            return new Parsed(f, List.of(), ctx, e);
        }
    }

    /**
     * The list files {@code paths} stand for, with their formats.
     *
     * @param format the format of every file, or null to detect
     * @throws ListFormatException when a path does not exist or holds no list of a known format
     */
    public static List<ListFile> resolve(List<Path> paths, ListFormat format) {
        List<ListFile> out = new ArrayList<>();
        for (Path p : paths) {
            int before = out.size();
            try {
                if (Files.isDirectory(p)) {
                    collect(p, format, out);
                } else if (Files.isRegularFile(p)) {
                    Optional<ListFormat> f = format != null ? Optional.of(format) : ListFormat.detect(p);
                    if (f.isEmpty()) {
                        throw new ListFormatException(ListFormatException.fileName(p), null, null,
                                "not a list format Kordon recognises; name one with --format ("
                                        + formatNames() + ")");
                    }
                    out.add(new ListFile(p, f.get()));
                } else {
                    throw new ListFormatException(p.toString(), null, null, "no such file or directory");
                }
            } catch (NoSuchFileException e) {
                throw new ListFormatException(p.toString(), null, null, "no such file or directory");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + p + ": " + e.getMessage(), e);
            }
            if (out.size() == before) {
                throw new ListFormatException(p.toString(), null, null, "holds no list file of a known format");
            }
        }
        return out;
    }

    private static void collect(Path dir, ListFormat format, List<ListFile> out) throws IOException {
        Path current = dir.resolve(ListUpdater.CURRENT);
        if (Files.isDirectory(current)) {
            // A source folder kept by `kordon lists update`: only its current version counts.
            collect(current, format, out);
            return;
        }
        List<Path> files = new ArrayList<>();
        List<Path> dirs = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.sorted().filter(p -> !p.getFileName().toString().startsWith("."))
                    .forEach(p -> (Files.isDirectory(p) ? dirs : files).add(p));
        }
        boolean found = false;
        for (Path f : files) {
            if (ListFormat.isOfacCompanion(f)) {
                continue;
            }
            Optional<ListFormat> detected = ListFormat.detect(f);
            if (detected.isPresent() && (format == null || format == detected.get())) {
                out.add(new ListFile(f, detected.get()));
                found = true;
            }
        }
        if (!found) {
            for (Path d : dirs) {
                collect(d, format, out);
            }
        }
    }

    static String formatNames() {
        StringBuilder b = new StringBuilder();
        for (ListFormat f : ListFormat.values()) {
            b.append(b.isEmpty() ? "" : ", ").append(f.cliName());
        }
        return b.toString();
    }
}
