package org.kordon.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kordon.store.AuditVerification;
import org.kordon.store.NotFoundException;
import org.kordon.store.Store;
import org.kordon.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kordon audit …}: the review workflow's audit trail. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Check the review workflow's tamper-evident audit trail.",
        subcommands = {AuditCommand.Verify.class})
final class AuditCommand {

    /** {@code kordon audit verify}: checks the hash chain of a database's audit trail and reports the first break. */
    @Command(name = "verify", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Check the audit trail's hash chain, its head, and that every alert, decision, subject and list version"
                    + " has its audit entries. Reads only: the database is neither migrated nor changed."},
            footer = {"", "Exit codes: 0 intact; 3 broken (stdout says where: sequence number, row id, expected and found);",
                    "2 usage; 4 the database cannot be read; 5 no such database.",
                    "", "Examples:",
                    "  kordon audit verify                                   # H2 file ~/.kordon/db/kordon (stop kordon serve first)",
                    "  kordon audit verify --db 'jdbc:postgresql://db:5432/kordon?user=auditor&password=...'",
                    "  kordon audit verify --anchor 1204:6f1c...              # the entry 1204 must still have this hash",
                    "", "A running server answers the same check at GET /audit/verify. See docs/reliability/audit.md."})
    static final class Verify implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Option(names = "--db", paramLabel = "<jdbc-url>",
                description = "Database: jdbc:h2:file:... or jdbc:postgresql://host/db?user=..&password=.. (default: H2 file ~/.kordon/db/kordon).")
        String db;

        @Option(names = "--anchor", paramLabel = "<seq:sha256>",
                description = "A sequence number and hash recorded earlier (e.g. from a previous run): the entry there must still have it.")
        String anchor;

        @Option(names = "--json", description = "Print the result as JSON.")
        boolean asJson;

        @Override
        public Integer call() throws JsonProcessingException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            AuditVerification.Anchor a;
            try {
                a = anchor == null ? null : AuditVerification.Anchor.parse(anchor);
            } catch (IllegalArgumentException e) {
                throw new UserException(ExitCode.USAGE, "--" + e.getMessage());
            }
            String url = db == null ? Store.defaultUrl() : db;
            AuditVerification v;
            try {
                v = Store.verifyAudit(url, a);
            } catch (IllegalArgumentException e) {
                throw new UserException(ExitCode.USAGE, "--db: " + e.getMessage());
            } catch (NotFoundException e) {
                throw new UserException(ExitCode.NOT_FOUND, e.getMessage() + " (check --db)");
            } catch (StoreException e) {
                String hint = String.valueOf(e.getMessage()).contains("already in use")
                        ? " (a running kordon serve holds the H2 file: stop it, or ask it: GET /audit/verify)" : "";
                throw new UserException(ExitCode.IO_ERROR, e.getMessage() + hint);
            }
            if (asJson) {
                out.println(ListsCommand.json().writeValueAsString(json(v)));
            } else if (v.intact()) {
                out.println(v.summary());
            } else {
                AuditVerification.Break b = v.firstBreak();
                out.println("audit trail broken");
                out.println("  break:    " + b.kind());
                if (b.seq() != null) {
                    out.println("  at:       seq " + b.seq() + (b.id() != null ? ", id " + b.id() : ""));
                }
                out.println("  expected: " + b.expected());
                out.println("  found:    " + b.found());
                out.println("  meaning:  " + b.detail());
                out.println("  read:     " + v.entries() + " entries; head as recorded: seq " + v.headSeq() + " sha256 " + v.headHash());
            }
            if (!v.intact()) {
                // The database, the command's input, is not what Kordon wrote: malformed input's exit code.
                err.println("kordon: " + v.summary() + " (see docs/reliability/audit.md: restore from a backup and investigate)");
                return ExitCode.BAD_INPUT;
            }
            return ExitCode.OK;
        }

        private static Map<String, Object> json(AuditVerification v) {
            return v.toJsonMap();
        }
    }
}
