package org.kordon.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code kordon} command. */
@Command(name = "kordon", mixinStandardHelpOptions = true, version = "kordon 0.1.0",
        description = "Sanctions screening and sanctions-evasion detection.")
public final class Main {
    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }
}
