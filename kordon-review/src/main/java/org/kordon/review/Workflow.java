package org.kordon.review;

import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.kordon.lists.ListDiff;
import org.kordon.matching.Algorithm;
import org.kordon.matching.Match;
import org.kordon.matching.Query;
import org.kordon.matching.Screener;
import org.kordon.matching.Screeners;
import org.kordon.model.Entity;
import org.kordon.model.ListSnapshot;
import org.kordon.ownership.ListedOwnership;
import org.kordon.ownership.Node;
import org.kordon.ownership.OwnershipGraph;
import org.kordon.payments.MessageVerdict;
import org.kordon.payments.TransactionVerdict;
import org.kordon.payments.Verdict;
import org.kordon.resolution.EntityChange;
import org.kordon.resolution.Judgement;
import org.kordon.resolution.JudgementOutcome;
import org.kordon.resolution.ResolvedEntity;
import org.kordon.resolution.ResolvedMatch;
import org.kordon.resolution.ResolvedScreener;
import org.kordon.resolution.Resolution;
import org.kordon.resolution.ResolutionCache;
import org.kordon.resolution.Resolver;
import org.kordon.store.Alert;
import org.kordon.store.AlertContribution;
import org.kordon.store.AlertStatus;
import org.kordon.store.Decision;
import org.kordon.store.ListChange;
import org.kordon.store.ListVersion;
import org.kordon.store.NotFoundException;
import org.kordon.store.Outcome;
import org.kordon.store.Payment;
import org.kordon.store.ResolutionJudgement;
import org.kordon.store.Store;
import org.kordon.store.StoreException;
import org.kordon.store.Subject;

/**
 * The review workflow: screens subjects into alerts, records analysts' decisions, and re-screens only what a new
 * list version touches.
 *
 * <pre>{@code
 * Workflow wf = Workflow.open(store, ListLoad.of(paths, loaded), Screeners.DEFAULT_THRESHOLD);
 * Workflow.Screening s = wf.screen(new Subject("C-1", "Vladimir Putin", null, null, null, List.of(), true), "api");
 * wf.decide(s.alerts().get(0).id(), Outcome.FALSE_POSITIVE, "anna", "different person: born 1981");
 * Workflow.Delta d = wf.load(ListLoad.of(paths, reloaded), "api");   // d.rescreened(): only candidates
 * wf.useStakes(() -> new Workflow.Stakes(graph, Set.of(), "stakes.csv"), "kordon");
 * wf.screen(new Subject("C-2", "Beta Trade LLP", null, null, null, List.of(), true), "api").opened().get(0).explanation();
 * // "OFAC, EU: blocked, listed-owned 50%: ofac-sdn:17013 -100%-> Beta Holding Ltd(blocked) -50%-> Beta Trade LLP"
 * }</pre>
 *
 * <p>Rules: a subject × listed entity pair has at most one pending alert of each kind (the database enforces it, also
 * for servers sharing one database). A false-positive decision suppresses the pair while both content hashes stay
 * the same; a change on either side raises a new alert. A removed entity's pending alerts are closed with an audit
 * entry. An alert takes one final decision: {@link #decide} takes no lock, the database refuses a second one.
 * Screening, loading and ownership changes of one workflow are serialised ({@code synchronized}); decisions and
 * reads ({@link #screener()}, {@link #snapshot()}, the store's queries) run concurrently. Every write is durable when
 * the method that made it returns (one fsync per call on H2, see {@link Store}).
 *
 * <p>Ownership: with {@link #useStakes stakes}, screening a subject also asks the OFAC, EU and UK ownership rules
 * whether listed entities own or control it (the subject is looked up in the graph by its id and by its name; a
 * node id or name equal to either, after NFKC, lower case and collapsed spaces). Each listed owner raises an alert
 * of kind {@link Alert#OWNERSHIP} on the owner, whose explanation is the path per regime; such alerts are
 * decided and audited exactly like name alerts, and a false positive suppresses them while the subject, the owner
 * and the path stay the same. A pending ownership alert whose owner no longer owns or controls the subject (the
 * stakes changed, or a stake ended) is closed with an audit entry when the subject is screened again. The answers
 * hold for today (UTC), evaluated again on the first screening of a new day. The stakes are read again on every
 * {@link #load}; when they changed, subjects whose id or name is a node of the old or the new graph are re-screened,
 * and when the lists add, change or remove an entity that is a node of the graph, the graph's subjects are.
 */
public final class Workflow {
    /** How many matches per subject become alerts at most. */
    static final int TOP = 10;
    /**
     * How far before the subject index was read a save may be stamped and still be missed by it: clocks of servers
     * sharing one database differ, and a transaction commits after it stamps {@code updated_at}.
     */
    static final Duration SAVED_ELSEWHERE_MARGIN = Duration.ofMinutes(10);
    /** More subjects saved by other servers than this since the subject index was read: read the index again. */
    static final int SAVED_ELSEWHERE_REINDEX = 1000;
    /** Reads of an alert a decision may take when concurrent decisions move it meanwhile (open, escalated, final). */
    private static final int MAX_DECIDE_ATTEMPTS = 5;

    private final Store store;
    private final double threshold;
    private final ResolutionCache resolutions;
    private final Consumer<String> say;
    private volatile Lists lists;
    private SubjectIndex subjectIndex;
    /** The content hash of each subject in the index, and when the index was read: to find subjects saved since. */
    private Map<String, String> indexedHashes;
    private OffsetDateTime indexedAt;
    private Supplier<Stakes> stakesSource;
    private Stakes stakes;
    private volatile ListedOwnership ownership;
    private LocalDate ownershipDay;
    /** Today (UTC): the day ownership answers hold for; tests set another. */
    Supplier<LocalDate> today = () -> LocalDate.now(ZoneOffset.UTC);

