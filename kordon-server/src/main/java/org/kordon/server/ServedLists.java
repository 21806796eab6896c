package org.kordon.server;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.kordon.lists.ListFormat;
import org.kordon.lists.ListHealth;
import org.kordon.lists.LoadResult;
import org.kordon.lists.LoadedFile;
import org.kordon.lists.ShrinkGuard;
import org.kordon.lists.SourceCounts;
import org.kordon.lists.UntrustedListException;
import org.kordon.model.ListSnapshot;
import org.kordon.review.ListLoad;
import org.kordon.store.ListVersion;
import org.kordon.store.Store;

/**
 * The lists a server serves: how to load them again for {@code POST /lists/reload}, the {@link ShrinkGuard} a new
 * version must pass before it replaces the one in force (so that no alert is closed on entities a broken file
 * dropped), and what {@code /health} and {@code /readyz} say about them.
 *
 * <pre>{@code
 * ServedLists lists = ServedLists.of(paths, null, () -> ListLoader.load(paths, LoadOptions.defaults()),
 *         ShrinkGuard.defaults(), Duration.ofDays(7));
 * ServedLists.Candidate first = lists.guardAgainstRecorded(store, lists.load(), false, "kordon", "use --force", System.err::println);
 * Workflow wf = Workflow.open(store, first.load(), 0.78);
 * lists.inForce(first.files());
 * KordonServer.serve(config, wf, lists, Features.standard(wf, vessels));
 * }</pre>
 *
 * <p>Thread-safe: the files in force are replaced as a whole.
 */
public final class ServedLists {
    private final List<Path> paths;
    private final ListFormat format;
    private final Supplier<Candidate> loader;
    private final ShrinkGuard guard;
    private final Duration maxAge;
    private volatile List<LoadedFile> inForce = List.of();

    /**
     * A loaded version, not yet in force.
     *
     * @param load  what the workflow records
     * @param files the files it came from, with their counts; empty when the lists were given without files
     */
    public record Candidate(ListLoad load, List<LoadedFile> files) {
        public Candidate {
            Objects.requireNonNull(load, "load");
            files = List.copyOf(files);
        }
    }

    private ServedLists(List<Path> paths, ListFormat format, Supplier<Candidate> loader, ShrinkGuard guard, Duration maxAge) {
        this.paths = List.copyOf(paths);
        this.format = format;
        this.loader = loader;
        this.guard = Objects.requireNonNull(guard, "guard");
        this.maxAge = maxAge;
    }

    /**
     * Lists loaded from files.
     *
     * @param paths  the files or folders, as configured
     * @param format their format, or null when detected
     * @param loader loads them (it may say what it loaded on a console)
     * @param guard  how much of a source a new version may lose
     * @param maxAge the oldest a list may be before the server reports itself degraded, or null for no limit
     */
    public static ServedLists of(List<Path> paths, ListFormat format, Supplier<LoadResult> loader, ShrinkGuard guard,
                                 Duration maxAge) {
        Objects.requireNonNull(loader, "loader");
        return new ServedLists(paths, format, () -> {
            LoadResult r = loader.get();
            return new Candidate(ListLoad.of(paths, r), r.files());
        }, guard, maxAge);
    }

    /**
     * Lists given as loads without their files (tests, embedders): reloads pass the default {@link ShrinkGuard};
     * health knows the counts in force but not the files' ages.
     *
     * @param reload supplies the lists anew, or null when the server cannot reload
     */
    public static ServedLists of(Supplier<ListLoad> reload) {
        return new ServedLists(List.of(), null, reload == null ? null : () -> new Candidate(reload.get(), List.of()),
                ShrinkGuard.defaults(), null);
    }

    /** True when {@link #load} can load the lists again. */
    public boolean canReload() {
        return loader != null;
    }

    /**
     * Loads the lists anew.
     *
     * @throws UntrustedListException when a file gives no entity or is truncated
     * @throws RuntimeException       as the loader does (malformed or unreadable files)
     */
    public Candidate load() {
        if (loader == null) {
            throw new IllegalStateException("these lists cannot be loaded again");
        }
        return loader.get();
    }

    public ShrinkGuard guard() {
        return guard;
    }

    /** Records which files the lists in force came from (after the workflow accepted them). */
    public void inForce(List<LoadedFile> files) {
        inForce = List.copyOf(files);
    }

    /**
     * Passes {@code c} when it lost no more of any source than allowed since the lists in force.
     *
     * @param force  accept the loss, recording it (and who forced it) in the version's source text
     * @param actor  who asked, for the record
     * @param advice how to accept it when not forced, appended to the message
     * @param warn   receives one line when a loss is accepted because it was forced
     * @throws UntrustedListException naming each source and both counts when refused
     */
    public Candidate guardAgainst(ListSnapshot inForce, Candidate c, boolean force, String actor, String advice,
                                  Consumer<String> warn) {
        return guard(SourceCounts.of(inForce), "the lists in force", c, force, actor, advice, warn);
    }

    /**
     * As {@link #guardAgainst}, against the last list version {@code store} recorded (a restart): the earlier counts
     * are estimated from the recorded entity ids ({@link SourceCounts#ofPreviousIds}). The same files as recorded
     * always pass.
     */
    public Candidate guardAgainstRecorded(Store store, Candidate c, boolean force, String actor, String advice,
                                          Consumer<String> warn) {
        Optional<ListVersion> latest = store.latestVersion();
        if (latest.isEmpty() || latest.get().checksum().equals(c.load().checksum())) {
            return c;
        }
        SourceCounts before = SourceCounts.ofPreviousIds(store.entityHashes(latest.get().id()).keySet(), c.load().snapshot());
        return guard(before, "list version " + latest.get().id() + " recorded " + latest.get().loadedAt(), c, force, actor,
                advice, warn);
    }

    private Candidate guard(SourceCounts before, String since, Candidate c, boolean force, String actor, String advice,
                            Consumer<String> warn) {
        List<ShrinkGuard.Loss> losses = guard.check(before, SourceCounts.of(c.load().snapshot()));
        if (losses.isEmpty()) {
            return c;
        }
        String what = ShrinkGuard.describe(losses) + " since " + since;
        if (!force) {
            throw new UntrustedListException(losses.get(0).source(), what + (advice == null ? "" : "; " + advice));
        }
        warn.accept("accepting lists although " + what);
        ListLoad l = c.load();
        return new Candidate(new ListLoad(l.snapshot(), l.source() + " [forced by " + actor + ": " + what + "]",
                l.checksum(), l.published()), c.files());
    }

    /** How the lists in force stand now: {@link ListHealth} of the configured paths and the files in force. */
    public ListHealth health(ListSnapshot snapshot, Instant now) {
        if (paths.isEmpty() && inForce.isEmpty()) {
            // lists given without files: only their counts are known
            return new ListHealth(List.of(), snapshot.size() == 0 ? List.of("no list is in force") : List.of());
        }
        return ListHealth.check(paths, format, inForce, maxAge, now);
    }

    /** The oldest a list may be, or null for no limit. */
    public Duration maxAge() {
        return maxAge;
    }
}
