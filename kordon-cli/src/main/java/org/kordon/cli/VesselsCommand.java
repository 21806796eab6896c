package org.kordon.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.kordon.input.CsvTable;
import org.kordon.input.InputFormatException;
import org.kordon.lists.LoadResult;
import org.kordon.maritime.CrossCheck;
import org.kordon.maritime.ImoNumber;
import org.kordon.maritime.Indicator;
import org.kordon.maritime.OwnerCheck;
import org.kordon.maritime.VesselData;
import org.kordon.maritime.VesselEvent;
import org.kordon.maritime.VesselMatch;
import org.kordon.maritime.VesselProfile;
import org.kordon.maritime.VesselProfiles;
import org.kordon.maritime.VesselQuery;
import org.kordon.maritime.VesselScreener;
import org.kordon.matching.Algorithm;
import org.kordon.matching.Screener;
import org.kordon.matching.Screeners;
import org.kordon.model.Countries;
import org.kordon.model.Entity;
import org.kordon.model.Name;
import org.kordon.model.NameKind;
import org.kordon.model.Sanction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kordon vessels screen|show|crosscheck}: vessels by IMO number, their history and shadow-fleet indicators. */
@Command(name = "vessels", mixinStandardHelpOptions = true,
        description = "Vessels: screen by IMO number, MMSI, call sign and name; show a vessel's history and indicators.",
        subcommands = {VesselsCommand.Screen.class, VesselsCommand.Show.class, VesselsCommand.CrossCheckCmd.class})
final class VesselsCommand {
    static final String SHARED_VESSEL_DATA = "../shared/data/maritime/ftm-shadowfleet";

    private VesselsCommand() {
    }

    @Command(name = "screen", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Screen a CSV of vessels against the lists: IMO number first, then MMSI, call sign and name.",
            footer = {"", "Example:",
                    "  kordon vessels screen --list ../shared/data/lists --input vessels.csv --output results.csv --top 3",
                    "", "vessels.csv: UTF-8 with a header; id required; any of imo (IMO 9256858, 9256858, imo:9256858),",
                    "name, flag (ISO 3166-1 alpha-2), mmsi, call_sign; other columns ignored.",
                    "results.csv: query_id,rank,entity_id,score,matched_name,schema,explanation",
                    "A name alone scores at most 0.70, below the alert threshold 0.78, unless the flag agrees.",
                    "An invalid IMO number, flag or MMSI is ignored and the vessel screened on the rest, said on stderr",
                    "(with the line) and in the explanation; a row with nothing valid to screen is skipped."})
    static final class Screen implements Callable<Integer> {
        static final List<String> REQUIRED = List.of("id");
        static final List<String> COLUMNS = List.of("id", "imo", "name", "flag", "mmsi", "call_sign");

        @Spec CommandSpec spec;
        @Mixin ListOptions lists;

        @Option(names = {"-i", "--input"}, required = true, paramLabel = "<vessels.csv>") Path input;
        @Option(names = {"-o", "--output"}, required = true, paramLabel = "<results.csv>") Path output;
        @Option(names = {"-k", "--top"}, paramLabel = "K", defaultValue = "5", description = "At most K matches per vessel (default: ${DEFAULT-VALUE}).")
        int top;

        @Override
        public Integer call() throws IOException {
            PrintWriter err = spec.commandLine().getErr();
            if (top < 1) {
                throw new UserException(ExitCode.USAGE, "--top must be at least 1, got " + top);
            }
            if (!Files.isRegularFile(input)) {
                throw new UserException(ExitCode.IO_ERROR, "cannot read " + input + ": no such file");
            }
            CsvInput.check(input, REQUIRED, COLUMNS, err);
            try (AtomicOutput out = AtomicOutput.create(output)) {
                return screen(out, err);
            }
        }

