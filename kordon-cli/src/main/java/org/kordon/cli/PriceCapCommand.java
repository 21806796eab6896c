package org.kordon.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.kordon.maritime.Cargo;
import org.kordon.maritime.PriceCapCheck;
import org.kordon.maritime.PriceCapFormatException;
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
            CSVFormat fmt = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();
            try (BufferedReader r = strictUtf8(input);
                 CSVParser parser = CSVParser.builder().setReader(r).setFormat(fmt).get()) {
                Map<String, Integer> header = parser.getHeaderMap();
                for (String required : INPUT_HEADER) {
                    if (!header.containsKey(required)) {
                        throw new UserException(ExitCode.BAD_INPUT, input.getFileName() + " line 1: missing required column '" + required
                                + "' (header has: " + String.join(",", header.keySet()) + ")");
                    }
                }
                try (BufferedWriter w = Files.newBufferedWriter(output, StandardCharsets.UTF_8);
                     CSVPrinter printer = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
                    printer.printRecord(RESULT_HEADER);
                    long lineAfter = 1;
                    var it = parser.iterator();
                    while (true) {
                        CSVRecord rec;
                        try {
                            if (!it.hasNext()) {
                                break;
                            }
                            rec = it.next();
                        } catch (UncheckedIOException e) {
                            throw new UserException(ExitCode.BAD_INPUT, input.getFileName() + " after line " + lineAfter + ": "
                                    + (e.getCause() instanceof CharacterCodingException ? "not valid UTF-8" : e.getMessage()));
                        }
                        long line = lineAfter + 1;
                        lineAfter = parser.getCurrentLineNumber();
                        Verdict v;
                        String id;
                        try {
                            Cargo cargo = toCargo(rec);
                            id = cargo.id();
                            try {
                                v = check.check(cargo);
                            } catch (IllegalArgumentException e) {
                                throw new IllegalArgumentException("field product: " + e.getMessage());
                            }
                        } catch (IllegalArgumentException e) {
                            rejected++;
                            err.println("kordon: " + input.getFileName() + " line " + line + ": " + e.getMessage() + "; row skipped");
                            continue;
                        }
                        checked++;
                        if (!v.withinCap()) {
                            over++;
                        }
                        printer.printRecord(id, v.capUsdPerBbl() == null ? "" : plain(v.capUsdPerBbl()), v.withinCap(), v.reason());
                    }
                }
            }
            err.printf(Locale.ROOT, "kordon: checked %,d cargo(es), %,d above the cap, rejected %,d row(s); caps from %s; results in %s%n",
                    checked, over, rejected, caps.sourceName(), output);
            return ExitCode.OK;
        }

        private PriceCaps loadCaps() throws IOException {
            if (capsFile == null) {
                return PriceCaps.bundled();
            }
            try {
                return PriceCaps.load(capsFile);
            } catch (NoSuchFileException e) {
                throw new UserException(ExitCode.IO_ERROR, "cannot read " + capsFile + ": no such file");
            } catch (PriceCapFormatException e) {
                throw new UserException(ExitCode.BAD_INPUT, e.getMessage() + " (fix the caps file; its format is in the bundled price-caps.csv)");
            }
        }

        private static Cargo toCargo(CSVRecord rec) {
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

        private static String required(CSVRecord rec, String column) {
            String v = rec.isMapped(column) && rec.isSet(column) ? rec.get(column).strip() : "";
            if (v.isEmpty()) {
                throw new IllegalArgumentException("field " + column + " is empty");
            }
            return v;
        }

        private static LocalDate date(CSVRecord rec, String column) {
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

        private static BufferedReader strictUtf8(Path p) throws IOException {
            InputStream in;
            try {
                in = Files.newInputStream(p);
            } catch (NoSuchFileException e) {
                throw new UserException(ExitCode.IO_ERROR, "cannot read " + p + ": no such file");
            }
            var dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, dec), 1 << 16);
            r.mark(1);
            if (r.read() != '\uFEFF') {
                r.reset();
            }
            return r;
        }
    }
}
