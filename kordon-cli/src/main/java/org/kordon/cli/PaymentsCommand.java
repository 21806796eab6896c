package org.kordon.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.kordon.documents.DocumentScanner;
import org.kordon.matching.Algorithm;
import org.kordon.model.ListSnapshot;
import org.kordon.payments.MessageVerdict;
import org.kordon.payments.PaymentFile;
import org.kordon.payments.PaymentFormatException;
import org.kordon.payments.PaymentMessage;
import org.kordon.payments.PaymentReader;
import org.kordon.payments.PaymentScreener;
import org.kordon.payments.Verdict;
import org.kordon.resolution.ResolvedScreener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kordon payments screen}: screens payment messages (ISO 20022 and SWIFT MT) into findings.csv. */
@Command(name = "payments", mixinStandardHelpOptions = true,
        description = "Payments: screen ISO 20022 and SWIFT MT messages before they go through.",
        subcommands = {PaymentsCommand.Screen.class})
final class PaymentsCommand {

    @Command(name = "screen", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Screen every party, agent, account, address and free-text field of each transaction: block, hold or release.",
            footer = {"", "Example:",
                    "  kordon payments screen --list ../shared/data/lists --input inbox/ --output findings.csv",
                    "", "Input: files or folders (read recursively, hidden files skipped) of ISO 20022 XML (pacs.008, pacs.009",
                    "and COV, pain.001, pacs.004, camt.056; with or without head.001; one or several <Document>s per file)",
                    "and SWIFT MT (MT103, MT103 STP, MT202, MT202 COV; one or more per file); the format is detected per file.",
                    "findings.csv: message_id,transaction_id,verdict,field,role,value,entity_id,score,explanation",
                    "One row per finding (verdict block or hold), one row with an empty entity_id per transaction released",
                    "with no finding. block: a listed BIC (any branch of it), LEI or identifier, or a name scoring 0.95 or more;",
                    "hold: a possible name match, a place under sanctions, a BIC or LEI not well formed, or a message that cannot",
                    "be read (its file, line and reason on stderr, the file name as message_id). Rules: docs/PAYMENTS.md.",
                    "Exit 0, or 3 when a message could not be read (its hold row is written and the run goes on);",
                    "findings.csv is written whole at the end or not at all."})
    static final class Screen implements Callable<Integer> {
        private static final int CHUNK = 1024;

        @Spec CommandSpec spec;
        @Mixin ListOptions lists;

        @Option(names = {"-i", "--input"}, required = true, arity = "1..*", paramLabel = "<file-or-dir>",
                description = "Payment message files or folders of them.")
        List<Path> inputs;
        @Option(names = {"-o", "--output"}, required = true, paramLabel = "<findings.csv>", description = "Where to write the findings.")
        Path output;

        @Override
        public Integer call() throws IOException {
            PrintWriter err = spec.commandLine().getErr();
            List<Path> files = files(inputs);
            try (AtomicOutput out = AtomicOutput.create(output)) {
                PaymentScreener screener = screener(err);
                long t0 = System.nanoTime();
                long[] tally = new long[Verdict.values().length];
                int messages = 0;
                int unreadable = 0;
                CSVPrinter printer = new CSVPrinter(out.writer(), CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
                printer.printRecord(MessageVerdict.COLUMNS);
                for (Path f : files) {
                    PaymentFile pf = PaymentReader.read(f);
                    for (PaymentFormatException e : pf.unreadable()) {
                        unreadable++;
                        err.println("kordon: " + f + (e.line() > 0 ? " line " + e.line() : "") + ": " + e.detail() + "; the message is held");
                        write(printer, MessageVerdict.unreadable(e));
                    }
                    List<PaymentMessage> ms = pf.messages();
                    for (int from = 0; from < ms.size(); from += CHUNK) {
                        List<MessageVerdict> vs = ms.subList(from, Math.min(ms.size(), from + CHUNK)).parallelStream()
                                .map(screener::screen).toList();
                        for (MessageVerdict v : vs) {
                            messages++;
                            tally[v.verdict().ordinal()]++;
                            write(printer, v);
                        }
                    }
                }
                printer.flush();
                out.commit();
                double secs = (System.nanoTime() - t0) / 1e9;
                err.printf(Locale.ROOT, "kordon: screened %,d message(s) from %,d file(s) in %.2f s: %,d block, %,d hold, %,d release;"
                        + " %,d could not be read (held); findings in %s%n", messages, files.size(), secs, tally[Verdict.BLOCK.ordinal()],
                        tally[Verdict.HOLD.ordinal()], tally[Verdict.RELEASE.ordinal()], unreadable, output);
                return unreadable > 0 ? ExitCode.BAD_INPUT : ExitCode.OK;
            }
        }

        private static void write(CSVPrinter printer, MessageVerdict v) throws IOException {
            for (List<String> row : v.rows()) {
                printer.printRecord(row);
            }
        }

        /** The lists resolved as {@code kordon screen} resolves them, and the screeners over them. */
        private PaymentScreener screener(PrintWriter err) {
            ListOptions.Resolved r = lists.loadResolved(err);
            long t0 = System.nanoTime();
            ListSnapshot snapshot = r.loaded().snapshot();
            ResolvedScreener names = ResolvedScreener.build(snapshot, r.resolution(), Algorithm.KORDON);
            Map<String, String> parties = r.resolution().possiblySameParties();
            DocumentScanner text = DocumentScanner.build(snapshot, id -> parties.getOrDefault(id, id));
            PaymentScreener s = PaymentScreener.build(snapshot, names, text);
            err.printf(Locale.ROOT, "kordon: indexes built in %,d ms%n", (System.nanoTime() - t0) / 1_000_000);
            return s;
        }

        /** The files to read: each file as given, each folder's regular files (recursively, sorted, hidden ones skipped). */
        static List<Path> files(List<Path> inputs) throws IOException {
            List<Path> files = new ArrayList<>();
            for (Path in : inputs) {
                if (Files.isRegularFile(in)) {
                    files.add(in);
                } else if (Files.isDirectory(in)) {
                    int before = files.size();
                    try (Stream<Path> s = Files.walk(in)) {
                        s.filter(Files::isRegularFile).filter(p -> !hidden(in, p)).sorted().forEach(files::add);
                    }
                    if (files.size() == before) {
                        throw new UserException(ExitCode.IO_ERROR, "no payment file in " + in + " (nothing would be screened)");
                    }
                } else {
                    throw new UserException(ExitCode.IO_ERROR, "cannot read " + in + ": no such file or folder");
                }
            }
            return files;
        }

        private static boolean hidden(Path root, Path p) {
            for (Path part : root.relativize(p)) {
                if (part.toString().startsWith(".")) {
                    return true;
                }
            }
            return false;
        }
    }
}
