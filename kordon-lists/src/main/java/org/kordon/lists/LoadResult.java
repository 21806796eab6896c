package org.kordon.lists;

import java.util.List;
import org.kordon.model.ListSnapshot;

/**
 * A loaded snapshot and what the load had to say about it.
 *
 * @param snapshot  the entities
 * @param problems  skipped records and warnings, in the order met
 * @param skipped   how many records were skipped (lenient mode, orphan rows)
 * @param files     each file read, with its entity count (every one holds at least one entity)
 */
public record LoadResult(ListSnapshot snapshot, List<LoadProblem> problems, int skipped, List<LoadedFile> files) {
    public LoadResult {
        problems = List.copyOf(problems);
        files = List.copyOf(files);
    }

    /** The entities of the snapshot counted per list, to compare with another version ({@link ShrinkGuard}). */
    public SourceCounts counts() {
        return SourceCounts.of(snapshot);
    }
}
