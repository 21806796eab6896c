package org.kordon.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.kordon.lists.ListFormat;
import org.kordon.lists.ListLoader;
import org.kordon.lists.LoadOptions;
import org.kordon.lists.LoadResult;

/**
 * The bytes of the list files, keyed by a path relative to a folder, and their version: what the driver broadcasts.
 *
 * <p>The version is the first 16 hex digits of a SHA-256 over the relative paths and the bytes, so two runs on the
 * same files agree and any change to a file gives a new version. Executors unpack the files into a temporary
 * folder and load them with the same {@link ListLoader} as {@code kordon screen}, so they see the same snapshot.
 *
 * <pre>{@code
 * ListFiles files = ListFiles.read(List.of(Path.of("lists")));
 * LoadResult same = files.load();   // what ListLoader.load(List.of(Path.of("lists")), defaults) gives
 * }</pre>
 */
record ListFiles(List<String> lists, Map<String, byte[]> files, String version) implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The files the OFAC CSV parser reads beside {@code sdn.csv} (ListFormat.isOfacCompanion). */
    private static final List<String> OFAC_COMPANIONS = List.of("alt.csv", "add.csv", "sdn_comments.csv");

    /** Reads every list file under {@code paths} (files or folders), in a stable order. */
    static ListFiles read(List<Path> paths) {
        Map<String, byte[]> files = new TreeMap<>();
        List<String> lists = new ArrayList<>();
        try {
            int n = 0;
            for (ListLoader.ListFile f : ListLoader.resolve(paths, null)) {
                // a folder per list file keeps same-named files apart and the file name (format detection) intact
                String dir = "f" + n++ + "/";
                Path p = f.path();
                lists.add(dir + p.getFileName());
                files.put(dir + p.getFileName(), Files.readAllBytes(p));
                if (f.format() == ListFormat.OFAC_CSV) {
                    for (String companion : OFAC_COMPANIONS) {
                        Path c = p.resolveSibling(companion);
                        if (Files.isRegularFile(c)) {
                            files.put(dir + companion, Files.readAllBytes(c));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the lists: " + e.getMessage(), e);
        }
        return new ListFiles(List.copyOf(lists), files, digest(files));
    }

    private static String digest(Map<String, byte[]> files) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                md.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(e.getValue());
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Unpacks the files into a temporary folder and loads them as {@code kordon screen} does (strict). */
    LoadResult load() {
        try {
            Path dir = Files.createTempDirectory("kordon-spark-lists-");
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                Path target = dir.resolve(e.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, e.getValue());
            }
            List<Path> listPaths = new ArrayList<>();
            for (String l : lists) {
                listPaths.add(dir.resolve(l));
            }
            try {
                return ListLoader.load(listPaths, LoadOptions.defaults());
            } finally {
                try (Stream<Path> all = Files.walk(dir)) {
                    all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the lists: " + e.getMessage(), e);
        }
    }
}
