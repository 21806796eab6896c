package org.kordon.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.kordon.model.Entity;
import org.kordon.model.ListSnapshot;
import org.kordon.ownership.ListedOwners;
import org.kordon.ownership.ListedOwnership;
import org.kordon.ownership.OwnershipGraph;
import org.kordon.review.Workflow;
import picocli.CommandLine.Option;

/**
 * {@code --stakes FILE [--listed FILE]}: ownership data for commands that screen companies ({@code shipments screen},
 * {@code vessels show}, {@code serve}: ownership alerts). The listed ids are the loaded lists' entity ids plus those of {@code --listed}; the
 * OFAC, EU and UK rules apply. Without {@code --stakes} nothing changes.
 *
 * <pre>{@code
 * kordon shipments screen --list data/ --input shipments.csv --output findings.csv --stakes stakes.csv
 * # stakes.csv: owner_id,owned_id,share_min,share_max,type,start,end
 * #             ofac-sdn:12345,Beta LLP,50,50,shareholding,,
 * # -> S-1,owned_by_listed,high,consignee,ofac-sdn:12345,,'Beta LLP' owned or controlled by listed '...': OFAC, EU: blocked, ...
 * }</pre>
 *
 * A company is found in the graph when a node's id is its name (or, for vessel companies, its IMO company number).
 */
final class StakesOption {
    @Option(names = "--stakes", paramLabel = "<stakes.csv>",
            description = "Ownership stakes (owner_id,owned_id,share_min,share_max,type,start,end): companies owned or controlled "
                    + "by listed entities under the OFAC, EU or UK rules are reported with the path. Node ids are company names "
                    + "(or IMO company numbers).")
    Path stakes;

    @Option(names = "--listed", paramLabel = "<listed.csv>",
            description = "More listed ids (header entity_id) besides the loaded lists' entity ids; only with --stakes.")
    Path listed;

    /**
     * The ownership lookup for shipments and vessels: {@link ListedOwners#NONE} without {@code --stakes}. Vessels ask
     * it through {@link org.kordon.maritime.OwnerCheck#ownedBy}.
     */
    ListedOwners owners(ListSnapshot snapshot, LocalDate day, PrintWriter err) throws IOException {
        ListedOwnership lo = load(snapshot, day, err);
        return lo == null ? ListedOwners.NONE : ListedOwners.of(lo, captions(snapshot));
    }

    /**
     * The workflow seam ({@code serve}): null without {@code --stakes}, else a source that reads the files anew on each
     * call (the workflow calls it at start and on every list reload); the lists' entity ids are added by the workflow.
     */
    java.util.function.Supplier<Workflow.Stakes> workflowStakes(PrintWriter err) {
        if (stakes == null) {
            if (listed != null) {
                throw new UserException(ExitCode.USAGE, "--listed needs --stakes (the ownership data it applies to)");
            }
            return null;
        }
        return () -> {
            try {
                checkFiles();
                OwnershipGraph graph = OwnershipCommand.readStakes(stakes, LocalDate.now(java.time.ZoneOffset.UTC), err);
                Set<String> ids = new HashSet<>();
                if (listed != null) {
                    OwnershipCommand.readListed(listed, graph, ids, err);
                }
                err.printf(Locale.ROOT, "kordon: ownership from %s: %,d nodes, %,d stakes%s%n", stakes.getFileName(), graph.nodeCount(),
                        graph.stakeCount(), listed == null ? "" : ", " + ids.size() + " more listed ids from " + listed.getFileName());
                err.flush();
                return new Workflow.Stakes(graph, ids, stakes.toString());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + stakes + ": " + e.getMessage(), e);
            }
        };
    }

    private void checkFiles() {
        for (Path p : listed == null ? new Path[] {stakes} : new Path[] {stakes, listed}) {
            if (!Files.isRegularFile(p)) {
                throw new UserException(ExitCode.IO_ERROR, "cannot read " + p + ": no such file");
            }
        }
    }

    private static Function<String, String> captions(ListSnapshot snapshot) {
        return id -> snapshot.find(id).map(Entity::caption).orElse(id);
    }

    private ListedOwnership load(ListSnapshot snapshot, LocalDate day, PrintWriter err) throws IOException {
        if (stakes == null) {
            if (listed != null) {
                throw new UserException(ExitCode.USAGE, "--listed needs --stakes (the ownership data it applies to)");
            }
            return null;
        }
        checkFiles();
        OwnershipGraph graph = OwnershipCommand.readStakes(stakes, day, err);
        Set<String> ids = new HashSet<>(snapshot.byId().keySet());
        if (listed != null) {
            OwnershipCommand.readListed(listed, graph, ids, err);
        }
        long t0 = System.nanoTime();
        ListedOwnership lo = ListedOwnership.of(graph, ids, ListedOwnership.SANCTIONS, day);
        err.printf(Locale.ROOT, "kordon: ownership from %s: %s, evaluated as of %s in %,d ms%n", stakes.getFileName(), lo.describe(), day,
                (System.nanoTime() - t0) / 1_000_000);
        return lo;
    }
}
