package org.kordon.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.NoSuchFileException;
import org.kordon.input.InputFormatException;
import org.kordon.lists.ListFormatException;
import org.kordon.lists.UntrustedListException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code kordon} command. */
@Command(name = "kordon", mixinStandardHelpOptions = true, version = "kordon 0.1.0",
        description = "Sanctions screening and sanctions-evasion detection.",
        subcommands = {ScreenCommand.class, ListsCommand.class, EvalCommand.class, PriceCapCommand.class, OwnershipCommand.class, VesselsCommand.class, ShipmentsCommand.class, TradeCommand.class, ScanCommand.class, PaymentsCommand.class, ServeCommand.class, AuditCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Example:", "  kordon screen --name \"Vladimir Putin\" --birth-date 1952",
                "  kordon lists stats ../shared/data/lists",
                "  kordon pricecap check --input cargoes.csv --output result.csv",
                "  kordon payments screen --input inbox/ --output findings.csv"})
public final class Main {
    public static void main(String[] args) {
        Charset cs = Charset.defaultCharset(); // as before: the JVM's file.encoding, UTF-8 unless told otherwise
        System.exit(run(args, new PrintWriter(System.out, true, cs), new PrintWriter(System.err, true, cs)));
    }

    /**
     * What the user can do about a malformed input, in brackets after the message (empty when there is nothing to
     * say): the one place an {@link InputFormatException} of any module becomes words on stderr and exit 3.
     */
    static String advice(InputFormatException f) {
        if (f instanceof ListFormatException l) {
            return l.limit() != null
                    ? " (a size limit of Kordon's, far above every real list: see docs/reliability/bounds-and-fuzzing.md;"
                            + " for a file you trust, raise it with KORDON_JAVA_OPTS='-Xmx4g -Dkordon.limit." + l.limit() + "=N')"
                    : " (fix the file, or use --lenient to skip bad records)";
        }
        return f.advice() == null ? "" : " (" + f.advice() + ")";
    }

    /**
     * Runs a command with the given output streams; returns the exit code. Failures are mapped here, once: a malformed
     * input ({@link InputFormatException}, of any module) exits 3, a missing file 4, a {@link UserException} with its
     * own code, untrusted lists 6.
     */
    static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            PrintWriter w = cmd.getErr();
            if (e instanceof UntrustedListException) {
                w.println("kordon: refusing lists: " + e.getMessage());
                return ExitCode.UNTRUSTED_LISTS;
            }
            if (e instanceof InputFormatException f) {
                w.println("kordon: " + f.getMessage() + advice(f));
                return ExitCode.BAD_INPUT;
            }
            if (e instanceof UserException u) {
                w.println("kordon: " + u.getMessage());
                return u.exitCode();
            }
            if (e instanceof NoSuchFileException n) {
                w.println("kordon: cannot read " + n.getFile() + ": no such file");
                return ExitCode.IO_ERROR;
            }
            if (e instanceof UncheckedIOException || e instanceof java.io.IOException) {
                w.println("kordon: " + e.getMessage());
                return ExitCode.IO_ERROR;
            }
            w.println("kordon: internal error: " + e);
            e.printStackTrace(w);
            return 1;
        });
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            // the last resort: the caps on list files keep a hostile file from getting here, but many large inputs
            // together can still fill a small heap; what was being built is garbage by now, so this can print
            err.println("kordon: out of memory (" + e.getMessage() + "): the inputs need more heap than this Java has;"
                    + " give it more, e.g. KORDON_JAVA_OPTS=-Xmx8g ./kordon ... (./kordon's default is -Xmx4g)");
            return ExitCode.OUT_OF_MEMORY;
        } finally {
            out.flush();
            err.flush();
        }
    }
}
