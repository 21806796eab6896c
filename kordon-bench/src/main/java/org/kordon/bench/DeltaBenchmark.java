package org.kordon.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.kordon.lists.ListLoader;
import org.kordon.lists.LoadOptions;
import org.kordon.matching.Screeners;
import org.kordon.model.Entity;
import org.kordon.model.ListSnapshot;
import org.kordon.model.Name;
import org.kordon.model.NameKind;
import org.kordon.review.ListLoad;
import org.kordon.review.Workflow;
import org.kordon.store.Alert;
import org.kordon.store.AlertQuery;
import org.kordon.store.Store;
import org.kordon.store.Subject;

/**
 * Delta re-screening against a full re-screen, same run, same database: 100,000 subjects (fixed seed; 2% perturbed
 * listed names, the rest real-looking unlisted names), the shared real lists, and a typical daily update of a few
 * dozen entities (15 added, 20 changed by a new alias, 5 removed).
 *
 * <p>Steps: open the workflow on the lists less the 15 "new" entities (H2 file in a temporary folder); screen every
 * subject once (the initial screening, which stores subjects and alerts); build the subject index; load the update
 * (diff, close removed entities' alerts, delta re-screen: timed); then re-screen everyone against the same update
 * (the baseline: timed). Alerts the full re-screen opens on the touched entities are ones the delta missed: printed.
 *
 * <p>Run (a few minutes on 2 cores):
 * {@code java -Xmx6g -cp kordon-bench/target/benchmarks.jar org.kordon.bench.DeltaBenchmark [subjects]}
 */
public final class DeltaBenchmark {
    private DeltaBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        List<Path> paths = List.of(BenchData.listsDir());
        ListSnapshot all = ListLoader.load(paths, LoadOptions.lenientDefaults()).snapshot();
        Random r = new Random(11);
        List<Entity> entities = new ArrayList<>(all.entities());
        List<Entity> added = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            added.add(entities.remove(r.nextInt(entities.size())));
        }
        ListSnapshot base = new ListSnapshot(all.sources(), entities);
        List<Entity> updated = new ArrayList<>(entities);
        Set<String> touched = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            updated.remove(r.nextInt(updated.size()));
        }
        for (int i = 0; i < 20; i++) {
            int k = r.nextInt(updated.size());
            Entity e = updated.get(k);
            Entity.Builder b = Entity.builder(e.id(), e.schema()).source(e.source());
            e.names().forEach(b::name);
            b.name(new Name(Subjects.perturb(e.caption(), r), NameKind.ALIAS, null));
            e.birthDates().forEach(b::birthDate);
            e.nationalities().forEach(b::nationality);
            e.countries().forEach(b::country);
            e.identifiers().forEach(b::identifier);
            e.sanctions().forEach(b::sanction);
            updated.set(k, b.build());
            touched.add(e.id());
        }
        updated.addAll(added);
        added.forEach(e -> touched.add(e.id()));
        ListSnapshot update = new ListSnapshot(all.sources(), updated);
        List<Subject> subjects = Subjects.population(all, n, 0.02, 5);

        Path dir = Files.createTempDirectory("kordon-delta-bench");
        try (Store store = Store.open(Store.h2Url(dir.resolve("kordon")))) {
            long t0 = System.nanoTime();
            Workflow wf = Workflow.open(store, ListLoad.ofSnapshot(base, "base"), Screeners.DEFAULT_THRESHOLD);
            System.out.printf(Locale.ROOT, "lists: %,d entities (base), index built in %,d ms%n", base.size(), ms(t0));
            t0 = System.nanoTime();
            int initialAlerts = 0;
            for (Subject s : subjects) {
                initialAlerts += wf.screen(s, "bench").opened().size();
            }
            long initial = ms(t0);
            System.out.printf(Locale.ROOT, "initial screening: %,d subjects, %,d alerts, %,d ms%n", n, initialAlerts, initial);
            t0 = System.nanoTime();
            wf.prepareDelta();
            long indexMs = ms(t0);
            System.out.printf(Locale.ROOT, "subject index: %,d ms%n", indexMs);

            t0 = System.nanoTime();
            Workflow.Delta d = wf.load(ListLoad.ofSnapshot(update, "update"), "bench");
            long loadMs = ms(t0);
            System.out.printf(Locale.ROOT, "delta: +%d ~%d -%d entities; %,d candidates, %,d re-screened, %d alerts opened, %d closed; "
                    + "candidates + re-screen %,d ms; with diff and recording the version %,d ms; whole load with the new list index %,d ms%n",
                    d.added(), d.changed(), d.removed(), d.candidates(), d.rescreened(), d.opened(), d.closed(), d.rescreenMillis(),
                    d.millis(), loadMs);

            long maxId = store.alerts(AlertQuery.all().page(1, 0)).stream().mapToLong(Alert::id).max().orElse(0);
            Workflow.Delta full = wf.rescreenAll("bench");
            System.out.printf(Locale.ROOT, "full re-screen: %,d subjects, %d alerts opened, %,d ms%n", full.rescreened(), full.opened(), full.millis());
            int missed = 0;
            for (String id : touched) {
                for (Alert a : store.alerts(AlertQuery.all().withEntity(id).page(500, 0))) {
                    if (a.id() > maxId) {
                        missed++;
                    }
                }
            }
            System.out.printf(Locale.ROOT, "alerts on touched entities the delta missed (opened by the full re-screen): %d%n", missed);
            System.out.printf(Locale.ROOT, "delta re-screen / full re-screen: %.2f%%; with diff and version record %.2f%%; "
                    + "also counting a cold subject index build %.2f%%%n", 100.0 * d.rescreenMillis() / full.millis(),
                    100.0 * d.millis() / full.millis(), 100.0 * (d.millis() + indexMs) / full.millis());
        }
    }

    private static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
