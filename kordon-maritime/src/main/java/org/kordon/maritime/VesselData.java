package org.kordon.maritime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.kordon.input.CsvTable;
import org.kordon.input.InputFormatException;

/**
 * Vessel histories keyed by IMO number, read from a folder in the layout of Follow the Money's shadow-fleet
 * research data ({@code vessels.csv}, {@code vessel_names.csv}, {@code vessel_flags.csv},
 * {@code vessel_company.csv}, {@code companies.csv}, {@code uninsured.csv}, {@code sanctions.csv}; see
 * {@code ../shared/data/maritime/MANIFEST.md}). Immutable and thread-safe once loaded.
 *
 * <pre>{@code
 * VesselData d = VesselData.load(Path.of("../shared/data/maritime/ftm-shadowfleet"));
 * d.vesselCount();       // 637
 * d.contains(ImoNumber.parse("9224283"));   // true
 * }</pre>
 *
 * <p>Only {@code vessels.csv} is required; a missing other file counts as empty. Every vessel key must be a valid
 * IMO number and every date ISO ({@code YYYY-MM-DD}) or empty; otherwise loading stops with a
 * {@link InputFormatException} naming file, line and field. Company keys are kept as given: the data holds
 * some shorter than the seven digits of an IMO company number. Duplicate rows are read once.
 */
public final class VesselData {
    /** One row of a dated history: a name, a flag or an uninsured period. {@code to} is null while current. */
    record Period(String value, LocalDate from, LocalDate to) {
    }

    /** A company's role on a vessel over a period (registered owner, ISM manager, ship/commercial manager). */
    record CompanyRole(String companyImo, String role, LocalDate from, LocalDate to) {
    }

    record Company(String imo, String name, String address, String jurisdiction) {
    }

    record Vessel(String imo, String name, String tankerSize, Integer buildYear) {
    }

    /** A row of sanctions.csv: the earliest sanction date and who listed the vessel, as the data set records it. */
    record Listing(LocalDate date, String by) {
    }

    private static final long MAX_ROWS = 5_000_000;

    private final String source;
    private final Map<String, Vessel> vessels;
    private final Map<String, List<Period>> names;
    private final Map<String, List<Period>> flags;
    private final Map<String, List<CompanyRole>> roles;
    private final Map<String, Company> companies;
    private final Map<String, List<Period>> uninsured;
    private final Map<String, List<Listing>> listings;
    private final Map<String, Set<String>> vesselsOwnedByCompany;
    private final LocalDate latestDate;

    private VesselData(String source, Map<String, Vessel> vessels, Map<String, List<Period>> names,
                       Map<String, List<Period>> flags, Map<String, List<CompanyRole>> roles,
                       Map<String, Company> companies, Map<String, List<Period>> uninsured,
                       Map<String, List<Listing>> listings) {
        this.source = source;
        this.vessels = vessels;
        this.names = names;
        this.flags = flags;
        this.roles = roles;
        this.companies = companies;
        this.uninsured = uninsured;
        this.listings = listings;
        Map<String, Set<String>> owned = new HashMap<>();
        LocalDate latest = null;
        for (Map.Entry<String, List<CompanyRole>> e : roles.entrySet()) {
            for (CompanyRole r : e.getValue()) {
                if (isOwner(r.role())) {
                    owned.computeIfAbsent(r.companyImo(), k -> new HashSet<>()).add(e.getKey());
                }
                latest = later(latest, later(r.from(), r.to()));
            }
        }
        for (Map<String, List<Period>> m : List.of(names, flags, uninsured)) {
            for (List<Period> ps : m.values()) {
                for (Period p : ps) {
                    latest = later(latest, later(p.from(), p.to()));
                }
            }
        }
        this.vesselsOwnedByCompany = owned;
        this.latestDate = latest;
    }