        private int screen(AtomicOutput out, PrintWriter err) throws IOException {
            LoadResult loaded = lists.load(err);
            long t0 = System.nanoTime();
            Screener names = Screeners.build(VesselScreener.namesToIndex(loaded.snapshot()), Algorithm.KORDON);
            VesselScreener screener = VesselScreener.build(loaded.snapshot(), names);
            err.printf(Locale.ROOT, "kordon: index built in %,d ms%n", (System.nanoTime() - t0) / 1_000_000);
            long screened = 0;
            long matched = 0;
            long alerts = 0;
            long rejected = 0;
            long withIgnored = 0;
            long started = System.nanoTime();
            try (CsvTable in = CsvTable.open(input, REQUIRED)) {
                CSVPrinter printer = new CSVPrinter(out.writer(), CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
                printer.printRecord(ScreenCommand.RESULT_HEADER);
                for (CsvTable.Row row; (row = in.next()) != null; ) {
                    List<String> ignored = new ArrayList<>();
                    VesselQuery q;
                    try {
                        q = toQuery(row, ignored);
                    } catch (IllegalArgumentException e) {
                        rejected++;
                        err.println("kordon: " + in.name() + " line " + row.line() + ": " + e.getMessage() + "; row skipped");
                        continue;
                    }
                    if (row.get("id") == null) {
                        err.println("kordon: warning: " + in.name() + " line " + row.line() + ": field id is empty; its results have query_id '"
                                + row.lineId() + "'");
                    }
                    if (!ignored.isEmpty()) {
                        withIgnored++;
                        err.println("kordon: warning: " + in.name() + " line " + row.line() + ": " + String.join("; ", ignored)
                                + "; screened on the other fields");
                    }
                    screened++;
                    List<VesselMatch> ms = screener.screen(q, top);
                    if (!ms.isEmpty()) {
                        matched++;
                    }
                    if (!ms.isEmpty() && ms.get(0).score() >= Screeners.DEFAULT_THRESHOLD) {
                        alerts++;
                    }
                    String note = ignored.isEmpty() ? "" : "; " + String.join("; ", ignored);
                    int rank = 1;
                    for (VesselMatch m : ms) {
                        printer.printRecord(q.id(), rank++, m.entity().id(), String.format(Locale.ROOT, "%.4f", m.score()),
                                m.matchedName(), m.entity().schema().ftmName(), m.explanation() + note);
                    }
                }
                printer.flush();
            }
            out.commit();
            double secs = (System.nanoTime() - started) / 1e9;
            err.printf(Locale.ROOT, "kordon: screened %,d vessel(s) (%,d with fields ignored), matched %,d (%,d at or above %.2f), "
                    + "rejected %,d row(s) in %.1f s; results in %s%n",
                    screened, withIgnored, matched, alerts, Screeners.DEFAULT_THRESHOLD, rejected, secs, output);
            return ExitCode.OK;
        }

        /**
         * The vessel of a row; an invalid imo, flag or mmsi is left out and noted in {@code ignored}.
         *
         * @throws IllegalArgumentException when nothing valid is left to screen (an empty id is replaced by
         *                                  {@link CsvTable.Row#lineId()})
         */
        static VesselQuery toQuery(CsvTable.Row row, List<String> ignored) {
            String id = row.get("id") == null ? row.lineId() : row.get("id");
            ImoNumber imo = null;
            String i = row.get("imo");
            if (i != null) {
                try {
                    imo = ImoNumber.parse(i);
                } catch (IllegalArgumentException e) {
                    ignored.add("ignored imo (" + e.getMessage() + ")");
                }
            }
            String flag = row.get("flag");
            if (flag != null && !Countries.isCode(flag)) {
                ignored.add("ignored flag '" + flag + "' (not an ISO 3166-1 alpha-2 code such as pa or ru)");
                flag = null;
            }
            String mmsi = row.get("mmsi");
            if (mmsi != null && (mmsi.length() != 9 || !mmsi.chars().allMatch(c -> c >= '0' && c <= '9'))) {
                ignored.add("ignored mmsi '" + mmsi + "' (not 9 digits)");
                mmsi = null;
            }
            try {
                return new VesselQuery(id, imo, row.get("name"), flag, mmsi, row.get("call_sign"));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(ignored.isEmpty() ? e.getMessage() : String.join("; ", ignored) + "; " + e.getMessage());
            }
        }
    }

    /** Where vessel data come from: {@code --vessel-data}, else the shared folder when present, else none. */
    static final class VesselDataOption {
        @Option(names = "--vessel-data", paramLabel = "<dir>",
                description = "Vessel histories keyed by IMO in the shadow-fleet layout (vessels.csv, vessel_names.csv, ...). "
                        + "Default: " + SHARED_VESSEL_DATA + " when present, else none.")
        Path dir;

        VesselData load(PrintWriter err) throws IOException {
            Path d = dir;
            if (d == null) {
                Path shared = ListOptions.home().resolve(SHARED_VESSEL_DATA).normalize();
                if (!Files.isRegularFile(shared.resolve("vessels.csv"))) {
                    err.println("kordon: no vessel data (" + shared + " is absent; give --vessel-data DIR): "
                            + "history and indicators come from the lists alone");
                    return VesselData.empty();
                }
                d = shared;
            }
            try {
                VesselData v = VesselData.load(d);
                err.printf(Locale.ROOT, "kordon: vessel data from %s: %,d vessels, latest date %s%n", d, v.vesselCount(), v.latestDate());
                return v;
            } catch (NoSuchFileException e) {
                throw new UserException(ExitCode.IO_ERROR, "cannot read vessel data in " + d + ": no vessels.csv");
            } catch (InputFormatException e) {
                // adds which folder the file is in: Main's mapping knows only the file name
                throw new UserException(ExitCode.BAD_INPUT, e.getMessage() + " (in " + d + ")");
            }
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Show the listed entities with an IMO number, the vessel's history as a timeline and its indicators.",
            footer = {"", "Example:", "  kordon vessels show 9224283 --list ../shared/data/lists"})
    static final class Show implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin ListOptions lists;
        @Mixin VesselDataOption vesselData;
        @Mixin StakesOption stakes;

