package org.kordon.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.kordon.lists.ListLoader;
import org.kordon.lists.LoadResult;
import org.kordon.model.ListSnapshot;

/**
 * A loaded set of lists and where it came from: what {@link Workflow#load} records as a list version.
 *
 * <pre>{@code
 * List<Path> paths = List.of(Path.of("data/ofac"));
 * ListLoad load = ListLoad.of(paths, ListLoader.load(paths, LoadOptions.defaults()));
 * load.checksum();   // SHA-256 over the files' bytes, e.g. "3f1c…"
 * }</pre>
 *
 * @param snapshot  the entities
 * @param source    the files or folders, as given
 * @param checksum  SHA-256 over the bytes of every list file, in path order
 * @param published the publishers' versions ({@code ofac-sdn 03/14/2025; un 2025-03-13}), or null when none says
 */
public record ListLoad(ListSnapshot snapshot, String source, String checksum, String published) {
    public ListLoad {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(checksum, "checksum");
    }

    /** Describes lists loaded from {@code paths}, hashing their files. */
    public static ListLoad of(List<Path> paths, LoadResult loaded) {
        MessageDigest md = Hashes.digest();
        List<Path> files = ListLoader.resolve(paths, null).stream().map(ListLoader.ListFile::path)
                .sorted(Comparator.comparing(Path::toString)).toList();
        byte[] buf = new byte[1 << 16];
        for (Path f : files) {
            try (InputStream in = new DigestInputStream(Files.newInputStream(f), md)) {
                while (in.read(buf) >= 0) {
                    // the digest sees every byte
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + f + ": " + e.getMessage(), e);
            }
        }
        String source = paths.stream().map(Path::toString).collect(Collectors.joining(", "));
        return new ListLoad(loaded.snapshot(), source, HexFormat.of().formatHex(md.digest()), published(loaded.snapshot()));
    }

    static String published(ListSnapshot s) {
        String p = s.sources().stream().filter(r -> r.version() != null).map(r -> r.list() + " " + r.version())
                .distinct().sorted().collect(Collectors.joining("; "));
        return p.isEmpty() ? null : p;
    }

    /** A load described by a snapshot alone (tests, benchmarks): the checksum is that of its entities' content. */
    public static ListLoad ofSnapshot(ListSnapshot snapshot, String source) {
        String sum = Hashes.sha256(snapshot.entities().stream().map(e -> e.id() + "=" + Hashes.entity(e)).collect(Collectors.joining("\n")));
        return new ListLoad(snapshot, source, sum, published(snapshot));
    }
}