    /** No vessel data: profiles then come from the lists alone. */
    public static VesselData empty() {
        return new VesselData("no vessel data", Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
    }

    /**
     * Reads a folder of vessel data (strict UTF-8).
     *
     * @throws InputFormatException naming file, line and field of the first malformed value
     * @throws IOException         when {@code vessels.csv} or another present file cannot be read
     */
    public static VesselData load(Path dir) throws IOException {
        if (!Files.isRegularFile(dir.resolve("vessels.csv"))) {
            throw new NoSuchFileException(dir.resolve("vessels.csv").toString(), null, "no vessels.csv in " + dir);
        }
        Map<String, Vessel> vessels = new HashMap<>();
        read(dir, "vessels.csv", true, r -> {
            String imo = r.imo("vessel_imo");
            Integer built = r.year("buildyear");
            vessels.putIfAbsent(imo, new Vessel(imo, r.text("vessel_name"), r.text("tanker_size"), built));
        }, "vessel_imo", "vessel_name", "tanker_size", "buildyear");
        Map<String, List<Period>> names = periods(dir, "vessel_names.csv", "vessel_name");
        Map<String, List<Period>> flags = periods(dir, "vessel_flags.csv", "flag");
        Map<String, List<Period>> uninsured = periods(dir, "uninsured.csv", null);
        Map<String, List<CompanyRole>> roles = new HashMap<>();
        read(dir, "vessel_company.csv", false, r -> {
            List<CompanyRole> l = roles.computeIfAbsent(r.imo("vessel_imo"), k -> new ArrayList<>());
            CompanyRole c = new CompanyRole(r.required("company_imo"), r.required("role"), r.date("start_date"), r.date("end_date"));
            if (!l.contains(c)) {
                l.add(c);
            }
        }, "vessel_imo", "company_imo", "role", "start_date", "end_date");
        Map<String, Company> companies = new HashMap<>();
        read(dir, "companies.csv", false, r -> {
            String id = r.required("company_imo");
            companies.putIfAbsent(id, new Company(id, r.required("company_name"), r.text("address"), r.text("jurisdiction")));
        }, "company_imo", "company_name", "address", "jurisdiction");
        Map<String, List<Listing>> listings = new HashMap<>();
        read(dir, "sanctions.csv", false, r -> {
            List<Listing> l = listings.computeIfAbsent(r.imo("vessel_imo"), k -> new ArrayList<>());
            Listing x = new Listing(r.date("earliest_sanction_date"), r.required("sanction_country"));
            if (!l.contains(x)) {
                l.add(x);
            }
        }, "vessel_imo", "earliest_sanction_date", "sanction_country");
        return new VesselData(dir.toString(), vessels, names, flags, roles, companies, uninsured, listings);
    }

    private static Map<String, List<Period>> periods(Path dir, String file, String valueColumn) throws IOException {
        Map<String, List<Period>> out = new HashMap<>();
        List<String> columns = valueColumn == null ? List.of("vessel_imo", "start_date", "end_date")
                : List.of("vessel_imo", valueColumn, "start_date", "end_date");
        read(dir, file, false, r -> {
            List<Period> l = out.computeIfAbsent(r.imo("vessel_imo"), k -> new ArrayList<>());
            Period p = new Period(valueColumn == null ? null : r.required(valueColumn), r.date("start_date"), r.date("end_date"));
            if (!l.contains(p)) {
                l.add(p);
            }
        }, columns.toArray(String[]::new));
        return out;
    }

    /** A record of one of the files, read by column; a bad value names its file, line and column. */
    private record Row(CsvTable.Row row) {
        String text(String column) {
            try {
                return row.get(column);
            } catch (IllegalArgumentException e) {
                throw new InputFormatException(row.file(), row.line(), null, e.getMessage());
            }
        }

        String required(String column) {
            String v = text(column);
            if (v == null) {
                throw row.error(column, "empty");
            }
            return v;
        }

        String imo(String column) {
            try {
                return ImoNumber.parse(required(column)).value();
            } catch (IllegalArgumentException e) {
                throw row.error(column, e.getMessage());
            }
        }

        LocalDate date(String column) {
            String v = text(column);
            if (v == null) {
                return null;
            }
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                throw row.error(column, "not an ISO date (YYYY-MM-DD): " + ImoDigits.quote(v));
            }
        }

        Integer year(String column) {
            String v = text(column);
            if (v == null) {
                return null;
            }
            if (v.length() != 4 || !v.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw row.error(column, "not a year: " + ImoDigits.quote(v));
            }
            return Integer.parseInt(v);
        }
    }

    private static void read(Path dir, String file, boolean required, Consumer<Row> sink, String... columns) throws IOException {
        Path p = dir.resolve(file);
        if (!required && !Files.exists(p)) {
            return;
        }
        try (CsvTable in = CsvTable.open(p, List.of(columns))) {
            long rows = 0;
            for (CsvTable.Row r; (r = in.next()) != null; ) {
                if (++rows > MAX_ROWS) {
                    throw r.error(null, "more than " + MAX_ROWS + " rows");
                }
                sink.accept(new Row(r));
            }
        }
    }

    static boolean isOwner(String role) {
        return role.equalsIgnoreCase("Registered owner");
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    /** Where the data came from, for messages: the folder, or {@code "no vessel data"}. */
    public String source() {
        return source;
    }

    /** How many vessels {@code vessels.csv} lists. */
    public int vesselCount() {
        return vessels.size();
    }

    /** True when there is no vessel data at all. */
    public boolean isEmpty() {
        return vessels.isEmpty();
    }

    /** True when the data holds the vessel. */
    public boolean contains(ImoNumber imo) {
        return vessels.containsKey(imo.value());
    }

    /** The IMO numbers of all vessels in {@code vessels.csv}, sorted. */
    public Set<String> imos() {
        return Collections.unmodifiableSet(new TreeSet<>(vessels.keySet()));
    }

    /** The latest date anywhere in the histories: the data's "as of" date, or null when there is none. */
    public LocalDate latestDate() {
        return latestDate;
    }

    Vessel vessel(String imo) {
        return vessels.get(imo);
    }

    List<Period> names(String imo) {
        return names.getOrDefault(imo, List.of());
    }

    List<Period> flags(String imo) {
        return flags.getOrDefault(imo, List.of());
    }

    List<CompanyRole> roles(String imo) {
        return roles.getOrDefault(imo, List.of());
    }

    Company company(String companyImo) {
        return companies.get(companyImo);
    }

    List<Period> uninsured(String imo) {
        return uninsured.getOrDefault(imo, List.of());
    }

    List<Listing> listings(String imo) {
        return listings.getOrDefault(imo, List.of());
    }

    /** How many vessels of the data the company has been registered owner of. */
    int vesselsOwnedBy(String companyImo) {
        return vesselsOwnedByCompany.getOrDefault(companyImo, Set.of()).size();
    }
}
