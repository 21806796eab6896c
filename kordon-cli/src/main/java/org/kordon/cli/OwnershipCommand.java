package org.kordon.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.kordon.input.CsvTable;
import org.kordon.lists.LoadResult;
import org.kordon.matching.Algorithm;
import org.kordon.matching.Screeners;
import org.kordon.model.Entity;
import org.kordon.ownership.Evaluation;
import org.kordon.ownership.GraphLoader;
import org.kordon.ownership.ListLinks;
import org.kordon.ownership.ListRelations;
import org.kordon.ownership.LoadedGraph;
import org.kordon.ownership.Node;
import org.kordon.ownership.NodeKind;
import org.kordon.ownership.OwnershipEngine;
import org.kordon.ownership.OwnershipGraph;
import org.kordon.ownership.OwnershipResult;
import org.kordon.ownership.Regime;
import org.kordon.ownership.Stake;
import org.kordon.ownership.StakeFields;
import org.kordon.ownership.Status;
import org.kordon.review.ScreenedPartyResolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kordon ownership}: which unlisted companies listed persons own or control, per regime, with the paths. */
@Command(name = "ownership", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Companies blocked or controlled through ownership by listed persons (OFAC 50%, EU, UK), with the evidence path.",
        footer = {"", "Examples:",
                "  kordon ownership --stakes stakes.csv --listed listed.csv --regime all --output result.csv",
                "  kordon ownership --graph bods.json ftm.json --list ../shared/data/lists --regime eu --output result.csv",
                "", "stakes.csv header: owner_id,owned_id,share_min,share_max,type,start,end",
                "  shares in percent, empty when unknown; type shareholding, votingRights, appointmentOfBoard or",
                "  otherInfluenceOrControl; ISO dates, empty when open (end = the day the stake ended);",
                "  optional owned_kind (company, person, arrangement: owners of an arrangement hold jointly).",
                "listed.csv header: entity_id.",
                "result.csv header: entity_id,regime,status,share_min,share_max,evidence,link",
                "  status blocked, controlled, undetermined or clear; --regime bo adds the beneficial-ownership view (25%).",
                "  link (--graph): how the node, or the listed parties its evidence names, were linked to the lists:",
                "  identifier:INN=7707083893, name+birthdate 0.93, name-only 0.81 (undetermined), conflict: birth year 1991 vs 1953.",
                "  A name-only or contradicted link never blocks: the node and what it owns are undetermined."})
final class OwnershipCommand implements Callable<Integer> {
    static final List<String> STAKES_HEADER = List.of("owner_id", "owned_id", "share_min", "share_max", "type", "start", "end");
    static final List<String> STAKES_COLUMNS = List.of("owner_id", "owned_id", "share_min", "share_max", "type", "start", "end", "owned_kind");
    static final List<String> LISTED_HEADER = List.of("entity_id");
    static final List<String> RESULT_HEADER = List.of("entity_id", "regime", "status", "share_min", "share_max", "evidence", "link");
    private static final long PROGRESS_EVERY = 1_000_000;
    private static final int MAX_ERRORS = 20;
    /** Most lines named for one company whose stakes add up to more than 100%. */
    private static final int MAX_LINES_NAMED = 10;

    @Spec CommandSpec spec;

