package org.kordon.cli;

import picocli.CommandLine.Command;

/** {@code kordon trade}: trade-diversion analytics over published trade statistics. */
@Command(name = "trade", mixinStandardHelpOptions = true, description = "Trade-diversion analytics: anomalies and report.")
final class TradeCommand {
}
