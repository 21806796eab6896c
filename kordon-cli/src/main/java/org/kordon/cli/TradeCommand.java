package org.kordon.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.kordon.trade.Anomaly;
import org.kordon.trade.Period;
import org.kordon.trade.TradeAnomalies;
import org.kordon.trade.TradeFlows;
import org.kordon.trade.TradeReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kordon trade anomalies|report}: trade-diversion analytics over published trade statistics. */
@Command(name = "trade", mixinStandardHelpOptions = true, description = "Trade-diversion analytics: anomalies and report.",
        subcommands = {TradeCommand.Anomalies.class, TradeCommand.Report.class})
final class TradeCommand {

    /** Options both subcommands share. */
    static final class FlowOptions {
        @Option(names = "--flows", required = true, arity = "1..*", paramLabel = "<FILE>",
                description = "Trade statistics: UN Comtrade CSV (current or legacy API), Eurostat Comext, or the shared Eurostat extracts.")
        List<Path> flows = new ArrayList<>();
        @Option(names = "--hubs", paramLabel = "<cc>", split = ",",
                description = "Hub countries (ISO alpha-2). Default: the bundled diversion-risk countries.")
        List<String> hubs = new ArrayList<>();
        @Option(names = "--since", paramLabel = "<YYYY-MM>", defaultValue = "2022-03",
                description = "First period after (YYYY-MM, YYYYMM or YYYY; default ${DEFAULT-VALUE}).")
        String since;

        TradeAnomalies settings() {
            TradeAnomalies.Builder b = TradeAnomalies.builder();
            try {
                b.since(Period.parse(since));
            } catch (IllegalArgumentException e) {
                throw new UserException(ExitCode.USAGE, "--since: " + e.getMessage());
            }
            if (!hubs.isEmpty()) {
                Set<String> h = new LinkedHashSet<>();
                hubs.stream().map(String::strip).filter(s -> !s.isEmpty()).forEach(h::add);
                try {
                    b.hubs(h);
                } catch (IllegalArgumentException e) {
                    throw new UserException(ExitCode.USAGE, "--" + e.getMessage());
                }
            }
            return b.build();
        }

        TradeFlows load(PrintWriter err) throws IOException {
            for (Path p : flows) {
                if (!Files.isRegularFile(p)) {
                    throw new UserException(ExitCode.IO_ERROR, "cannot read " + p + ": no such file");
                }
            }
            long t0 = System.nanoTime();
            TradeFlows f = TradeFlows.load(flows);
            for (String n : f.notes()) {
                err.println("kordon: " + n);
            }
            err.printf(Locale.ROOT, "kordon: loaded %,d cells from %d file(s) in %,d ms%n", f.flows().size(), flows.size(),
                    (System.nanoTime() - t0) / 1_000_000);
            return f;
        }
    }

    @Command(name = "anomalies", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Rank trade-diversion anomalies: did_growth, mirror_gap, reexport_ratio, unit_value_jump.",
            footer = {"", "Example:",
                    "  kordon trade anomalies --flows comtrade.csv eurostat.csv --output anomalies.csv \\",
                    "      --hubs KZ,KG,AM --since 2022-03",
                    "", "anomalies.csv: rank,metric,reporter,partner,hs6,controlled,value,baseline,post,detail",
                    "(ranked within each metric, largest first; countries ISO alpha-2; metrics defined in the README)."})
    static final class Anomalies implements Callable<Integer> {
        static final List<String> HEADER = List.of("rank", "metric", "reporter", "partner", "hs6", "controlled", "value", "baseline", "post", "detail");

        @Spec CommandSpec spec;
        @picocli.CommandLine.Mixin FlowOptions opts;
        @Option(names = {"-o", "--output"}, required = true, paramLabel = "<anomalies.csv>") Path output;

        @Override
        public Integer call() throws IOException {
            PrintWriter err = spec.commandLine().getErr();
            TradeAnomalies settings = opts.settings();
            List<Anomaly> all;
            long t0;
            try (AtomicOutput out = AtomicOutput.create(output)) {
                TradeFlows flows = opts.load(err);
                t0 = System.nanoTime();
                all = settings.compute(flows);
                CSVPrinter p = new CSVPrinter(out.writer(), CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
                p.printRecord(HEADER);
                for (Anomaly a : all) {
                    p.printRecord(a.rank(), a.metric().csvName(), a.reporter(), a.partner(), a.hs6(), a.controlled(), num(a.value()),
                            num(a.baseline()), num(a.post()), a.detail());
                }
                p.flush();
                out.commit();
            }
            long[] per = new long[Anomaly.Metric.values().length];
            all.forEach(a -> per[a.metric().ordinal()]++);
            err.printf(Locale.ROOT, "kordon: %,d anomalies (did_growth %,d, mirror_gap %,d, reexport_ratio %,d, unit_value_jump %,d) in %,d ms; "
                    + "results in %s%n", all.size(), per[0], per[1], per[2], per[3], (System.nanoTime() - t0) / 1_000_000, output);
            return ExitCode.OK;
        }
    }

    @Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Write a self-contained HTML report with charts (PNG inline, no script, no CDN).",
            footer = {"", "Example:", "  kordon trade report --flows ../shared/data/trade/flows/*.csv --output report.html --hubs KZ,KG,AM"})
    static final class Report implements Callable<Integer> {
        @Spec CommandSpec spec;
        @picocli.CommandLine.Mixin FlowOptions opts;
        @Option(names = {"-o", "--output"}, required = true, paramLabel = "<report.html>") Path output;
        @Option(names = "--png-dir", paramLabel = "<dir>", description = "Also write each chart as a PNG file there.") Path pngDir;

        @Override
        public Integer call() throws IOException {
            PrintWriter err = spec.commandLine().getErr();
            TradeAnomalies settings = opts.settings();
            AtomicOutput.checkWritable(output);
            TradeFlows flows = opts.load(err);
            List<Anomaly> all = settings.compute(flows);
            // everything is drawn before anything is written: a failure leaves no file half done
            String html = TradeReport.render(flows, settings, all);
            Map<String, byte[]> pngs = pngDir == null ? Map.of() : TradeReport.chartsAsPng(flows, settings, all);
            AtomicOutput.writeString(output, html);
            if (pngDir != null) {
                Files.createDirectories(pngDir);
                for (var e : pngs.entrySet()) {
                    AtomicOutput.write(pngDir.resolve(e.getKey() + ".png"), e.getValue());
                }
            }
            err.printf(Locale.ROOT, "kordon: report with %,d anomalies written to %s (%,d bytes)%n", all.size(), output, Files.size(output));
            return ExitCode.OK;
        }
    }

    static String num(double d) {
        if (Double.isNaN(d)) {
            return "";
        }
        String s = String.format(Locale.ROOT, "%.6f", d);
        s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        return s;
    }
}
