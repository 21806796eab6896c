package org.kordon.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.kordon.input.CsvTable;
import org.kordon.maritime.Cargo;
import org.kordon.maritime.PriceCapCheck;
import org.kordon.maritime.PriceCaps;
import org.kordon.maritime.Regime;
import org.kordon.maritime.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kordon pricecap check}: checks a CSV of oil cargoes against the EU, UK and US price caps. */
@Command(name = "pricecap", mixinStandardHelpOptions = true,
        description = "Oil price cap (EU, UK, US).",
        subcommands = {PriceCapCommand.Check.class})
final class PriceCapCommand {

    @Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Check cargo prices against the oil price cap of their regime on their loading date.",
            footer = {"", "Example:",
                    "  kordon pricecap check --input cargoes.csv --output result.csv",
                    "", "cargoes.csv (UTF-8) header:", "  id,regime,product,loading_date,contract_date,price_usd_per_bbl",
                    "regime eu, uk or us; product crude or a product such as diesel, gasoline,",
                    "fuel_oil, naphtha; ISO dates (YYYY-MM-DD).",
                    "result.csv header:", "  id,cap_usd_per_bbl,within_cap,reason",
                    "(empty cap and true when no cap applies). Bad rows: stderr, skipped."})
    static final class Check implements Callable<Integer> {
        static final List<String> INPUT_HEADER = List.of("id", "regime", "product", "loading_date", "contract_date", "price_usd_per_bbl");
        static final List<String> RESULT_HEADER = List.of("id", "cap_usd_per_bbl", "within_cap", "reason");

        @Spec CommandSpec spec;

        @Option(names = {"-i", "--input"}, required = true, paramLabel = "<cargoes.csv>", description = "Cargoes to check.") Path input;
        @Option(names = {"-o", "--output"}, required = true, paramLabel = "<result.csv>", description = "Where to write the verdicts.") Path output;
        @Option(names = "--caps", paramLabel = "<caps.csv>",
                description = "Caps file of the bundled format, e.g. a copy with the next change added (default: the bundled price-caps.csv).")
        Path capsFile;

        @Override
        public Integer call() throws IOException {
            PrintWriter err = spec.commandLine().getErr();
            PriceCaps caps = loadCaps();
            PriceCapCheck check = PriceCapCheck.of(caps);
            long checked = 0;
            long over = 0;
            long rejected = 0;
            try (AtomicOutput out = AtomicOutput.create(output);
                 CsvTable in = CsvTable.open(input, INPUT_HEADER)) {
                CsvInput.warnUnread(in, INPUT_HEADER, err);
                CSVPrinter printer = new CSVPrinter(out.writer(), CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
                printer.printRecord(RESULT_HEADER);
                for (CsvTable.Row row; (row = in.next()) != null; ) {
                    Verdict v;
                    String id;
                    try {
                        Cargo cargo = toCargo(row);
                        id = cargo.id();
                        try {
                            v = check.check(cargo);
                        } catch (IllegalArgumentException e) {
                            throw new IllegalArgumentException("field product: " + e.getMessage());
                        }
                    } catch (IllegalArgumentException e) {
                        rejected++;
                        err.println("kordon: " + in.name() + " line " + row.line() + ": " + e.getMessage() + "; row skipped");
                        continue;
                    }
                    checked++;
                    if (!v.withinCap()) {
                        over++;
                    }
                    printer.printRecord(id, v.capUsdPerBbl() == null ? "" : plain(v.capUsdPerBbl()), v.withinCap(), v.reason());
                }
                printer.flush();
                out.commit();
            }
            err.printf(Locale.ROOT, "kordon: checked %,d cargo(es), %,d above the cap, rejected %,d row(s); caps from %s; results in %s%n",
                    checked, over, rejected, caps.sourceName(), output);
            return ExitCode.OK;
        }

        private PriceCaps loadCaps() throws IOException {
            if (capsFile == null) {
                return PriceCaps.bundled();
            }
            return PriceCaps.load(capsFile);
        }

        private static Cargo toCargo(CsvTable.Row rec) {
            String id = required(rec, "id");
            Regime regime;
            try {
                regime = Regime.parse(required(rec, "regime"));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(e.getMessage().startsWith("field ") ? e.getMessage() : "field regime: " + e.getMessage());
            }
            String product = required(rec, "product");
            LocalDate loading = date(rec, "loading_date");
            LocalDate contract = date(rec, "contract_date");
            String p = required(rec, "price_usd_per_bbl");
            BigDecimal price;
            try {
                price = new BigDecimal(p);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("field price_usd_per_bbl: not a number: '" + p + "'");
            }
            if (price.signum() < 0) {
                throw new IllegalArgumentException("field price_usd_per_bbl: must not be negative, got " + p);
            }
            return new Cargo(id, regime, product, loading, contract, price);
        }

        private static String required(CsvTable.Row rec, String column) {
            String v = rec.get(column);
            if (v == null) {
                throw new IllegalArgumentException("field " + column + " is empty");
            }
            return v;
        }

        private static LocalDate date(CsvTable.Row rec, String column) {
            String v = required(rec, column);
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("field " + column + ": not an ISO date (YYYY-MM-DD): '" + v + "'");
            }
        }

        private static String plain(BigDecimal d) {
            return d.setScale(Math.max(2, d.scale()), RoundingMode.UNNECESSARY).toPlainString();
        }
    }
}