    /**
     * Ownership data for the workflow.
     *
     * @param graph          the stakes graph (e.g. from stakes.csv: ids of companies are their names)
     * @param extraListedIds listed ids besides the lists' entity ids (e.g. from listed.csv)
     * @param source         where it came from, for messages (e.g. the file name)
     */
    public record Stakes(OwnershipGraph graph, Set<String> extraListedIds, String source) {
        public Stakes {
            Objects.requireNonNull(graph, "graph");
            extraListedIds = Set.copyOf(extraListedIds);
            Objects.requireNonNull(source, "source");
        }

        boolean sameAs(Stakes o) {
            return o != null && extraListedIds.equals(o.extraListedIds) && graph.nodes().equals(o.graph.nodes())
                    && graph.stakes().equals(o.graph.stakes());
        }
    }

    /**
     * The lists in force: snapshot, its listings resolved into entities (resolved once per snapshot) and the screener
     * over them, the per-listing view of that screener (one index, not two: the index the resolution was made with is
     * dropped once it is made), its recorded version and each entity's content hash.
     */
    private record Lists(ListSnapshot snapshot, Screener screener, ResolvedScreener resolved, ListVersion version,
                         Map<String, String> hashes, Map<String, Entity> byId) {
        /** The same lists resolved anew (after an analyst's judgement). */
        Lists withResolved(ResolvedScreener r) {
            return new Lists(snapshot, screener, r, version, hashes, byId);
        }
    }

    /**
     * What loading a list version did.
     *
     * @param version      the version in force
     * @param newVersion   false when the files were those of the last recorded version (a restart)
     * @param full         true when every subject was re-screened (first version), false for a delta
     * @param candidates   subjects the changed entities could match
     * @param rescreened   subjects screened again
     * @param opened       alerts raised
     * @param closed       alerts closed because their entity left the list
     * @param millis       time for the diff, recording the version, closing alerts, candidate search and
     *                     re-screening (not the list parsing, the list's own index nor its resolution)
     * @param rescreenMillis of which the candidate search and the re-screening of the candidates
     */
    public record Delta(ListVersion version, boolean newVersion, boolean full, int added, int changed, int removed,
                        int candidates, int rescreened, int opened, int closed, long millis, long rescreenMillis) {
    }

    /**
     * The outcome of screening one subject.
     *
     * @param alerts     the subject's current alerts (newest per listed entity), pending and decided
     * @param opened     alerts raised by this screening
     * @param suppressed matches not raised again because of an unchanged false-positive decision
     */
    public record Screening(Subject subject, List<Alert> alerts, List<Alert> opened, int suppressed) {
    }

    private Workflow(Store store, double threshold, ResolutionCache resolutions, Consumer<String> say) {
        this.store = store;
        this.threshold = threshold;
        this.resolutions = resolutions;
        this.say = say;
    }

    /** Opens the workflow on {@code store} with the lists of {@code initial}, recording them if new. */
    public static Workflow open(Store store, ListLoad initial, double threshold) {
        return open(store, initial, threshold, null, line -> { });
    }

