package org.kordon.server;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.kordon.model.ListSnapshot;

/**
 * A value built from the lists in force (an index, a scanner), rebuilt once when {@code POST /lists/reload} puts
 * new lists in force and shared by every request until then.
 *
 * <pre>{@code
 * PerSnapshot<DocumentScanner> scanners = new PerSnapshot<>(workflow::snapshot, DocumentScanner::build);
 * scanners.get()   // built on first use, again only after a reload
 * }</pre>
 *
 * Thread-safe: two requests racing after a reload build it once (the build runs under the lock).
 */
final class PerSnapshot<T> {
    private final Supplier<ListSnapshot> snapshots;
    private final Function<ListSnapshot, T> build;
    private ListSnapshot builtFor;
    private T value;

    PerSnapshot(Supplier<ListSnapshot> snapshots, Function<ListSnapshot, T> build) {
        this.snapshots = Objects.requireNonNull(snapshots, "snapshots");
        this.build = Objects.requireNonNull(build, "build");
    }

    synchronized T get() {
        ListSnapshot s = snapshots.get();
        if (s != builtFor) {
            value = build.apply(s);
            builtFor = s;
        }
        return value;
    }
}