        @Parameters(index = "0", paramLabel = "<imo>", description = "IMO number: IMO 9256858, 9256858 or imo:9256858.")
        String imo;

        @Option(names = "--as-of", paramLabel = "<date>", description = "The day ages are measured on (default: today, UTC).")
        String asOf;

        @Override
        public Integer call() throws IOException {
            PrintWriter err = spec.commandLine().getErr();
            PrintWriter out = spec.commandLine().getOut();
            ImoNumber number;
            LocalDate day;
            try {
                number = ImoNumber.parse(imo);
                day = asOf == null ? LocalDate.now(ZoneOffset.UTC) : LocalDate.parse(asOf);
            } catch (IllegalArgumentException e) {
                throw new UserException(ExitCode.USAGE, e.getMessage());
            } catch (DateTimeParseException e) {
                throw new UserException(ExitCode.USAGE, "--as-of must be an ISO date (YYYY-MM-DD), got '" + asOf + "'");
            }
            VesselData data = vesselData.load(err);
            LoadResult loaded = lists.load(err);
            Screener names = Screeners.build(VesselScreener.namesToIndex(loaded.snapshot()), Algorithm.KORDON);
            VesselProfile p = VesselProfiles.of(loaded.snapshot(), data, OwnerCheck.listed(loaded.snapshot(), names)
                    .and(OwnerCheck.ownedBy(stakes.owners(loaded.snapshot(), day, err))), day).profile(number);
            if (p.isUnknown()) {
                throw new UserException(ExitCode.NOT_FOUND, number + " is in no list loaded and not in the vessel data ("
                        + data.source() + ")");
            }
            print(p, out);
            return ExitCode.OK;
        }

        static void print(VesselProfile p, PrintWriter out) {
            out.println(p.imo() + (p.buildYear() == null ? "" : ", built " + p.buildYear()));
            out.println();
            out.println("Listed (" + p.listed().size() + "):");
            if (p.listed().isEmpty()) {
                out.println("  not listed in the lists loaded");
            }
            for (Entity e : p.listed()) {
                StringBuilder b = new StringBuilder("  ").append(e.id()).append("  ").append(e.caption());
                for (Sanction s : e.sanctions()) {
                    b.append("  [").append(s.authority()).append(s.programs().isEmpty() ? "" : " " + String.join(", ", s.programs()))
                            .append(s.listedOn() == null ? "" : ", listed " + s.listedOn()).append(']');
                }
                List<String> former = e.names().stream().filter(n -> n.kind() == NameKind.PREVIOUS).map(Name::value).toList();
                if (!former.isEmpty()) {
                    b.append("  former names: ").append(String.join(", ", former));
                }
                if (e.vessel() != null && e.vessel().flag() != null) {
                    b.append("  flag ").append(e.vessel().flag());
                }
                out.println(b);
            }
            out.println();
            out.println("History:");
            for (VesselEvent e : p.history().events()) {
                out.printf(Locale.ROOT, "  %-24s  %-16s  %-42s  %s%n", dates(e.from(), e.to()),
                        e.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                        e.value() + (e.reference() != null && !e.reference().equals(e.value()) && e.kind() != VesselEvent.Kind.NAME
                                && e.kind() != VesselEvent.Kind.LISTED ? " (" + e.reference() + ")" : ""), e.source());
            }
            out.println();
            out.println("Indicators (" + p.indicators().size() + "):");
            if (p.indicators().isEmpty()) {
                out.println("  none found");
            }
            for (Indicator i : p.indicators()) {
                out.println("  " + i.kind().title() + " [" + dates(i.from(), i.to()) + "]: " + i.evidence());
            }
        }

        private static String dates(LocalDate from, LocalDate to) {
            if (from == null && to == null) {
                return "undated";
            }
            return (from == null ? "?" : from.toString()) + " .. " + (to == null ? "" : to.toString());
        }
    }

    @Command(name = "crosscheck", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Cross-check the listed vessels (OFAC, EU Annex XLII, UK) against vessel data by IMO number.",
            footer = {"", "Example:", "  kordon vessels crosscheck --list ../shared/data/lists"})
    static final class CrossCheckCmd implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin ListOptions lists;
        @Mixin VesselDataOption vesselData;

        @Override
        public Integer call() throws IOException {
            PrintWriter err = spec.commandLine().getErr();
            VesselData data = vesselData.load(err);
            LoadResult loaded = lists.load(err);
            spec.commandLine().getOut().print(CrossCheck.run(loaded.snapshot(), data).text());
            return ExitCode.OK;
        }
    }
}
