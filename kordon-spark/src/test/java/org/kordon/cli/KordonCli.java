package org.kordon.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * The {@code kordon} command (kordon-cli's Main) for the Spark parity tests: the single-machine reference run in the
 * same JVM. It lives in kordon-cli's package because Main.run is package-private.
 */
public final class KordonCli {
    private KordonCli() {
    }

    /** What a user sees of one {@code kordon} command. */
    public record Run(int code, String out, String err) {
    }

    /** Runs {@code kordon args...}: {@code KordonCli.run("screen", "--list", "lists", "--input", "q.csv", "--output", "r.csv")}. */
    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }
}
