package org.kordon.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.kordon.lists.LoadResult;
import org.kordon.matching.Algorithm;
import org.kordon.matching.Screener;
import org.kordon.matching.Screeners;
import org.kordon.trade.CountryList;
import org.kordon.trade.Finding;
import org.kordon.trade.Party;
import org.kordon.trade.Shipment;
import org.kordon.trade.ShipmentScreener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kordon shipments screen}: screens a CSV of shipments (parties, goods, route, red flags). */
@Command(name = "shipments", mixinStandardHelpOptions = true,
        description = "Shipments: parties, controlled goods, route and red flags.",
        subcommands = {ShipmentsCommand.Screen.class})
final class ShipmentsCommand {

    @Command(name = "screen", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Screen shipments as a whole: every party against the lists, the HS code against the controlled "
                    + "lists (CHP and --controlled), the route against diversion-risk countries and Russia/Belarus, and red flags.",
            footer = {"", "Example:",
                    "  kordon shipments screen --list ../shared/data/lists --input shipments.csv --output findings.csv",
                    "", "shipments.csv: UTF-8 with a header; id required; any of date (YYYY-MM-DD), exporter, exporter_country,",
                    "consignee, consignee_country, end_user, end_user_country, notify_party, destination_country,",
                    "transit_countries (ISO alpha-2, ';'-separated), hs_code (6, 8 or 10 digits, dots or spaces allowed),",
                    "description, value, currency; consignee_address, end_user_address if known; other columns ignored.",
                    "findings.csv: shipment_id,finding,severity,party,entity_id,hs6,detail (one row per finding;",
                    "finding: listed_party, owned_by_listed, controlled_goods, diversion_risk, sanctioned_destination,",
                    "red_flag, invalid_hs_code; severity: high, medium, low). A shipment with nothing found has no row."})
    static final class Screen implements Callable<Integer> {
        static final List<String> FINDINGS_HEADER = List.of("shipment_id", "finding", "severity", "party", "entity_id", "hs6", "detail");
        private static final int CHUNK = 2048;

        @Spec CommandSpec spec;
        @Mixin ListOptions lists;
        @Mixin StakesOption stakes;
        private org.kordon.model.ListSnapshot snapshot;

        @Option(names = {"-i", "--input"}, required = true, paramLabel = "<shipments.csv>", description = "Shipments to screen.")
        Path input;
        @Option(names = {"-o", "--output"}, required = true, paramLabel = "<findings.csv>", description = "Where to write the findings.")
        Path output;
        @Option(names = "--hs", paramLabel = "<harmonized-system.csv>",
                description = "HS 2022 nomenclature (default: harmonized-system.csv in the data directory's trade/, ./data/trade, "
                        + "../shared/data/trade; else codes are checked by format and chapter only).")
        Path hs;
        @Option(names = "--controlled", paramLabel = "<file.csv>", arity = "1..*",
                description = "Further controlled lists (hs6 or hs_code column; tier, description optional), beside the bundled CHP list.")
        List<Path> controlled = new ArrayList<>();
        @Option(names = "--diversion-risk", paramLabel = "<countries.csv>",
                description = "Diversion-risk countries (iso2 column) instead of the bundled list from the published guidance.")
        Path diversionRisk;
        @Option(names = "--known-consignees", paramLabel = "<file.csv>",
                description = "Consignees known in your trade (name column): any other consignee is a red flag.")
        Path knownConsignees;
        @Option(names = {"-t", "--threshold"}, paramLabel = "T", description = "Lowest party match score, 0..1 (default: the screening default).")
        Double threshold;

        @Override
        public Integer call() throws IOException {
            PrintWriter err = spec.commandLine().getErr();
            double t = threshold != null ? threshold : Screeners.DEFAULT_THRESHOLD;
            if (!(t >= 0 && t <= 1)) {
                throw new UserException(ExitCode.USAGE, "--threshold must be between 0 and 1, got " + t);
            }
            if (!Files.isRegularFile(input)) {
                throw new UserException(ExitCode.IO_ERROR, "cannot read " + input + ": no such file");
            }
            ShipmentScreener.Builder b = ShipmentScreener.builder(buildScreener(err)).threshold(t)
                    .nomenclature(TradeFiles.nomenclature(hs, lists.dataDir(), err))
                    .controlledLists(TradeFiles.controlled(controlled))
                    .diversionRisk(TradeFiles.countries(diversionRisk, CountryList.diversionRisk()));
            if (knownConsignees != null) {
                b.knownConsignees(readNames(knownConsignees));
            }
            b.listedOwners(stakes.tradeOwners(snapshot, java.time.LocalDate.now(java.time.ZoneOffset.UTC), err));
            return run(b.build(), err);
        }

        private Screener buildScreener(PrintWriter err) {
            LoadResult loaded = lists.load(err);
            snapshot = loaded.snapshot();
            long t0 = System.nanoTime();
            Screener s = Screeners.build(loaded.snapshot(), Algorithm.KORDON);
            err.printf(Locale.ROOT, "kordon: index built in %,d ms%n", (System.nanoTime() - t0) / 1_000_000);
            return s;
        }

