package org.kordon.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.kordon.lists.ListDiff;
import org.kordon.lists.ListFormatException;
import org.kordon.lists.ListLoader;
import org.kordon.lists.ListUpdater;
import org.kordon.lists.LoadOptions;
import org.kordon.lists.LoadResult;
import org.kordon.lists.ShrinkGuard;
import org.kordon.lists.UntrustedListException;
import org.kordon.model.Entity;
import org.kordon.model.Name;
import org.kordon.model.NameKind;
import org.kordon.model.SourceRef;
import org.kordon.resolution.EntityChange;
import org.kordon.resolution.Link;
import org.kordon.resolution.Resolution;
import org.kordon.resolution.ResolvedEntity;
import org.kordon.resolution.Resolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kordon lists …}: look at, compare and update sanctions lists. */
@Command(name = "lists", mixinStandardHelpOptions = true, description = "Inspect, compare and update sanctions lists.",
        subcommands = {ListsCommand.Stats.class, ListsCommand.Show.class, ListsCommand.Diff.class, ListsCommand.Update.class,
                ListsCommand.Resolve.class})
final class ListsCommand {

    static ObjectMapper json() {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .setDefaultPropertyInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL);
    }

    @Command(name = "stats", mixinStandardHelpOptions = true,
            description = "Entity counts by schema and by programme, names and aliases counted.",
            footer = {"", "Example:", "  kordon lists stats ../shared/data/lists/un/UN_consolidated.xml"})
    static final class Stats implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin ListOptions lists;
        @Parameters(paramLabel = "<source>", arity = "0..*", description = "List files or folders (same as --list).")
        List<Path> sources = new ArrayList<>();
        @Option(names = "--json", description = "Print JSON instead of a table.") boolean asJson;
        @Option(names = "--problems", description = "Also print every warning and skipped record of the load.") boolean showProblems;

        @Override
        public Integer call() throws IOException {
            lists.lists.addAll(sources);
            PrintWriter out = spec.commandLine().getOut();
            LoadResult r = lists.load(spec.commandLine().getErr());
            Map<String, Object> stats = stats(r);
            if (asJson) {
                out.println(json().writeValueAsString(stats));
            } else {
                printStats(stats, out);
            }
            if (showProblems) {
                out.println("Problems:");
                r.problems().forEach(p -> out.println("  " + p));
            }
            return ExitCode.OK;
        }

        static Map<String, Object> stats(LoadResult r) {
            Map<String, Integer> bySchema = new TreeMap<>();
            Map<String, Integer> byProgram = new TreeMap<>();
            Map<String, Integer> byKind = new LinkedHashMap<>();
            for (NameKind k : NameKind.values()) {
                byKind.put(k.name().toLowerCase(Locale.ROOT), 0);
            }
            int names = 0;
            for (Entity e : r.snapshot().entities()) {
                bySchema.merge(e.schema().ftmName(), 1, Integer::sum);
                for (String p : e.programs()) {
                    byProgram.merge(p, 1, Integer::sum);
                }
                for (Name n : e.names()) {
                    names++;
                    byKind.merge(n.kind().name().toLowerCase(Locale.ROOT), 1, Integer::sum);
                }
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("sources", r.snapshot().sources().stream().map(s -> s.list() + (s.version() == null ? "" : " " + s.version())).toList());
            m.put("entities", r.snapshot().size());
            m.put("names", names);
            m.put("namesByKind", byKind);
            m.put("bySchema", bySchema);
            m.put("byProgram", byProgram);
            m.put("skippedRecords", r.skipped());
            return m;
        }

        @SuppressWarnings("unchecked")
        static void printStats(Map<String, Object> s, PrintWriter out) {
            out.println("Sources:  " + String.join(", ", (List<String>) s.get("sources")));
            out.printf(Locale.ROOT, "Entities: %,d%n", (Integer) s.get("entities"));
            out.printf(Locale.ROOT, "Names:    %,d%n", (Integer) s.get("names"));
            ((Map<String, Integer>) s.get("namesByKind")).forEach((k, v) -> out.printf(Locale.ROOT, "  %-16s %,8d%n", k, v));
            out.println("By schema:");
            ((Map<String, Integer>) s.get("bySchema")).forEach((k, v) -> out.printf(Locale.ROOT, "  %-16s %,8d%n", k, v));
            out.println("By programme:");
            ((Map<String, Integer>) s.get("byProgram")).entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .forEach(e -> out.printf(Locale.ROOT, "  %-32s %,8d%n", e.getKey(), e.getValue()));
            if ((Integer) s.get("skippedRecords") > 0) {
                out.printf(Locale.ROOT, "Skipped records: %,d%n", (Integer) s.get("skippedRecords"));
            }
        }
    }

    @Command(name = "resolve", mixinStandardHelpOptions = true,
            description = "Resolve the listings into entities (one per person, organisation, vessel or aircraft) and print "
                    + "the statistics: listings, entities, links followed by reason, possibly-the-same links, links refused "
                    + "for a conflict (docs/RESOLUTION.md).",
            footer = {"", "Example:", "  kordon lists resolve ../shared/data/lists"})
    static final class Resolve implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin ListOptions lists;
        @Parameters(paramLabel = "<source>", arity = "0..*", description = "List files or folders (same as --list).")
        List<Path> sources = new ArrayList<>();

        @Override
        public Integer call() throws IOException {
            lists.lists.addAll(sources);
            spec.commandLine().getOut().print(lists.loadResolved(spec.commandLine().getErr()).resolution().stats().describe());
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "One listing with all its fields, or a resolved entity (ke:…) with all its listings side by side.",
            footer = {"", "Examples:", "  kordon lists show un:QDi.001 --list ../shared/data/lists/un",
                    "  kordon lists show ke:eu:32014R0269-I.PERSONS-669   (resolves the lists first: slower)"})
    static final class Show implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin ListOptions lists;
        @Parameters(index = "0", paramLabel = "<id>", description = "Listing id, e.g. ofac-sdn:35096, un:QDi.001, or resolved "
                + "entity id, e.g. ke:eu:32014R0269-I.PERSONS-669 (as screen --json gives it).") String id;
        @Option(names = "--json", description = "Print JSON.") boolean asJson;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            if (id.startsWith(ResolvedEntity.ID_PREFIX)) {
                ResolvedEntity e = lists.loadResolved(spec.commandLine().getErr()).resolution().find(id).orElseThrow(() -> new UserException(ExitCode.NOT_FOUND,
                        "no resolved entity with id '" + id + "' in the lists loaded (its id is ke: and its smallest listing id,"
                                + " e.g. ke:eu:32014R0269-I.PERSONS-669; a listing's entity is in screen --json)"));
                if (asJson) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", e.id());
                    m.put("schema", e.schema().ftmName());
                    m.put("links", e.links().stream().map(Link::toString).toList());
                    m.put("listings", e.listings());
                    out.println(json().writeValueAsString(m));
                } else {
                    EntityText.print(e, out);
                }
                return ExitCode.OK;
            }
            Entity e = lists.load(spec.commandLine().getErr()).snapshot().find(id).orElseThrow(() -> new UserException(ExitCode.NOT_FOUND,
                    "no entity with id '" + id + "' in the lists loaded (ids look like ofac-sdn:35096, un:QDi.001, eu:…, uk:…, os:…,"
                            + " or ke:… for a resolved entity)"));
            if (asJson) {
                out.println(json().writeValueAsString(e));
            } else {
                EntityText.print(e, out);
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "diff", mixinStandardHelpOptions = true,
            description = "What changed between two versions of a list: added, removed and changed entities, field by field.",
            footer = {"", "Example:", "  kordon lists diff old/sdn.csv new/sdn.csv --json"})
    static final class Diff implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Parameters(index = "0", paramLabel = "OLD") Path oldPath;
        @Parameters(index = "1", paramLabel = "NEW") Path newPath;
        @Option(names = "--format", paramLabel = "<format>", description = "Format of both versions (default: detected).") String format;
        @Option(names = "--lenient", description = "Skip malformed records.") boolean lenient;
        @Option(names = "--json", description = "Print JSON.") boolean asJson;
        @Option(names = "--limit", defaultValue = "50", description = "Entities shown per section in the text form (default: ${DEFAULT-VALUE}).") int limit;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            // comparing versions is what diff is for: version folders other than current are welcome here
            LoadOptions opts = new LoadOptions(format == null ? null : ListOptions.parseFormat(format), lenient, true);
            long t0 = System.nanoTime();
            LoadResult before = ListLoader.load(List.of(oldPath), opts);
            LoadResult after = ListLoader.load(List.of(newPath), opts);
            long t1 = System.nanoTime();
            ListDiff d = ListDiff.compute(before.snapshot(), after.snapshot());
            long t2 = System.nanoTime();
            err.printf(Locale.ROOT, "kordon: loaded %,d + %,d entities in %,d ms, diffed in %,d ms%n",
                    before.snapshot().size(), after.snapshot().size(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
            ListOptions.report(before, err);
            ListOptions.report(after, err);
            List<EntityChange> entities = entityChanges(before, after, d, err);
            if (asJson) {
                Map<String, Object> m = jsonDiff(before, after, d);
                if (entities != null) {
                    m.put("entities", entities.stream().map(e -> ordered("id", e.entityId(), "name", e.caption(), "what", e.what())).toList());
                }
                out.println(json().writeValueAsString(m));
            } else {
                printText(before, after, d, out);
                printEntities(entities, out);
            }
            return ExitCode.OK;
        }

        /**
         * What the new version did to resolved entities, when the versions hold more than one list (within one list
         * every listing is its own entity, and the listing diff says it all); null otherwise.
         */
        private static List<EntityChange> entityChanges(LoadResult before, LoadResult after, ListDiff d, PrintWriter err) {
            if (before.snapshot().sources().stream().map(SourceRef::list).distinct().count() < 2
                    && after.snapshot().sources().stream().map(SourceRef::list).distinct().count() < 2) {
                return null;
            }
            long t0 = System.nanoTime();
            Resolution was = Resolver.resolve(before.snapshot());
            Resolution now = Resolver.resolve(after.snapshot());
            Map<String, String> entityOf = new HashMap<>();
            was.entities().forEach(e -> e.listingIds().forEach(l -> entityOf.put(l, e.id())));
            Set<String> added = new HashSet<>();
            d.added().forEach(e -> added.add(e.id()));
            Set<String> removed = new HashSet<>();
            d.removed().forEach(e -> removed.add(e.id()));
            List<EntityChange> out = EntityChange.between(entityOf, now, added, removed);
            err.printf(Locale.ROOT, "kordon: both versions resolved into entities in %,d ms%n", (System.nanoTime() - t0) / 1_000_000);
            return out;
        }

        private void printEntities(List<EntityChange> entities, PrintWriter out) {
            if (entities == null || entities.isEmpty()) {
                return;
            }
            out.println();
            out.println("Entities (listings of one party across lists, docs/RESOLUTION.md):");
            entities.stream().limit(limit).forEach(e -> out.println("  " + e.entityId() + "  " + e.caption() + ": " + e.describe()));
            more(out, entities.size());
        }

        private static String versions(LoadResult r) {
            return String.join(", ", r.snapshot().sources().stream()
                    .map(s -> s.list() + (s.version() == null ? " (the file carries no version)" : " " + s.version())).toList());
        }

        private static Map<String, Object> jsonDiff(LoadResult before, LoadResult after, ListDiff d) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("old", before.snapshot().sources());
            m.put("new", after.snapshot().sources());
            m.put("summary", ordered("added", d.added().size(), "removed", d.removed().size(), "changed", d.changed().size()));
            m.put("added", d.added().stream().map(Diff::brief).toList());
            m.put("removed", d.removed().stream().map(Diff::brief).toList());
            m.put("changed", d.changed().stream().map(c -> ordered("id", c.id(), "name", c.after().caption(), "fields", c.fields())).toList());
            return m;
        }

        private static Map<String, Object> brief(Entity e) {
            Map<String, Object> m = ordered("id", e.id(), "name", e.caption(), "schema", e.schema().ftmName());
            m.put("programs", e.programs());
            return m;
        }

        /** A map that keeps the keys in the order given, so JSON output is stable. */
        private static Map<String, Object> ordered(String k1, Object v1, String k2, Object v2, String k3, Object v3) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put(k1, v1);
            m.put(k2, v2);
            m.put(k3, v3);
            return m;
        }

        private void printText(LoadResult before, LoadResult after, ListDiff d, PrintWriter out) {
            out.println("Old: " + versions(before));
            out.println("New: " + versions(after));
            out.printf(Locale.ROOT, "%,d added, %,d removed, %,d changed%n", d.added().size(), d.removed().size(), d.changed().size());
            section(out, "Added", d.added());
            section(out, "Removed", d.removed());
            if (!d.changed().isEmpty()) {
                out.println();
                out.println("Changed:");
                d.changed().stream().limit(limit).forEach(c -> {
                    out.println("  " + c.id() + "  " + c.after().caption());
                    for (ListDiff.FieldChange f : c.fields()) {
                        f.added().forEach(v -> out.println("      + " + f.field() + ": " + v));
                        f.removed().forEach(v -> out.println("      - " + f.field() + ": " + v));
                    }
                });
                more(out, d.changed().size());
            }
        }

        private void section(PrintWriter out, String title, List<Entity> es) {
            if (es.isEmpty()) {
                return;
            }
            out.println();
            out.println(title + ":");
            es.stream().limit(limit).forEach(e -> out.println("  " + e.id() + "  " + e.caption() + "  ["
                    + e.schema().ftmName() + (e.programs().isEmpty() ? "" : "; " + String.join(", ", e.programs())) + "]"));
            more(out, es.size());
        }

        private void more(PrintWriter out, int n) {
            if (n > limit) {
                out.printf(Locale.ROOT, "  … and %,d more (use --limit or --json)%n", n - limit);
            }
        }
    }

    @Command(name = "update", mixinStandardHelpOptions = true,
            description = {"Download the official lists into the data directory. A download that fails, does not parse, "
                    + "is empty or truncated, or lost more than its allowed share of the current version's entities "
                    + "never replaces the last good one (a refused download is kept in <source>/.refused-*/ for inspection).",
                    "Exit 0 when every source was updated or unchanged; else 6 when a source was refused as untrustworthy, "
                    + "3 when a download did not parse, 4 when one could not be fetched."},
            footer = {"", "Examples:", "  kordon lists update --source un --source ofac-sdn",
                    "  kordon lists update --source ofac-sdn --max-loss ofac-sdn=0.25   # a known mass delisting",
                    "  kordon lists update --source ofac-sdn --force                    # accept it whatever it lost"})
    static final class Update implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Option(names = "--data-dir", paramLabel = "<dir>", description = "Data directory (default: $KORDON_DATA_DIR or data/ in the Kordon folder).") Path dataDir;
        @Option(names = "--source", paramLabel = "<name>", description = "Only these sources (default: all): ofac-sdn, ofac-cons, un, eu-fsf, uk-ofsi.") List<String> only = new ArrayList<>();
        @Option(names = "--mirror", paramLabel = "<url>", description = "Fetch every file from <url>/<file name> instead of the official address (a mirror, a local copy).") String mirror;
        @Option(names = "--timeout", defaultValue = "60", paramLabel = "<seconds>",
                description = "Longest wait to connect, for the answer, and for more data while a file arrives: a server silent that long fails the file (default: ${DEFAULT-VALUE}).")
        int timeoutSeconds;
        @Option(names = "--max-time", defaultValue = "600", paramLabel = "<seconds>",
                description = "Longest time one file may take to arrive in all, so that a server trickling bytes cannot hold the update (default: ${DEFAULT-VALUE}).")
        int maxTimeSeconds;
        @Option(names = "--max-loss", paramLabel = "<[source=]share>",
                description = "Share of its entities a source may lose since the current version before the download is refused: "
                        + "0.15 or 15% for every source, ofac-sdn=0.2 for one; repeatable (default: the max loss column of "
                        + "official-sources.tsv, 0.10).")
        List<String> maxLoss = new ArrayList<>();
        @Option(names = "--force", description = "Accept a download that lost more than its allowed share (said on stderr, recorded as "
                + "'forced' in its version.properties). Never accepts an empty or truncated download.")
        boolean force;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            if (timeoutSeconds < 1 || maxTimeSeconds < 1) {
                throw new UserException(ExitCode.USAGE, "--timeout and --max-time must be at least 1 second, got "
                        + timeoutSeconds + " and " + maxTimeSeconds);
            }
            ListOptions lo = new ListOptions();
            lo.dataDir = dataDir;
            Path dir = lo.dataDir();
            List<ListUpdater.Source> official = ListUpdater.officialSources();
            List<String> known = official.stream().map(ListUpdater.Source::name).toList();
            for (String name : only) {
                if (!known.contains(name)) {
                    throw new UserException(ExitCode.USAGE, "unknown source '" + name + "' (known: " + String.join(", ", known) + ")");
                }
            }
            ShrinkGuard guard = maxLossGuard(maxLoss, known);
            boolean defaultGiven = maxLoss.stream().anyMatch(m -> !m.contains("="));
            List<ListUpdater.Source> sources = new ArrayList<>();
            for (ListUpdater.Source s : official) {
                if (only.isEmpty() || only.contains(s.name())) {
                    double share = guard.maxLoss().containsKey(s.name()) || defaultGiven ? guard.maxLoss(s.name()) : s.maxLoss();
                    sources.add(withUrl(s).withMaxLoss(share));
                }
            }
            ListUpdater u = new ListUpdater(dir, Duration.ofSeconds(timeoutSeconds), Duration.ofSeconds(maxTimeSeconds), err::println);
            int untrusted = 0;
            int malformed = 0;
            int unreachable = 0;
            for (ListUpdater.Source s : sources) {
                try {
                    u.update(s, force);
                } catch (UntrustedListException e) {
                    untrusted++;
                    err.println("kordon: " + s.name() + ": download refused, kept the previous version: " + e.getMessage());
                } catch (ListFormatException e) {
                    malformed++;
                    err.println("kordon: " + s.name() + ": downloaded file rejected, kept the previous version: " + e.getMessage());
                } catch (IOException | java.io.UncheckedIOException e) {
                    unreachable++;
                    err.println("kordon: " + s.name() + ": download failed, kept the previous version: " + e.getMessage());
                }
            }
            int failed = untrusted + malformed + unreachable;
            err.printf(Locale.ROOT, "kordon: %d of %d source(s) updated in %s%n", sources.size() - failed, sources.size(), dir);
            if (failed < sources.size()) {
                cacheResolution(lo, err);
            }
            return untrusted > 0 ? ExitCode.UNTRUSTED_LISTS : malformed > 0 ? ExitCode.BAD_INPUT
                    : unreachable > 0 ? ExitCode.IO_ERROR : ExitCode.OK;
        }

        /**
         * Resolves the lists of the data directory now, so that the next {@code kordon screen} finds the resolution in
         * its cache; the update stands whatever happens here (said on stderr).
         */
        private static void cacheResolution(ListOptions lo, PrintWriter err) {
            try {
                lo.lists.add(lo.dataDir());
                lo.loadResolved(err);
            } catch (RuntimeException e) {
                err.println("kordon: the lists were updated but not resolved in advance (the next screen resolves them): " + e.getMessage());
            }
        }

        private ListUpdater.Source withUrl(ListUpdater.Source s) {
            if (mirror == null) {
                return s;
            }
            String base = mirror.endsWith("/") ? mirror : mirror + "/";
            return s.withFiles(s.files().stream()
                    .map(f -> new ListUpdater.Download(f.fileName(), java.net.URI.create(base + f.fileName()))).toList());
        }
    }

    /**
     * The {@code --max-loss} settings as a guard; a source it names must be one of {@code known} when given.
     *
     * @throws UserException (usage) quoting a bad setting
     */
    static ShrinkGuard maxLossGuard(List<String> settings, List<String> known) {
        ShrinkGuard g;
        try {
            g = ShrinkGuard.parse(settings);
        } catch (IllegalArgumentException e) {
            throw new UserException(ExitCode.USAGE, "--max-loss: " + e.getMessage());
        }
        if (known != null) {
            for (String source : g.maxLoss().keySet()) {
                if (!known.contains(source)) {
                    throw new UserException(ExitCode.USAGE, "--max-loss: unknown source '" + source + "' (known: "
                            + String.join(", ", known) + ")");
                }
            }
        }
        return g;
    }
}
