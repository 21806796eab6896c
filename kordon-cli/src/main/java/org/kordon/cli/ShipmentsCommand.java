package org.kordon.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
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
import org.kordon.input.CsvTable;
import org.kordon.lists.ListFormat;
import org.kordon.lists.ListLoader;
import org.kordon.lists.LoadOptions;
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
                    "finding: listed_party, owned_by_listed, export_control_end_user, controlled_goods, diversion_risk,",
                    "sanctioned_destination, red_flag, invalid_hs_code; severity: high, medium, low). A shipment with nothing",
                    "found has no row. export_control_end_user: the consignee, end user or notify party on the EU's Annex IV",
                    "(among the lists) or on the US Consolidated Screening List given with --csl consolidated.json.",
                    "A malformed date, value or country is ignored and the shipment screened on the rest (stderr with the",
                    "line, and in the detail of its findings). A broken quote stops the run before anything is screened."})
    static final class Screen implements Callable<Integer> {
        static final List<String> FINDINGS_HEADER = List.of("shipment_id", "finding", "severity", "party", "entity_id", "hs6", "detail");
        static final List<String> REQUIRED = List.of("id");
        static final List<String> COLUMNS = List.of("id", "date", "exporter", "exporter_country", "exporter_address", "consignee",
                "consignee_country", "consignee_address", "end_user", "end_user_country", "end_user_address", "notify_party",
                "notify_party_country", "notify_party_address", "destination_country", "transit_countries", "hs_code", "description",
                "value", "currency");
        /** Longest party name screened, in characters. */
        static final int MAX_PARTY_CHARS = 1_000;
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
        @Option(names = "--csl", paramLabel = "<consolidated.json|csv>", arity = "1..*",
                description = "The US Consolidated Screening List (trade.gov consolidated.json or consolidated.csv): the consignee, end user "
                        + "and notify party are also screened against it (finding export_control_end_user, naming the list: Entity List, "
                        + "MEU, Unverified List...).")
        List<Path> csl = new ArrayList<>();

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
            long total = CsvInput.check(input, REQUIRED, COLUMNS, err);
            ShipmentScreener.Builder b = ShipmentScreener.builder(buildScreener(err)).threshold(t)
                    .nomenclature(TradeFiles.nomenclature(hs, lists.dataDir(), err))
                    .controlledLists(TradeFiles.controlled(controlled))
                    .diversionRisk(TradeFiles.countries(diversionRisk, CountryList.diversionRisk()));
            if (knownConsignees != null) {
                b.knownConsignees(readNames(knownConsignees));
            }
            b.listedOwners(stakes.owners(snapshot, java.time.LocalDate.now(java.time.ZoneOffset.UTC), err));
            endUserLists(b, err);
            try (AtomicOutput out = AtomicOutput.create(output)) {
                return run(b.build(), err, total, out);
            }
        }

        private Screener buildScreener(PrintWriter err) {
            LoadResult loaded = lists.load(err);
            snapshot = loaded.snapshot();
            long t0 = System.nanoTime();
            Screener s = Screeners.build(loaded.snapshot(), Algorithm.KORDON);
            err.printf(Locale.ROOT, "kordon: index built in %,d ms%n", (System.nanoTime() - t0) / 1_000_000);
            return s;
        }

        /**
         * The export-control end-user lists: the CSL of {@code --csl}, and the EU Annex IV entries among the lists loaded;
         * says on stderr what there is, and warns when there is neither (no end user can then be found on such a list).
         */
        private void endUserLists(ShipmentScreener.Builder b, PrintWriter err) throws IOException {
            long annexIv = ShipmentScreener.annexIvEntries(snapshot.entities());
            String cslSummary = "";
            if (!csl.isEmpty()) {
                for (Path p : csl) {
                    if (!Files.isRegularFile(p)) {
                        throw new UserException(ExitCode.IO_ERROR, "--csl: cannot read " + p + ": no such file");
                    }
                    ListFormat f = ListFormat.detect(p).orElse(null);
                    if (f != ListFormat.CSL_JSON && f != ListFormat.CSL_CSV) {
                        throw new UserException(ExitCode.BAD_INPUT, "--csl: " + p + " is not the Consolidated Screening List (trade.gov "
                                + "consolidated.json, or consolidated.csv with its published header)");
                    }
                }
                LoadResult r = ListLoader.load(csl, new LoadOptions(null, lists.lenient));
                ListOptions.report(r, err);
                java.util.Map<String, Integer> perList = new java.util.TreeMap<>();
                r.snapshot().entities().forEach(e -> perList.merge(e.sanctions().isEmpty() ? "?" : e.sanctions().get(0).authority(), 1,
                        Integer::sum));
                StringBuilder per = new StringBuilder();
                perList.forEach((k, v) -> per.append(per.isEmpty() ? "" : ", ").append(k).append(' ').append(String.format(Locale.ROOT, "%,d", v)));
                cslSummary = String.format(Locale.ROOT, "CSL %,d entries (%s)", r.snapshot().size(), per);
                b.endUserLists(Screeners.build(r.snapshot(), Algorithm.KORDON));
            }
            if (annexIv == 0 && csl.isEmpty()) {
                err.println("kordon: warning: no export-control end-user list: the lists hold no EU Annex IV entry (the EU annex CSV "
                        + "32014R0833.csv carries them) and no --csl was given; export_control_end_user cannot be found");
            } else {
                err.printf(Locale.ROOT, "kordon: end-user lists: EU Annex IV %,d entries%s%n", annexIv, cslSummary.isEmpty() ? "" : "; " + cslSummary);
            }
        }

        private static List<String> readNames(Path file) throws IOException {
            List<String> names = new ArrayList<>();
            try (CsvTable in = CsvTable.open(file, List.of("name"))) {
                for (CsvTable.Row r; (r = in.next()) != null; ) {
                    String name;
                    try {
                        name = r.get("name");
                    } catch (IllegalArgumentException e) {
                        throw new UserException(ExitCode.BAD_INPUT, in.name() + " line " + r.line() + ": " + e.getMessage());
                    }
                    if (name == null) {
                        throw new UserException(ExitCode.BAD_INPUT, in.name() + " line " + r.line() + ": field name is empty "
                                + "(a consignee list with a gap would flag a known consignee)");
                    }
                    names.add(name);
                }
            }
            return names;
        }

        private int run(ShipmentScreener screener, PrintWriter err, long total, AtomicOutput out) throws IOException {
            long screened = 0;
            long flagged = 0;
            long findings = 0;
            long high = 0;
            long rejected = 0;
            long withIgnored = 0;
            long started = System.nanoTime();
            long lastReport = started;
            try (CsvTable in = CsvTable.open(input, REQUIRED)) {
                CSVPrinter printer = new CSVPrinter(out.writer(), CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
                printer.printRecord(FINDINGS_HEADER);
                List<Read> chunk = new ArrayList<>(CHUNK);
                boolean more = true;
                while (more) {
                    CsvTable.Row row = in.next();
                    more = row != null;
                    if (row != null) {
                        List<String> ignored = new ArrayList<>();
                        try {
                            Shipment s = toShipment(row, ignored);
                            chunk.add(new Read(s, ignored));
                            if (row.get("id") == null) {
                                err.println("kordon: warning: " + in.name() + " line " + row.line() + ": field id is empty; its findings have "
                                        + "shipment_id '" + row.lineId() + "'");
                            }
                            if (!ignored.isEmpty()) {
                                withIgnored++;
                                err.println("kordon: warning: " + in.name() + " line " + row.line() + ": " + String.join("; ", ignored)
                                        + "; screened on the other fields");
                            }
                        } catch (IllegalArgumentException e) {
                            rejected++;
                            err.println("kordon: " + in.name() + " line " + row.line() + ": " + e.getMessage() + "; row skipped");
                        }
                    }
                    if (chunk.size() == CHUNK || (!more && !chunk.isEmpty())) {
                        @SuppressWarnings({"unchecked", "rawtypes"}) // no generic array creation in Java
                        List<Finding>[] res = new List[chunk.size()];
                        List<Read> c = chunk;
                        IntStream.range(0, c.size()).parallel().forEach(i -> res[i] = screener.screen(c.get(i).shipment()));
                        for (int i = 0; i < res.length; i++) {
                            screened++;
                            if (!res[i].isEmpty()) {
                                flagged++;
                            }
                            String note = c.get(i).ignored().isEmpty() ? "" : "; " + String.join("; ", c.get(i).ignored());
                            for (Finding f : res[i]) {
                                findings++;
                                if (f.severity() == Finding.Severity.HIGH) {
                                    high++;
                                }
                                printer.printRecord(f.shipmentId(), f.kind().csvName(), f.severity().csvName(), f.party(), f.entityId(), f.hs6(),
                                        f.detail() + note);
                            }
                        }
                        chunk = new ArrayList<>(CHUNK);
                        long now = System.nanoTime();
                        if (now - lastReport > 2_000_000_000L) {
                            lastReport = now;
                            double secs = (now - started) / 1e9;
                            double rate = (screened + rejected) / Math.max(secs, 1e-9);
                            err.printf(Locale.ROOT, "kordon: %,d / %,d shipments (%,.0f rows/s, ETA %d s)%n", screened + rejected, total, rate,
                                    Math.round(Math.max(0, total - screened - rejected) / Math.max(rate, 1e-9)));
                        }
                    }
                }
                printer.flush();
            }
            out.commit();
            double secs = (System.nanoTime() - started) / 1e9;
            err.printf(Locale.ROOT, "kordon: screened %,d shipment(s) (%,d with fields ignored), %,d with findings, %,d finding(s) (%,d high), "
                    + "rejected %,d row(s) in %.1f s (%,.0f rows/s); findings in %s%n", screened, withIgnored, flagged, findings, high, rejected,
                    secs, screened / Math.max(secs, 1e-9), output);
            return ExitCode.OK;
        }

        /** A shipment read from its row and the notes on what of it was ignored. */
        private record Read(Shipment shipment, List<String> ignored) {
        }

        /**
         * The shipment of a row: a malformed date, value, country or over-long party name is left out and noted in
         * {@code ignored}, the shipment screened on the rest; an empty id is replaced by {@link CsvTable.Row#lineId()}.
         *
         * @throws IllegalArgumentException when the row's values are shifted (more fields than the header)
         */
        static Shipment toShipment(CsvTable.Row r, List<String> ignored) {
            String id = r.get("id") == null ? r.lineId() : r.get("id");
            LocalDate date = null;
            if (r.get("date") != null) {
                try {
                    date = LocalDate.parse(r.get("date"));
                } catch (DateTimeParseException e) {
                    ignored.add("ignored date '" + r.get("date") + "' (not an ISO date YYYY-MM-DD)");
                }
            }
            BigDecimal value = null;
            if (r.get("value") != null) {
                try {
                    value = new BigDecimal(r.get("value"));
                    if (value.signum() < 0) {
                        ignored.add("ignored value " + r.get("value") + " (negative)");
                        value = null;
                    }
                } catch (NumberFormatException e) {
                    ignored.add("ignored value '" + r.get("value") + "' (not a number)");
                }
            }
            List<Party> parties = new ArrayList<>();
            for (Party.Role role : Party.Role.values()) {
                String name = r.get(role.column());
                if (name == null) {
                    for (String c : List.of(role.column() + "_country", role.column() + "_address")) {
                        if (r.get(c) != null) {
                            ignored.add("ignored " + c + " '" + r.get(c) + "' (no " + role.column() + " named)");
                        }
                    }
                    continue;
                }
                if (name.length() > MAX_PARTY_CHARS) {
                    ignored.add(String.format(Locale.ROOT, "ignored %s (%,d characters, at most %,d in a name)", role.column(), name.length(),
                            MAX_PARTY_CHARS));
                    continue;
                }
                String country = country(r, role.column() + "_country", ignored);
                parties.add(new Party(role, name, country, r.get(role.column() + "_address")));
            }
            String destination = country(r, "destination_country", ignored);
            List<String> transit = new ArrayList<>();
            if (r.get("transit_countries") != null) {
                for (String t : r.get("transit_countries").split(";")) {
                    String c = t.strip();
                    if (c.isEmpty()) {
                        continue;
                    }
                    if (Shipment.isCountryCode(c)) {
                        transit.add(c);
                    } else {
                        ignored.add("ignored transit country '" + c + "' (not an ISO 3166-1 alpha-2 code)");
                    }
                }
            }
            return new Shipment(id, date, parties, destination, transit, r.get("hs_code"), r.get("description"), value, r.get("currency"));
        }

        private static String country(CsvTable.Row r, String column, List<String> ignored) {
            String c = r.get(column);
            if (c == null || Shipment.isCountryCode(c)) {
                return c;
            }
            ignored.add("ignored " + column + " '" + c + "' (not an ISO 3166-1 alpha-2 code)");
            return null;
        }
    }
}