    @Option(names = "--stakes", paramLabel = "<stakes.csv>", description = "Stakes, one per row (see below).") Path stakes;
    @Option(names = "--listed", paramLabel = "<listed.csv>", description = "Listed entity ids (column entity_id).") Path listed;
    @Option(names = "--graph", paramLabel = "<file>", arity = "1..*",
            description = "FollowTheMoney (Ownership, Directorship) or BODS 0.2, 0.3, 0.4 files (JSON or JSON lines) instead of --stakes; nodes link to --list "
                    + "entities by id, by identifier (INN, BIN, OGRN, LEI, IMO, ...), or by name with agreeing birth date or "
                    + "jurisdiction through the screening engine; a name alone makes a node undetermined, never blocked.")
    List<Path> graphs = new ArrayList<>();
    @Mixin ListOptions lists;
    @Option(names = "--regime", required = true, paramLabel = "ofac|eu|uk|all|bo", description = "Rules to apply; all = ofac, eu, uk.")
    String regime;
    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "The day the answer holds for (default: today).") String asOf;
    @Option(names = {"-o", "--output"}, required = true, paramLabel = "<result.csv>", description = "Where to write the results.") Path output;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        List<Regime> regimes = regimes(regime);
        LocalDate day = asOf == null ? LocalDate.now(java.time.ZoneOffset.UTC) : parseAsOf(asOf);
        if ((stakes == null) == graphs.isEmpty()) {
            throw new UserException(ExitCode.USAGE, "give either --stakes (with --listed) or --graph (with --list), not both or neither");
        }
        if (stakes != null && listed == null) {
            throw new UserException(ExitCode.USAGE, "--stakes needs --listed <listed.csv> (a file with an entity_id column)");
        }
        try (AtomicOutput out = AtomicOutput.create(output)) {
            OwnershipGraph graph;
            Set<String> listedIds = new LinkedHashSet<>();
            ListLinks.Result linked = null;
            if (stakes != null) {
                graph = readStakes(stakes, day, err);
                readListed(listed, graph, listedIds, err);
            } else {
                linked = readGraphs(err, listedIds);
                graph = linked.graph();
            }
            long t0 = System.nanoTime();
            List<ListLinks.Row> rows = new ArrayList<>();
            Map<Regime, Map<Status, Integer>> counts = new EnumMap<>(Regime.class);
            for (Regime r : regimes) {
                List<ListLinks.Row> res;
                if (linked != null) {
                    res = ListLinks.evaluate(linked, listedIds, r, day);
                } else {
                    Evaluation ev = OwnershipEngine.evaluate(graph, listedIds, r, day);
                    res = ev.results().stream().map(x -> new ListLinks.Row(x, "")).toList();
                }
                rows.addAll(res);
                Map<Status, Integer> c = new EnumMap<>(Status.class);
                for (Status s : Status.values()) {
                    c.put(s, 0);
                }
                res.forEach(x -> c.merge(x.result().status(), 1, Integer::sum));
                counts.put(r, c);
            }
            rows.sort((x, y) -> {
                OwnershipResult a = x.result();
                OwnershipResult b = y.result();
                int c = a.entityId().compareTo(b.entityId());
                return c != 0 ? c : a.regime().compareTo(b.regime());
            });
            write(rows, out);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            for (Regime r : regimes) {
                Map<Status, Integer> c = counts.get(r);
                err.printf(Locale.ROOT, "kordon: %s as of %s: %,d blocked, %,d controlled, %,d undetermined, %,d clear%n", r.code(), day,
                        c.get(Status.BLOCKED), c.get(Status.CONTROLLED), c.get(Status.UNDETERMINED), c.get(Status.CLEAR));
            }
            err.printf(Locale.ROOT, "kordon: %,d entities, %,d stakes, %,d listed in the graph; evaluated in %,d ms; results in %s%n",
                    graph.nodeCount(), graph.stakeCount(), countListed(graph, listedIds), ms, output);
            return ExitCode.OK;
        }
    }

    static List<Regime> regimes(String s) {
        String r = s.strip().toLowerCase(Locale.ROOT);
        if (r.equals("all")) {
            return List.of(Regime.OFAC, Regime.EU, Regime.UK);
        }
        try {
            return List.of(Regime.parse(r));
        } catch (IllegalArgumentException e) {
            throw new UserException(ExitCode.USAGE, "--regime must be ofac, eu, uk, all or bo, got '" + s + "'");
        }
    }

    private static LocalDate parseAsOf(String s) {
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw new UserException(ExitCode.USAGE, "--as-of: not an ISO date (YYYY-MM-DD): '" + s + "'");
        }
    }

    private static int countListed(OwnershipGraph g, Set<String> ids) {
        int n = 0;
        for (Node node : g.nodes()) {
            if (ids.contains(node.id()) || (node.listedId() != null && ids.contains(node.listedId()))) {
                n++;
            }
        }
        return n;
    }

    // ---- stakes.csv

    /**
     * The graph of a stakes.csv. A row with a bad field, or a set of stakes in one company whose minimum shares of one
     * type active on {@code day} add up to more than 100% (naming every line of the set), refuses the whole file
     * (exit 3): a stake left out would change other answers. An exact duplicate of an earlier row (same owner, owned,
     * share, type and dates) is counted once, with a warning naming both lines; two different shareholding (or voting)
     * rows for one owner and company for the same period (same start and end) are an error naming both lines.
     */
    static OwnershipGraph readStakes(Path file, LocalDate day, PrintWriter err) throws IOException {
        OwnershipGraph.Builder b = OwnershipGraph.builder();
        List<String> errors = new ArrayList<>();
        long[] lines = new long[1024]; // the line of each stake, by the order added
        String name = String.valueOf(file.getFileName());
        long rows = 0;
        try (CsvTable in = CsvTable.open(file, STAKES_HEADER)) {
            CsvInput.warnUnread(in, STAKES_COLUMNS, err);
            for (CsvTable.Row row; (row = in.next()) != null; ) {
                rows++;
                if (rows % PROGRESS_EVERY == 0) {
                    err.printf(Locale.ROOT, "kordon: read %,d stakes ...%n", rows);
                }
                try {
                    Stake s = toStake(row);
                    String kind = row.get("owned_kind");
                    if (kind != null) {
                        b.node(new Node(s.owned(), ownedKind(kind), null, null));
                    }
                    int k = b.stakeCount();
                    if (k == lines.length) {
                        lines = java.util.Arrays.copyOf(lines, k * 2);
                    }
                    lines[k] = row.line();
                    b.stake(s);
                } catch (IllegalArgumentException e) {
                    errors.add(name + " line " + row.line() + ": " + e.getMessage());
                    if (errors.size() >= MAX_ERRORS) {
                        break;
                    }
                }
            }
        }
        if (errors.size() < MAX_ERRORS) {
            for (OwnershipGraph.Builder.Duplicate d : b.duplicates()) {
                err.println("kordon: warning: " + name + " line " + lines[d.dropped()] + ": the same stake as line " + lines[d.kept()]
                        + StakeFields.COUNTED_ONCE);
            }
            for (OwnershipGraph.Builder.Conflict c : b.conflicts()) {
                if (errors.size() >= MAX_ERRORS) {
                    break;
                }
                errors.add(name + " line " + lines[c.second()] + ": " + StakeFields.conflict(c) + " given at line " + lines[c.first()]);
            }
            for (OwnershipGraph.Builder.Overfull o : b.overfull(day)) {
                if (errors.size() >= MAX_ERRORS) {
                    break;
                }
                StringBuilder at = new StringBuilder();
                for (int i = 0; i < o.stakes().size(); i++) {
                    if (i == MAX_LINES_NAMED) {
                        at.append(String.format(Locale.ROOT, " and %,d more", o.stakes().size() - MAX_LINES_NAMED));
                        break;
                    }
                    at.append(i == 0 ? "" : ", ").append(lines[o.stakes().get(i)]);
                }
                errors.add(name + " lines " + at + ": field share_min: " + StakeFields.overfull(o.owned(), o.type(), o.total(), day));
            }
        }
        if (!errors.isEmpty()) {
            errors.forEach(e -> err.println("kordon: " + e));
            throw new UserException(ExitCode.BAD_INPUT, errors.size() + (errors.size() >= MAX_ERRORS ? "+" : "")
                    + " bad row(s) in " + name + "; nothing written (fix them: a stake left out would change other answers)");
        }
        return b.build();
    }

    private static NodeKind ownedKind(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "company" -> NodeKind.COMPANY;
            case "person" -> NodeKind.PERSON;
            case "arrangement" -> NodeKind.ARRANGEMENT;
            default -> throw new IllegalArgumentException("field owned_kind: must be company, person or arrangement, got '" + s + "'");
        };
    }

    static Stake toStake(CsvTable.Row row) {
        return StakeFields.parse(row::get);
    }

    // ---- listed.csv

    static void readListed(Path file, OwnershipGraph graph, Set<String> ids, PrintWriter err) throws IOException {
        Set<String> inGraph = new java.util.HashSet<>();
        for (Node n : graph.nodes()) {
            inGraph.add(n.id());
            if (n.listedId() != null) {
                inGraph.add(n.listedId());
            }
        }
        int unknown = 0;
        try (CsvTable in = CsvTable.open(file, LISTED_HEADER)) {
            CsvInput.warnUnread(in, LISTED_HEADER, err);
            for (CsvTable.Row row; (row = in.next()) != null; ) {
                String id;
                try {
                    id = row.get("entity_id");
                } catch (IllegalArgumentException e) {
                    throw new UserException(ExitCode.BAD_INPUT, in.name() + " line " + row.line() + ": " + e.getMessage()
                            + "; nothing written (a listed id left out would change the answers)");
                }
                if (id == null) {
                    throw new UserException(ExitCode.BAD_INPUT, in.name() + " line " + row.line() + ": field entity_id is empty; "
                            + "nothing written (a listed id left out would change the answers)");
                }
                ids.add(id);
                if (!inGraph.contains(id)) {
                    if (++unknown <= MAX_ERRORS) {
                        err.println("kordon: warning: " + in.name() + " line " + row.line() + ": field entity_id: '" + id
                                + "' is in no stake; it changes nothing");
                    }
                }
            }
        }
        if (unknown > MAX_ERRORS) {
            err.printf(Locale.ROOT, "kordon: warning: %,d listed ids in no stake in all%n", unknown);
        }
    }

    // ---- --graph and --list

    private ListLinks.Result readGraphs(PrintWriter err, Set<String> listedIds) throws IOException {
        for (Path p : graphs) {
            if (!Files.isRegularFile(p)) {
                throw new UserException(ExitCode.IO_ERROR, "cannot read " + p + ": no such file");
            }
        }
        LoadedGraph lg = GraphLoader.load(graphs);
        lg.warnings().forEach(w -> err.println("kordon: warning: " + w));
        LoadResult lists = this.lists.load(err);
        Set<String> ids = new java.util.HashSet<>();
        for (Entity e : lists.snapshot().entities()) {
            ids.add(e.id());
        }
        var screener = Screeners.build(lists.snapshot(), Algorithm.KORDON);
        ListLinks.Result linked = ListLinks.link(lg.graph(), lg.facts(), ids,
                new ScreenedPartyResolver(screener, Screeners.DEFAULT_THRESHOLD, lists.snapshot().entities()));
        for (ListLinks.Link l : linked.links()) {
            err.printf(Locale.ROOT, "kordon: %s %s '%s' to listed %s%s (%s)%n", l.linked() ? "linked" : "possibly linked (undetermined)",
                    l.nodeId(), l.nodeName(), l.listedId(), l.listedName() == null ? "" : " '" + l.listedName() + "'", l.detail());
        }
        linked.invalidIdentifiers().forEach((node, note) -> err.println("kordon: warning: node " + node + ": " + note + " (not used to link)"));
        showListRelations(lists.snapshot().entities(), linked, err);
        if (listed != null) {
            readListed(listed, linked.graph(), listedIds, err);
        }
        linked.linked().forEach(l -> listedIds.add(l.listedId()));
        return linked;
    }

    /**
     * The relations the lists state of the listed entities the graph's nodes are (or may be) linked to: OFAC's
     * "Linked To:", the EU's and UK's "owned by", "controlled by", "associated entities", resolved to listed entities
     * by their exact names (a name two entities share resolves to neither). Shown on stderr: both ends are listed, so
     * they change no answer, and a "linked" relation never blocks by itself.
     */
    private static void showListRelations(List<Entity> entities, ListLinks.Result linked, PrintWriter err) {
        if (linked.links().isEmpty()) {
            return;
        }
        Map<String, Entity> byId = new java.util.HashMap<>();
        Map<String, String> byName = new java.util.HashMap<>();
        for (Entity e : entities) {
            byId.put(e.id(), e);
            for (org.kordon.model.Name n : e.names()) {
                byName.merge(ListRelations.fold(n.value()), e.id(), (a, b) -> a.equals(b) ? a : "");
            }
        }
        java.util.function.Function<String, String> idOfName = k -> {
            String id = byName.get(k);
            return id == null || id.isEmpty() ? null : id;
        };
        for (ListLinks.Link l : linked.links()) {
            Entity e = byId.get(l.listedId());
            if (e == null) {
                continue;
            }
            for (String remark : e.remarks()) {
                for (ListRelations.Resolved r : ListRelations.resolve(ListRelations.parse(e.id(), remark), idOfName)) {
                    String verb = switch (r.relation().kind()) {
                        case OWNED -> "owned by";
                        case CONTROLLED -> "controlled by";
                        case LINKED -> "linked to";
                    };
                    err.printf(Locale.ROOT, "kordon: list relation: %s (graph node %s) %s %s '%s' (\"%s\"; %s)%n", e.id(), l.nodeId(), verb,
                            r.targetId(), byId.get(r.targetId()).caption(), r.relation().text(),
                            r.relation().kind() == ListRelations.Kind.LINKED ? "shown, never blocks" : "both listed; shown");
                }
            }
        }
    }

    private static void write(List<ListLinks.Row> rows, AtomicOutput out) throws IOException {
        CSVPrinter p = new CSVPrinter(out.writer(), CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
        p.printRecord(RESULT_HEADER);
        for (ListLinks.Row row : rows) {
            OwnershipResult r = row.result();
            p.printRecord(r.entityId(), r.regime().code(), r.status().code(), r.shareMin().toPlainString(),
                    r.shareMax().toPlainString(), r.evidence(), row.link());
        }
        p.flush();
        out.commit();
    }
}