    /**
     * Opens the workflow as {@link #open(Store, ListLoad, double)}, reading the resolution of each list version from
     * {@code resolutions} (keyed by the load's checksum, {@link ResolutionCache#key}) when it holds it, else writing it
     * there; {@code say} hears whether it did and why a cache was ignored.
     *
     * @param resolutions the cache, or null to resolve every version afresh
     */
    public static Workflow open(Store store, ListLoad initial, double threshold, ResolutionCache resolutions, Consumer<String> say) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0,1], got " + threshold);
        }
        Workflow wf = new Workflow(Objects.requireNonNull(store, "store"), threshold, resolutions, Objects.requireNonNull(say, "say"));
        wf.load(initial, "kordon");
        return wf;
    }

    public Store store() {
        return store;
    }

    public double threshold() {
        return threshold;
    }

    /**
     * The screener over the lists in force, one match per listing, each scored with its resolved entity's secondary
     * data ({@link ResolvedScreener#listings()}); thread-safe.
     */
    public Screener screener() {
        return lists.screener();
    }

    /**
     * The listings in force resolved into entities, and the screener that answers one match per resolved entity
     * (scored with the data of all its listings); thread-safe. Resolved once per list snapshot, when it is loaded.
     */
    public ResolvedScreener resolved() {
        return lists.resolved();
    }

    public ListSnapshot snapshot() {
        return lists.snapshot();
    }

    public ListVersion version() {
        return lists.version();
    }

    /**
     * The content hash of a listing or a resolved entity ({@code ke:…}) in force, to tell whether it changed since an
     * alert on it: an alert's {@link Alert#entityHash()} is this hash of its {@link Alert#entityId()} when raised.
     */
    public Optional<String> entityHash(String id) {
        Lists l = lists;
        if (id.startsWith(ResolvedEntity.ID_PREFIX)) {
            return l.resolved().entity(id).filter(e -> e.id().equals(id)).map(e -> entityHash(l, e));
        }
        return Optional.ofNullable(l.hashes().get(id));
    }

    /**
     * A listing in force by its id; given a resolved entity's id ({@code ke:} + its smallest listing id), that
     * listing, so that an alert's {@link Alert#entityId()} leads to a listing of its entity.
     */
    public Optional<Entity> entity(String id) {
        Lists l = lists;
        if (id.startsWith(ResolvedEntity.ID_PREFIX) && l.resolved().entity(id).filter(e -> e.id().equals(id)).isPresent()) {
            return Optional.ofNullable(l.byId().get(id.substring(ResolvedEntity.ID_PREFIX.length())));
        }
        return Optional.ofNullable(l.byId().get(id));
    }

    /**
     * Makes {@code load} the lists in force. A new version (other checksum than the last recorded) is recorded with
     * its diff; removed entities close their pending alerts; subjects that added or changed entities could match
     * are re-screened (all subjects on the first version).
     */
    public synchronized Delta load(ListLoad load, String actor) {
        return store.syncOnce(() -> loadNow(load, actor));
    }

    /**
     * The resolution of {@code load}, respecting the analysts' judgements recorded in the store: from the cache when
     * there is one and it holds it (keyed by the lists and the judgements), else resolved with {@code screener}.
     */
    private Resolution resolve(ListLoad load, Screener screener) {
        return resolve(load.checksum(), load.snapshot(), screener);
    }

    private Resolution resolve(String checksum, ListSnapshot snapshot, Screener screener) {
        List<Judgement> judgements = store.judgements().stream().map(Workflow::judgement).toList();
        if (resolutions == null) {
            return Resolver.resolve(snapshot, screener, judgements);
        }
        ResolutionCache.Outcome o = resolutions.resolve(ResolutionCache.key(checksum, judgements), snapshot, judgements, () -> screener, say);
        say.accept("kordon: " + resolutions.describe(o));
        return o.resolution();
    }

    /** A judgement as the store keeps it, as the resolver reads it. */
    static Judgement judgement(ResolutionJudgement r) {
        return new Judgement(Judgement.Kind.parse(r.kind()), r.listingA(), r.listingB(), r.analyst(), r.reason(), r.judgedAt().toInstant());
    }

    /**
     * What recording an analyst's judgement did.
     *
     * @param judgement  the judgement as recorded (its number and time are the store's)
     * @param outcome    what the new resolution did with it: applied, or not applied and why
     * @param entities   the resolved entities of its two listings now: one after an applied join, two after a split
     * @param rescreened active subjects screened again: those with an alert on an entity or listing it touched
     * @param opened     alerts the re-screening raised
     */
    public record Judged(ResolutionJudgement judgement, JudgementOutcome outcome, List<ResolvedEntity> entities, int rescreened,
                         int opened) {
    }

    /**
     * Records an analyst's judgement on two listings of the lists in force (with its audit entry), resolves the lists
     * in force again respecting every judgement recorded (same snapshot and screener, a new {@link #resolved()}), and
     * re-screens the active subjects that have any alert on an entity or listing the judgement touches: the entities
     * of its two listings before and after, and their listings (pending alerts on an entity it regrouped are first
     * carried over to the entity now holding their listing, as after a load). The judgement's time is the store's
     * clock when it is recorded ({@code judgement.at()} is replaced by it): judgements take effect in the order they
     * are recorded.
     *
     * @param principal who the request was authenticated as (an API key's name), recorded beside the analyst
     * @throws NotFoundException        naming the field ({@code a} or {@code b}) when a listing is not in the lists in force
     * @throws IllegalArgumentException naming the field when a join crosses incompatible schemata; nothing is recorded
     */
    public synchronized Judged judge(Judgement judgement, String principal) {
        return store.syncOnce(() -> judgeNow(judgement, principal));
    }

    private Judged judgeNow(Judgement j, String principal) {
        Objects.requireNonNull(j, "judgement");
        if (principal == null || principal.isBlank()) {
            throw new IllegalArgumentException("principal must be given: who the judgement was authenticated as");
        }
        Lists l = lists;
        Entity a = l.byId().get(j.a());
        if (a == null) {
            throw new NotFoundException("a: no listing '" + j.a() + "' in the lists in force");
        }
        Entity b = l.byId().get(j.b());
        if (b == null) {
            throw new NotFoundException("b: no listing '" + j.b() + "' in the lists in force");
        }
        j.check(a, b);
        Set<String> touched = new HashSet<>();
        touch(l.resolved(), j, touched);
        ResolutionJudgement stored = store.insertJudgement(j.kind().label(), j.a(), j.b(), j.analyst(), j.reason(), principal.strip());
        ResolvedScreener resolved = ResolvedScreener.build(l.snapshot(), resolve(l.version().checksum(), l.snapshot(), l.screener()),
                Algorithm.KORDON);
        lists = l.withResolved(resolved);
        // pending alerts on an entity the judgement regrouped move to its successor, as after a load
        Reconciled rc = reconcile(principal.strip());
        touch(resolved, j, touched);
        Set<String> concerned = new TreeSet<>(store.activeSubjectsAlertedOn(touched));
        concerned.addAll(rc.subjects());
        int opened = 0;
        int rescreened = 0;
        for (String id : concerned) {
            Optional<Subject> s = store.subject(id).filter(Subject::active);
            if (s.isPresent()) {
                opened += evaluate(s.get(), Hashes.subject(s.get()), principal.strip()).opened().size();
                rescreened++;
            }
        }
        Judgement recorded = judgement(stored);
        JudgementOutcome outcome = resolved.resolution().judgements().stream().filter(o -> o.judgement().equals(recorded)).findFirst()
                .orElseThrow(() -> new IllegalStateException("judgement " + stored.id() + " is missing from the resolution"));
        List<ResolvedEntity> entities = List.of(j.a(), j.b()).stream().map(id -> resolved.entity(id).orElseThrow()).distinct().toList();
        return new Judged(stored, outcome, entities, rescreened, opened);
    }

    /** Adds the ids of the entities of the judgement's two listings in {@code r}, and their listings' ids, to {@code ids}. */
    private static void touch(ResolvedScreener r, Judgement j, Set<String> ids) {
        for (String listing : List.of(j.a(), j.b())) {
            ids.add(listing);
            r.entity(listing).ifPresent(e -> {
                ids.add(e.id());
                ids.addAll(e.listingIds());
            });
        }
    }

    /**
     * What the resolution in force did with a recorded judgement, or empty when it does not know it (recorded by
     * another server on the same database since this one last resolved the lists).
     */
    public Optional<JudgementOutcome> outcome(ResolutionJudgement recorded) {
        Judgement j = judgement(recorded);
        return lists.resolved().resolution().judgements().stream().filter(o -> o.judgement().equals(j)).findFirst();
    }

    private Delta loadNow(ListLoad load, String actor) {
        long t0 = System.nanoTime();
        Stakes freshStakes = readStakes(stakesSource);
        Lists before = lists;
        Optional<ListVersion> latest = store.latestVersion();
        Map<String, String> hashes = new HashMap<>(load.snapshot().size() * 2);
        Map<String, Entity> byId = new HashMap<>(load.snapshot().size() * 2);
        for (Entity e : load.snapshot().entities()) {
            hashes.put(e.id(), Hashes.entity(e));
            byId.put(e.id(), e);
        }
        boolean sameLists = before != null && before.snapshot().equals(load.snapshot());
        // the per-listing index the resolution is made with: built only if it is not in the cache, dropped after
        Screener screener = sameLists ? before.screener() : builtOnFirstUse(() -> Screeners.build(load.snapshot(), Algorithm.KORDON));
        ResolvedScreener resolved = sameLists ? before.resolved() : ResolvedScreener.build(load.snapshot(), resolve(load, screener), Algorithm.KORDON);
        if (latest.isPresent() && latest.get().checksum().equals(load.checksum())) {
            lists = new Lists(load.snapshot(), resolved.listings(), resolved, latest.get(), hashes, byId);
            List<Subject> owned = refreshOwnership(freshStakes, List.of());
            long r0 = System.nanoTime();
            Reconciled rc = reconcile(actor);
            Map<String, Subject> again = new TreeMap<>();
            owned.forEach(s -> again.put(s.id(), s));
            rc.subjects().forEach(id -> store.subject(id).filter(Subject::active).ifPresent(s -> again.putIfAbsent(id, s)));
            int opened = 0;
            for (Subject s : again.values()) {
                opened += evaluate(s, Hashes.subject(s), actor).opened().size();
            }
            long end = System.nanoTime();
            return new Delta(latest.get(), false, false, 0, 0, 0, again.size(), again.size(), opened, rc.removed(),
                    (end - t0) / 1_000_000, (end - r0) / 1_000_000);
        }
        long d0 = System.nanoTime();
        Map<String, String> previous = latest.map(v -> store.entityHashes(v.id())).orElse(Map.of());
        List<ListChange> changes = new ArrayList<>();
        List<Entity> touched = new ArrayList<>();
        List<String> removedIds = new ArrayList<>();
        Map<String, String> details = before != null && latest.isPresent() && before.version().id() == latest.get().id()
                ? fieldDetails(ListDiff.compute(before.snapshot(), load.snapshot())) : Map.of();
        int added = 0;
        int changed = 0;
        for (Entity e : load.snapshot().entities()) {
            String old = previous.get(e.id());
            if (old == null) {
                added++;
                touched.add(e);
                if (latest.isPresent()) {
                    changes.add(new ListChange(0, e.id(), "added", e.caption(), ""));
                }
            } else if (!old.equals(hashes.get(e.id()))) {
                changed++;
                touched.add(e);
                changes.add(new ListChange(0, e.id(), "changed", e.caption(), details.getOrDefault(e.id(), "")));
            }
        }
        Map<String, String> previousCaptions = before == null ? Map.of()
                : before.snapshot().entities().stream().collect(Collectors.toMap(Entity::id, Entity::caption, (a, b) -> a));
        for (String id : previous.keySet()) {
            if (!hashes.containsKey(id)) {
                removedIds.add(id);
                changes.add(new ListChange(0, id, "removed", previousCaptions.getOrDefault(id, id), ""));
            }
        }
        removedIds.sort(null);
        if (latest.isPresent()) {
            Set<String> addedIds = new HashSet<>();
            changes.stream().filter(c -> c.kind().equals("added")).forEach(c -> addedIds.add(c.entityId()));
            for (EntityChange ec : EntityChange.between(store.resolvedIds(latest.get().id()), resolved.resolution(), addedIds,
                    Set.copyOf(removedIds))) {
                changes.add(new ListChange(0, ec.entityId(), ListChange.ENTITY, ec.caption(), ec.describe()));
            }
        }
        Map<String, ResolvedEntity> entityOf = resolved.resolution().byId();
        List<Store.Listed> listed = load.snapshot().entities().stream()
                .map(e -> new Store.Listed(e.id(), hashes.get(e.id()), e.caption(), entityOf.get(e.id()).id())).toList();
        ListVersion version = store.insertVersion(load.source(), load.checksum(), load.published(), listed, changes,
                added, changed, removedIds.size(), actor);
        lists = new Lists(load.snapshot(), resolved.listings(), resolved, version, hashes, byId);

        int closed = store.closeAlerts(store.pendingAlertsOn(removedIds), version.id(), actor);
        Reconciled rc = reconcile(actor);
        closed += rc.removed();
        if (before != null && !sameLists) {
            touched.addAll(regrouped(before.resolved(), resolved, touched));
        }
        boolean full = latest.isEmpty();
        long r0 = System.nanoTime();
        List<String> listChanged = new ArrayList<>(removedIds);
        touched.forEach(e -> listChanged.add(e.id()));
        List<Subject> owned = refreshOwnership(freshStakes, listChanged);
        List<Subject> subjects;
        int candidates;
        if (full) {
            subjects = store.activeSubjects();
            candidates = subjects.size();
        } else {
            List<String> savedElsewhere = savedElsewhere();
            Set<String> ids = new HashSet<>(subjectIndex().candidates(touched));
            ids.addAll(savedElsewhere);
            ids.addAll(rc.subjects());
            owned.forEach(s -> ids.add(s.id()));
            candidates = ids.size();
            subjects = new ArrayList<>(ids.size());
            for (String id : ids.stream().sorted().toList()) {
                store.subject(id).filter(Subject::active).ifPresent(subjects::add);
            }
        }
        int opened = 0;
        for (Subject s : subjects) {
            opened += evaluate(s, Hashes.subject(s), actor).opened().size();
        }
        long end = System.nanoTime();
        return new Delta(version, true, full, added, changed, removedIds.size(), candidates, subjects.size(), opened,
                closed, (end - d0) / 1_000_000, (end - r0) / 1_000_000);
    }

    /** A screener that builds {@code build}'s on its first query (and never, when it is never asked). */
    private static Screener builtOnFirstUse(Supplier<Screener> build) {
        return new Screener() {
            private volatile Screener built;

            @Override
            public List<Match> screen(Query query, double threshold, int top) {
                Screener b = built;
                if (b == null) {
                    synchronized (this) {
                        b = built;
                        if (b == null) {
                            b = build.get();
                            built = b;
                        }
                    }
                }
                return b.screen(query, threshold, top); // concurrent queries (the resolver screens in parallel) are fine
            }
        };
    }

    /**
     * Gives the workflow ownership data: {@code source} is read now and again on every {@link #load}. Subjects whose id
     * or name is a node of the old or the new graph are re-screened at once.
     *
     * @throws IllegalArgumentException when the source cannot be read (the message says why); nothing changes then
     */
    public synchronized Delta useStakes(Supplier<Stakes> source, String actor) {
        return store.syncOnce(() -> useStakesNow(source, actor));
    }

    private Delta useStakesNow(Supplier<Stakes> source, String actor) {
        long t0 = System.nanoTime();
        Objects.requireNonNull(source, "source");
        Stakes fresh = readStakes(source);
        stakesSource = source;
        List<Subject> owned = refreshOwnership(fresh, List.of());
        int opened = 0;
        for (Subject s : owned) {
            opened += evaluate(s, Hashes.subject(s), actor).opened().size();
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        return new Delta(lists.version(), false, false, 0, 0, 0, owned.size(), owned.size(), opened, 0, ms, ms);
    }

    /** The ownership data in force, if any. */
    public synchronized Optional<Stakes> stakes() {
        return Optional.ofNullable(stakes);
    }

    private static Stakes readStakes(Supplier<Stakes> source) {
        if (source == null) {
            return null;
        }
        try {
            return Objects.requireNonNull(source.get(), "the stakes source gave nothing");
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("stakes: " + e.getMessage(), e);
        }
    }

    /**
     * Makes {@code fresh} (null: none) the ownership data over the lists in force and returns the active subjects whose
     * ownership answer may have changed: those named by a node of the old or new graph when the stakes changed, those
     * named by a node of the graph when {@code listChanged} (entity ids added, changed or removed) holds one of its nodes.
     */
    private List<Subject> refreshOwnership(Stakes fresh, Collection<String> listChanged) {
        Stakes old = stakes;
        boolean changed = fresh == null ? old != null : !fresh.sameAs(old);
        Set<String> keys = new HashSet<>();
        if (changed) {
            addKeys(old, keys);
            addKeys(fresh, keys);
        } else if (fresh != null && touchesGraph(fresh, listChanged)) {
            addKeys(fresh, keys);
        }
        stakes = fresh;
        if (fresh == null) {
            ownership = null;
        } else if (changed || !keys.isEmpty() || ownership == null) {
            buildOwnership();
        }
        if (keys.isEmpty()) {
            return List.of();
        }
        return store.activeSubjects().stream().filter(s -> keys.contains(key(s.id())) || keys.contains(key(s.name()))).toList();
    }

    private void buildOwnership() {
        Set<String> listed = new HashSet<>(lists.byId().keySet());
        listed.addAll(stakes.extraListedIds());
        ownershipDay = today.get();
        ownership = ListedOwnership.of(stakes.graph(), listed, ListedOwnership.SANCTIONS, ownershipDay);
    }

    /** The ownership answers for today: evaluated again when the day changed since (stakes start and end). */
    private ListedOwnership ownershipToday() {
        if (stakes != null && !today.get().equals(ownershipDay)) {
            buildOwnership();
        }
        return ownership;
    }

    private static boolean touchesGraph(Stakes st, Collection<String> ids) {
        if (ids.isEmpty()) {
            return false;
        }
        Set<String> nodeIds = new HashSet<>();
        for (Node n : st.graph().nodes()) {
            nodeIds.add(n.id());
            if (n.listedId() != null) {
                nodeIds.add(n.listedId());
            }
        }
        return ids.stream().anyMatch(nodeIds::contains);
    }

    private static void addKeys(Stakes st, Set<String> keys) {
        if (st != null) {
            for (Node n : st.graph().nodes()) {
                keys.add(key(n.id()));
                if (n.name() != null) {
                    keys.add(key(n.name()));
                }
            }
        }
    }

    /** The ownership engine's key: NFKC, lower case (Locale.ROOT), white space collapsed. */
    static String key(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }

    /**
     * The listings, not already in {@code touched}, of every entity whose listings differ between two resolutions (a
     * listing joined or left it): subjects their names could match are screened again, as for a changed listing.
     */
    private static List<Entity> regrouped(ResolvedScreener before, ResolvedScreener after, List<Entity> touched) {
        Set<String> known = new HashSet<>();
        touched.forEach(e -> known.add(e.id()));
        Map<String, ResolvedEntity> was = before.resolution().byId();
        List<Entity> out = new ArrayList<>();
        for (ResolvedEntity e : after.resolution().entities()) {
            boolean same = e.listingIds().stream().allMatch(id -> {
                ResolvedEntity old = was.get(id);
                return old != null && old.listingIds().equals(e.listingIds());
            });
            if (!same) {
                e.listings().stream().filter(x -> known.add(x.id())).forEach(out::add);
            }
        }
        return out;
    }

    private static Map<String, String> fieldDetails(ListDiff diff) {
        Map<String, String> m = new LinkedHashMap<>();
        for (ListDiff.Change c : diff.changed()) {
            m.put(c.id(), c.fields().stream().map(f -> f.field() + ": "
                    + f.added().stream().map(v -> "+" + v).collect(Collectors.joining(", "))
                    + (f.added().isEmpty() || f.removed().isEmpty() ? "" : ", ")
                    + f.removed().stream().map(v -> "-" + v).collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("; ")));
        }
        return m;
    }

    private SubjectIndex subjectIndex() {
        if (subjectIndex == null) {
            OffsetDateTime at = Store.now();
            Map<String, String> hashes = store.activeSubjectHashes(null);
            subjectIndex = SubjectIndex.build(store.activeSubjects());
            indexedHashes = hashes;
            indexedAt = at;
        }
        return subjectIndex;
    }

    /**
     * Active subjects the subject index does not hold as they are now, because another server on the same database
     * saved them since it was read (this workflow's own saves drop the index): the delta re-screens them in full. When
     * there are more than {@link #SAVED_ELSEWHERE_REINDEX}, the index is read again instead and none is returned.
     */
    private List<String> savedElsewhere() {
        if (subjectIndex == null) {
            return List.of();
        }
        List<String> stale = store.activeSubjectHashes(indexedAt.minus(SAVED_ELSEWHERE_MARGIN)).entrySet().stream()
                .filter(e -> !e.getValue().equals(indexedHashes.get(e.getKey()))).map(Map.Entry::getKey).toList();
        if (stale.size() > SAVED_ELSEWHERE_REINDEX) {
            subjectIndex = null;
            return List.of();
        }
        return stale;
    }

    /** Builds the subject index now, so that the next {@link #load} does not pay for it (benchmarks, warm-up). */
    public synchronized int prepareDelta() {
        return subjectIndex().size();
    }

    /** Re-screens every active subject against the lists in force: the baseline the delta is measured against. */
    public synchronized Delta rescreenAll(String actor) {
        return store.syncOnce(() -> rescreenAllNow(actor));
    }

    private Delta rescreenAllNow(String actor) {
        long t0 = System.nanoTime();
        List<Subject> subjects = store.activeSubjects();
        int opened = 0;
        for (Subject s : subjects) {
            opened += evaluate(s, Hashes.subject(s), actor).opened().size();
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        return new Delta(lists.version(), false, true, 0, 0, 0, subjects.size(), subjects.size(), opened, 0, ms, ms);
    }

    /** Saves the subject (auditing any change) and screens it against the lists in force. */
    public synchronized Screening screen(Subject subject, String actor) {
        return store.syncOnce(() -> screenNow(subject, actor));
    }

    private Screening screenNow(Subject subject, String actor) {
        if (!subject.active()) {
            throw new IllegalArgumentException("subject " + subject.id() + " is deleted; save it active to screen it");
        }
        String hash = Hashes.subject(subject);
        if (store.saveSubject(subject, hash, actor)) {
            subjectIndex = null;
        }
        return evaluate(subject, hash, actor);
    }

    /** Marks the subject deleted: kept with its alerts and audit trail, never screened again. */
    public synchronized Subject delete(String subjectId, String actor) {
        Subject s = store.subject(subjectId).orElseThrow(() -> new NotFoundException("no subject '" + subjectId + "'"));
        Subject gone = s.deactivated();
        if (store.saveSubject(gone, Hashes.subject(gone), actor)) {
            subjectIndex = null;
        }
        return gone;
    }

    /** Records an analyst's decision on a pending alert, the analyst deciding as themselves (the principal is the analyst). */
    public Decision decide(long alertId, Outcome outcome, String analyst, String reason) {
        return decide(alertId, outcome, analyst, reason, analyst);
    }

    /**
     * Records an analyst's decision on a pending alert. {@code principal} is who the request was authenticated as (an
     * API key's name); the audit entry records it beside the analyst. Whether the principal may name this analyst is
     * the caller's rule (the server's: only keys that may act for others may name another analyst). Takes no lock: the database moves the alert only from the
     * state it was read in, so of concurrent decisions on one alert (from any number of servers on one database)
     * exactly one final decision is recorded and the others are refused as decisions on a decided alert.
     *
     * @throws NotFoundException        when there is no such alert
     * @throws IllegalStateException    when the alert is decided or closed (decisions are final)
     * @throws IllegalArgumentException when the analyst or the reason is blank or too long
     */
    public Decision decide(long alertId, Outcome outcome, String analyst, String reason, String principal) {
        if (principal == null || principal.isBlank()) {
            throw new IllegalArgumentException("principal must be given: who the decision was authenticated as");
        }
        for (int attempt = 1; ; attempt++) {
            Alert a = store.alert(alertId).orElseThrow(() -> new NotFoundException("no alert " + alertId));
            if (!a.status().pending()) {
                throw new IllegalStateException("alert " + alertId + " is " + a.status().label() + ", not open or escalated: decisions are final");
            }
            if (analyst == null || analyst.isBlank() || analyst.length() > 200) {
                throw new IllegalArgumentException("analyst must be 1 to 200 characters");
            }
            if (reason == null || reason.isBlank() || reason.length() > 4000) {
                throw new IllegalArgumentException("reason must be 1 to 4000 characters: say why");
            }
            Optional<Decision> d = store.insertDecision(a, outcome, analyst.strip(), reason.strip(), principal.strip());
            if (d.isPresent()) {
                return d.get();
            }
            // The alert changed state since it was read (open -> escalated, or decided): read it again. A status
            // only moves forward (open, escalated, then final), so this ends within MAX_DECIDE_ATTEMPTS.
            if (attempt == MAX_DECIDE_ATTEMPTS) {
                throw new StoreException("decide alert " + alertId + ": its state kept changing while deciding; try again", null);
            }
        }
    }

    /**
     * Records the payment transactions of {@code verdicts} that were not released under the subject {@code subjectId},
     * each with one alert (kind {@link Alert#PAYMENT}) per finding, and audits them (see {@link Store#insertPayment});
     * durable when it returns. A message that could not be read is recorded held, with its reason and no alert: no
     * decision releases it. A subject id not yet known is recorded as an inactive subject named after it (not
     * name-screened until it is saved active with its name); an inactive (deleted) subject keeps its payments too.
     * Released transactions are not recorded.
     *
     * @param message the message text as received: its SHA-256 is recorded with each payment
     * @param actor   who screened it (the API key's name)
     * @return the payments recorded, in message and transaction order
     * @throws IllegalArgumentException when the subject id is not a valid id (1 to 200 printable characters)
     */
    public List<Payment> recordPayments(String subjectId, String message, List<MessageVerdict> verdicts, String actor) {
        Lists l = lists;
        String messageHash = Hashes.sha256(message);
        List<Payment> out = new ArrayList<>();
        boolean subjectKnown = false;
        for (MessageVerdict mv : verdicts) {
            for (TransactionVerdict tv : mv.transactions()) {
                if (tv.verdict() == Verdict.RELEASE) {
                    continue;
                }
                if (!subjectKnown) {
                    knownSubject(subjectId, actor);
                    subjectKnown = true;
                }
                boolean unreadable = mv.type().isEmpty();
                String reason = unreadable ? tv.findings().stream().map(f -> f.value() + ": " + f.explanation()).findFirst().orElse("not readable") : "";
                Payment p = Payment.unsaved(subjectId, mv.messageId(), tv.id(), mv.type(), tv.verdict().csvName(), messageHash, reason,
                        l.version().id());
                List<Alert> alerts = unreadable ? List.of()
                        : tv.findings().stream().map(f -> PaymentAlerts.alert(subjectId, mv, tv, f, l.version().id(), messageHash,
                                id -> Optional.ofNullable(l.byId().get(id)), l.hashes())).toList();
                out.add(store.insertPayment(p, alerts, actor));
            }
        }
        return out;
    }

    /**
     * Saves the subject {@code id} inactive, under its id as name, when it is not known yet: payments are recorded under
     * it, and it is not name-screened (nor re-screened at list loads) until it is saved active with its name.
     */
    private void knownSubject(String id, String actor) {
        if (store.subject(id).isEmpty()) {
            Subject created = new Subject(id, id, null, null, null, List.of(), false);
            store.saveSubject(created, Hashes.subject(created), actor);
        }
    }

    private Screening evaluate(Subject s, String subjectHash, String actor) {
        Lists l = lists;
        List<ResolvedMatch> matches = l.resolved().screen(query(s), threshold, TOP);
        List<Alert> opened = new ArrayList<>();
        int suppressed = 0;
        for (ResolvedMatch rm : matches) {
            ResolvedEntity re = rm.entity();
            Match m = rm.match();
            Alert candidate = new Alert(0, Alert.NAME, s.id(), re.id(), m.entity().caption(), l.version().id(),
                    m.score(), m.matchedName(), m.explanation().summaryWithProbability(), contributions(m), entityHash(l, re),
                    subjectHash, AlertStatus.OPEN, null, m.entity().id(), re.listingIds());
            suppressed += raise(candidate, actor, opened);
        }
        ListedOwnership lo = ownershipToday();
        if (lo != null) {
            Map<String, ListedOwnership.Owner> owners = new TreeMap<>();
            for (ListedOwnership.Owner o : lo.ownersOf(s.id(), s.name())) {
                owners.putIfAbsent(o.entityId(), o);
            }
            for (Alert a : store.latestAlerts(s.id())) {
                if (a.kind().equals(Alert.OWNERSHIP) && a.status().pending() && !owners.containsKey(a.entityId())) {
                    store.closeAlert(a, l.version().id(), actor, "ownership path from " + a.entityId()
                            + " no longer holds under the stakes in force (" + stakes.source() + ")");
                }
            }
            for (ListedOwnership.Owner o : owners.values()) {
                Entity owner = l.byId().get(o.entityId());
                String entityHash = owner != null ? l.hashes().get(o.entityId()) : Hashes.sha256("listed id\u0001" + o.entityId());
                Alert candidate = new Alert(0, Alert.OWNERSHIP, s.id(), o.entityId(), owner != null ? owner.caption() : o.entityId(),
                        l.version().id(), 1.0, o.node(), o.path(), List.of(), entityHash, subjectHash, AlertStatus.OPEN, null);
                suppressed += raise(candidate, actor, opened);
            }
        }
        return new Screening(s, store.latestAlerts(s.id()), opened, suppressed);
    }

    /**
     * Raises {@code candidate} unless its subject, entity and kind already have a pending alert (also one raised
     * meanwhile by another server: the database refuses the second), a true match or a false positive on the same
     * contents (then audited as suppressed, and 1 returned). For an ownership alert the contents include the path: a
     * decision taken on one path does not silence another.
     */
    private int raise(Alert candidate, String actor, List<Alert> opened) {
        Optional<Alert> last = store.latestAlert(candidate.subjectId(), candidate.entityId(), candidate.kind());
        if (last.isEmpty() && candidate.kind().equals(Alert.NAME)) {
            last = store.latestAlertOnAny(candidate.subjectId(), formerIds(candidate.listings()), Alert.NAME);
        }
        if (last.isPresent()) {
            Alert a = last.get();
            boolean same = a.entityHash().equals(candidate.entityHash()) && a.subjectHash().equals(candidate.subjectHash())
                    && (candidate.kind().equals(Alert.NAME) || a.explanation().equals(Store.storedExplanation(candidate.explanation())));
            if (a.status().pending() || (a.status() == AlertStatus.TRUE_MATCH && same)) {
                // A pending alert under a former id of the entity is carried over to its id by the next load
                return 0;
            }
            if (a.status() == AlertStatus.FALSE_POSITIVE && same) {
                store.auditSuppressed(a, actor);
                return 1;
            }
            candidate = withListingChanges(candidate, a);
        }
        store.insertAlert(candidate, actor).ifPresent(opened::add);
        return 0;
    }

    /**
     * The ids under which alerts on an entity of these listings may stand from before: each listing's own id (alerts
     * raised before resolution) and the entity id it would have had alone or with others ({@code ke:} + listing id).
     */
    private static List<String> formerIds(List<String> listings) {
        List<String> ids = new ArrayList<>(listings.size() * 2);
        for (String id : listings) {
            ids.add(id);
            ids.add(ResolvedEntity.idFor(id));
        }
        return ids;
    }

    /** The candidate, its explanation saying which listings joined or left the entity since {@code previous} was raised. */
    private static Alert withListingChanges(Alert candidate, Alert previous) {
        if (!candidate.kind().equals(Alert.NAME) || previous.listings().equals(candidate.listings())) {
            return candidate;
        }
        List<String> joined = candidate.listings().stream().filter(id -> !previous.listings().contains(id)).toList();
        List<String> left = previous.listings().stream().filter(id -> !candidate.listings().contains(id)).toList();
        String note = "listings since alert " + previous.id() + " (" + previous.status().label() + "):"
                + (joined.isEmpty() ? "" : " added " + String.join(", ", joined))
                + (joined.isEmpty() || left.isEmpty() ? "" : ";")
                + (left.isEmpty() ? "" : " removed " + String.join(", ", left));
        return new Alert(0, candidate.kind(), candidate.subjectId(), candidate.entityId(), candidate.entityCaption(),
                candidate.versionId(), candidate.score(), candidate.matchedName(), candidate.explanation() + "; " + note,
                candidate.features(), candidate.entityHash(), candidate.subjectHash(), candidate.status(), null,
                candidate.listingId(), candidate.listings());
    }

    /**
     * The content hash of a resolved entity: its listing's hash when it has one listing (so that a decision taken on
     * that listing before resolution still holds), else a hash over its listings' ids and hashes.
     */
    private static String entityHash(Lists l, ResolvedEntity re) {
        if (re.listings().size() == 1) {
            return l.hashes().get(re.listingIds().get(0));
        }
        StringBuilder b = new StringBuilder("resolved entity");
        for (String id : re.listingIds()) {
            b.append('\u0001').append(id).append('\u0002').append(l.hashes().get(id));
        }
        return Hashes.sha256(b.toString());
    }

    /**
     * Brings name alerts in line with the entities in force, after the lists or their resolution changed. A pending
     * alert whose entity id is no longer an entity's (its listings were joined to another entity, or it was raised on a
     * listing before resolution) is carried over to the entity that now holds its listing, in the same state, and
     * closed as superseded; when none of its listings is left it is closed as removed. The subjects whose newest alert
     * on an entity was raised on other listings than the entity has now are returned: screening them again raises
     * the change (a false positive on three listings does not silence a fourth).
     *
     * @return the subjects to screen again, and how many alerts were closed as removed
     */
    private Reconciled reconcile(String actor) {
        Lists l = lists;
        Resolution resolution = l.resolved().resolution();
        Set<String> subjects = new TreeSet<>();
        int removed = 0;
        List<Alert> pending = new ArrayList<>(store.pendingAlerts(Alert.NAME));
        // escalated first: when two alerts of one subject carry over to one entity, the escalation is what is kept
        pending.sort(Comparator.comparing((Alert a) -> a.status() != AlertStatus.ESCALATED).thenComparingLong(Alert::id));
        for (Alert a : pending) {
            if (l.resolved().entity(a.entityId()).filter(e -> e.id().equals(a.entityId())).isPresent()) {
                continue;
            }
            Optional<ResolvedEntity> successor = a.listings().stream().map(id -> l.resolved().entity(id))
                    .flatMap(Optional::stream).findFirst();
            if (successor.isEmpty()) {
                store.closeAlert(a, l.version().id(), actor, "entity " + a.entityId() + ": its listings "
                        + String.join(", ", a.listings()) + " left the lists in version " + l.version().id());
                removed++;
                continue;
            }
            ResolvedEntity to = successor.get();
            Alert carried = new Alert(0, Alert.NAME, a.subjectId(), to.id(), a.entityCaption(), l.version().id(), a.score(),
                    a.matchedName(), a.explanation() + "; carried over from alert " + a.id() + " on " + a.entityId()
                    + ": its listing " + a.listingId() + " is now part of " + to.id() + " (" + String.join(", ", to.listingIds()) + ")",
                    a.features(), entityHash(l, to), a.subjectHash(), a.status(), null,
                    to.listingIds().contains(a.listingId()) ? a.listingId() : to.listingIds().get(0), to.listingIds());
            Optional<Alert> kept = store.insertAlert(carried, actor);
            String by = kept.map(k -> "alert " + k.id()).orElse("the pending alert");
            store.closeAlert(a, l.version().id(), actor, "superseded by " + by + " on resolved entity " + to.id()
                    + ", which now holds its listing " + a.listingId());
            subjects.add(a.subjectId());
        }
        Map<String, ResolvedEntity> byId = resolution.byId();
        Set<String> seen = new HashSet<>();
        for (Store.AlertedListings al : store.alertedListings(Alert.NAME)) {
            ResolvedEntity now = al.listings().stream().map(byId::get).filter(Objects::nonNull).findFirst().orElse(null);
            // newest first: only the newest alert of a subject on an entity counts
            if (now != null && seen.add(al.subjectId() + "\u0001" + now.id()) && !now.listingIds().equals(al.listings())) {
                subjects.add(al.subjectId());
            }
        }
        return new Reconciled(subjects, removed);
    }

    private record Reconciled(Set<String> subjects, int removed) {
    }

    /** The matcher's contributions as the store keeps them. */
    private static List<AlertContribution> contributions(Match m) {
        return m.explanation().contributions().stream().map(c -> new AlertContribution(c.feature(), c.delta(), c.detail())).toList();
    }

    /** The matcher's query for a subject. */
    static Query query(Subject s) {
        return new Query(s.id(), s.name(), s.schema(), s.birthDate(), s.country(), s.identifiers());
    }

    @Override
    public String toString() {
        Lists l = lists;
        return String.format(Locale.ROOT, "Workflow[%s, version %d, %d entities, threshold %.2f]", store.vendor(),
                l.version().id(), l.snapshot().size(), threshold);
    }
}
