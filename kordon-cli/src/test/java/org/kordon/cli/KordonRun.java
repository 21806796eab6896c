package org.kordon.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * What a user sees of one {@code kordon} command: its exit code, stdout and stderr. The shared harness of the CLI
 * tests: {@code KordonRun.of("screen", "--name", "Vladimir Putin")}.
 */
record KordonRun(int code, String out, String err) {
    static KordonRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new KordonRun(code, out.toString(), err.toString());
    }
}