        private static List<String> readNames(Path file) throws IOException {
            List<String> names = new ArrayList<>();
            try (CsvInput in = CsvInput.open(file, List.of("name"))) {
                for (CsvInput.Row r; (r = in.next()) != null; ) {
                    if (r.get("name") != null) {
                        names.add(r.get("name"));
                    }
                }
            }
            return names;
        }

        private int run(ShipmentScreener screener, PrintWriter err) throws IOException {
            long total = Math.max(0, lineCount(input) - 1);
            long screened = 0;
            long flagged = 0;
            long findings = 0;
            long high = 0;
            long rejected = 0;
            long started = System.nanoTime();
            long lastReport = started;
            try (CsvInput in = CsvInput.open(input, List.of("id"));
                 BufferedWriter w = Files.newBufferedWriter(output, StandardCharsets.UTF_8);
                 CSVPrinter printer = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
                printer.printRecord(FINDINGS_HEADER);
                List<Shipment> chunk = new ArrayList<>(CHUNK);
                boolean more = true;
                while (more) {
                    CsvInput.Row row = in.next();
                    more = row != null;
                    if (row != null) {
                        try {
                            chunk.add(toShipment(row));
                        } catch (IllegalArgumentException e) {
                            rejected++;
                            err.println("kordon: " + in.name() + " line " + row.line() + ": " + e.getMessage() + "; row skipped");
                        }
                    }
                    if (chunk.size() == CHUNK || (!more && !chunk.isEmpty())) {
                        @SuppressWarnings("unchecked")
                        List<Finding>[] res = new List[chunk.size()];
                        List<Shipment> c = chunk;
                        IntStream.range(0, c.size()).parallel().forEach(i -> res[i] = screener.screen(c.get(i)));
                        for (List<Finding> fs : res) {
                            screened++;
                            if (!fs.isEmpty()) {
                                flagged++;
                            }
                            for (Finding f : fs) {
                                findings++;
                                if (f.severity() == Finding.Severity.HIGH) {
                                    high++;
                                }
                                printer.printRecord(f.shipmentId(), f.kind().csvName(), f.severity().csvName(), f.party(), f.entityId(), f.hs6(), f.detail());
                            }
                        }
                        chunk = new ArrayList<>(CHUNK);
                        long now = System.nanoTime();
                        if (now - lastReport > 2_000_000_000L) {
                            lastReport = now;
                            double secs = (now - started) / 1e9;
                            double rate = (screened + rejected) / Math.max(secs, 1e-9);
                            err.printf(Locale.ROOT, "kordon: %,d / ~%,d shipments (%,.0f rows/s, ETA %d s)%n", screened + rejected, total, rate,
                                    Math.round(Math.max(0, total - screened - rejected) / Math.max(rate, 1e-9)));
                        }
                    }
                }
            }
            double secs = (System.nanoTime() - started) / 1e9;
            err.printf(Locale.ROOT, "kordon: screened %,d shipment(s), %,d with findings, %,d finding(s) (%,d high), rejected %,d row(s) "
                    + "in %.1f s (%,.0f rows/s); findings in %s%n", screened, flagged, findings, high, rejected, secs,
                    screened / Math.max(secs, 1e-9), output);
            return ExitCode.OK;
        }

        private static long lineCount(Path p) throws IOException {
            try (var lines = Files.lines(p, StandardCharsets.ISO_8859_1)) {
                return lines.count();
            }
        }

        static Shipment toShipment(CsvInput.Row r) {
            String id = r.get("id");
            if (id == null) {
                throw new IllegalArgumentException("field id is empty");
            }
            LocalDate date = null;
            if (r.get("date") != null) {
                try {
                    date = LocalDate.parse(r.get("date"));
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("field date: not an ISO date (YYYY-MM-DD): '" + r.get("date") + "'");
                }
            }
            BigDecimal value = null;
            if (r.get("value") != null) {
                try {
                    value = new BigDecimal(r.get("value"));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("field value: not a number: '" + r.get("value") + "'");
                }
                if (value.signum() < 0) {
                    throw new IllegalArgumentException("field value: must not be negative, got " + r.get("value"));
                }
            }
            List<Party> parties = new ArrayList<>();
            for (Party.Role role : Party.Role.values()) {
                String name = r.get(role.column());
                String country = r.get(role.column() + "_country");
                if (name == null) {
                    continue;
                }
                if (name.length() > 1000) {
                    throw new IllegalArgumentException("field " + role.column() + ": longer than 1,000 characters");
                }
                try {
                    parties.add(new Party(role, name, country, r.get(role.column() + "_address")));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("field " + e.getMessage());
                }
            }
            List<String> transit = r.get("transit_countries") == null ? List.of()
                    : Arrays.stream(r.get("transit_countries").split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            try {
                return new Shipment(id, date, parties, r.get("destination_country"), transit, r.get("hs_code"), r.get("description"),
                        value, r.get("currency"));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("field " + e.getMessage());
            }
        }
    }
}
