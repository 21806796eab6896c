package org.kordon.lists;

import java.nio.file.Path;
import java.util.Objects;
import org.kordon.model.SourceRef;

/**
 * One list file as a load read it: the unit that must hold at least one entity.
 *
 * @param file     the file's real path (through a data directory's {@code current} link, the version folder)
 * @param format   its format
 * @param source   the list and version it holds
 * @param entities how many entities it gave (before duplicates across files are dropped)
 * @param skipped  how many of its records were skipped (lenient mode, orphan rows)
 */
public record LoadedFile(Path file, ListFormat format, SourceRef source, int entities, int skipped) {
    public LoadedFile {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(source, "source");
    }
}
