package org.kordon.lists;

import java.util.List;
import org.kordon.model.ListSnapshot;

/**
 * A loaded snapshot and what the load had to say about it.
 *
 * @param snapshot  the entities
 * @param problems  skipped records and warnings, in the order met
 * @param skipped   how many records were skipped (lenient mode, orphan rows)
 */
public record LoadResult(ListSnapshot snapshot, List<LoadProblem> problems, int skipped) {
    public LoadResult {
        problems = List.copyOf(problems);
    }
}
