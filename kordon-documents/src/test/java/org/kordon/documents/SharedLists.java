package org.kordon.documents;

import java.util.List;
import org.kordon.lists.ListLoader;
import org.kordon.lists.LoadOptions;
import org.kordon.testkit.SharedData;

/** One scanner over every list in {@code ../shared/data/lists}, built once for all tests that need the real lists. */
final class SharedLists {
    private static DocumentScanner scanner;

    private SharedLists() {
    }

    /** The scanner; skips the calling test when {@code ../shared/data/lists} is absent. */
    static synchronized DocumentScanner scanner() {
        var dir = SharedData.require("lists");
        if (scanner == null) {
            scanner = DocumentScanner.build(ListLoader.load(List.of(dir), new LoadOptions(null, true)).snapshot());
        }
        return scanner;
    }
}
