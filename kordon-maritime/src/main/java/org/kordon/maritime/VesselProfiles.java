package org.kordon.maritime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kordon.model.Entity;
import org.kordon.model.ListSnapshot;
import org.kordon.model.Name;
import org.kordon.model.NameKind;
import org.kordon.model.Sanction;

/**
 * Builds {@link VesselProfile}s: a vessel's history from the lists and the vessel data, and its shadow-fleet
 * indicators. Immutable and thread-safe.
 *
 * <pre>{@code
 * VesselProfiles p = VesselProfiles.of(snapshot, VesselData.load(dir), OwnerCheck.listed(snapshot, screener),
 *         LocalDate.now(ZoneOffset.UTC));
 * p.profile(ImoNumber.parse("9224283")).indicators();
 * // [Indicator[kind=FLAG_CHANGES, evidence=3 flag changes within 12 months: St.Kitts and Nevis -> Cook islands
 * //   2023-05-01 -> Togo 2023-06-01 -> Cook islands 2023-08-01 (4 in all), from=2023-05-01, to=2023-08-01], ...]
 * }</pre>
 *
 * <p>The thresholds below are Kordon's: the guidance ({@link IndicatorKind}) names the practices, not numbers.
 * Evidence comes only from dated vessel data for the change indicators; a list's undated former names and flags
 * go into the history but cannot date a change.
 */
public final class VesselProfiles {
    /** The window in which {@link #MIN_CHANGES} flag or name changes make an indicator: 12 months. */
    public static final int CHANGE_WINDOW_MONTHS = 12;
    /** Changes within {@link #CHANGE_WINDOW_MONTHS} that make a flag-change or name-change indicator: 2. */
    public static final int MIN_CHANGES = 2;
    /** Age from which a vessel is flagged: 15 years (the figure of Kordon's issue 10, not of the advisories). */
    public static final int AGE_YEARS = 15;
    /**
     * An owner change counts as recent when it falls within 24 months before the vessel data's own latest date
     * ({@link VesselData#latestDate()}): the data are a snapshot, so "recent" is measured against it.
     */
    public static final int RECENT_OWNER_MONTHS = 24;

    private static final Pattern BUILD_YEAR = Pattern.compile("Vessel Year of Build (\\d{4})\\b");
    private static final Pattern FORMER_FLAG = Pattern.compile("Former Vessel Flag ([^;]+?)(?:;|\\.?$)");

    private final VesselIndex index;
    private final VesselData data;
    private final OwnerCheck owners;
    private final LocalDate asOf;
    private final FlagRegistry flags = FlagRegistry.bundled();

    private VesselProfiles(VesselIndex index, VesselData data, OwnerCheck owners, LocalDate asOf) {
        this.index = index;
        this.data = data;
        this.owners = owners;
        this.asOf = asOf;
    }

    /**
     * The profiles of the listed vessels, as of a day.
     *
     * @param snapshot the lists
     * @param data     vessel histories, or {@link VesselData#empty()}
     * @param owners   who checks owners and managers, e.g. {@link OwnerCheck#listed}, or {@link OwnerCheck#NONE}
     * @param asOf     the day ages are measured on
     */
    public static VesselProfiles of(ListSnapshot snapshot, VesselData data, OwnerCheck owners, LocalDate asOf) {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(owners, "owners");
        Objects.requireNonNull(asOf, "asOf");
        return new VesselProfiles(new VesselIndex(snapshot), data, owners, asOf);
    }

    /** The profile of a vessel; {@link VesselProfile#isUnknown()} when neither lists nor data know it. */
    public VesselProfile profile(ImoNumber imo) {
        List<Entity> listed = index.byImo(imo.value());
        VesselHistory history = new VesselHistory(imo, events(imo.value(), listed));
        VesselData.Vessel v = data.vessel(imo.value());
        Integer built = v == null ? null : v.buildYear();
        String builtSource = "vessels.csv";
        if (built == null) {
            built = listedBuildYear(listed);
            builtSource = "OFAC remarks";
        }
        return new VesselProfile(imo, listed, built, history, indicators(imo.value(), listed, history, built, builtSource));
    }

    /** OFAC remarks carry {@code "Vessel Year of Build 1986"}; the first such year of the listed entities, or null. */
    private static Integer listedBuildYear(List<Entity> listed) {
        for (Entity e : listed) {
            for (String r : e.remarks()) {
                Matcher m = BUILD_YEAR.matcher(r);
                if (m.find()) {
                    return Integer.valueOf(m.group(1));
                }
            }
        }
        return null;
    }

    private List<VesselEvent> events(String imo, List<Entity> listed) {
        List<VesselEvent> out = new ArrayList<>();
        for (Entity e : listed) {
            for (Name n : e.names()) {
                String what = n.kind() == NameKind.PREVIOUS ? " former name" : " " + n.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
                out.add(new VesselEvent(VesselEvent.Kind.NAME, n.value(), e.id(), null, null, e.id() + what));
            }
            if (e.vessel() != null && e.vessel().flag() != null) {
                out.add(flagEvent(e.vessel().flag(), null, null, e.id() + " flag"));
            }
            for (String r : e.remarks()) {
                Matcher m = FORMER_FLAG.matcher(r);
                while (m.find()) {
                    out.add(flagEvent(m.group(1).strip(), null, null, e.id() + " former flag"));
                }
            }
            if (e.vessel() != null && e.vessel().owner() != null) {
                out.add(new VesselEvent(VesselEvent.Kind.OWNER_AS_LISTED, e.vessel().owner(), null, null, null, e.id() + " owner"));
            }
            for (Sanction s : e.sanctions()) {
                LocalDate on = s.listedOn() == null ? null : s.listedOn().earliest();
                String regime = s.authority().equalsIgnoreCase("OFAC") ? "US" : s.authority();
                String what = regime + (s.programs().isEmpty() ? "" : " " + String.join(", ", s.programs()))
                        + (s.measure() == null ? "" : " (" + s.measure() + ")");
                out.add(new VesselEvent(VesselEvent.Kind.LISTED, what, e.id(), on, null, e.id()));
            }
        }
        for (VesselData.Period p : data.names(imo)) {
            out.add(new VesselEvent(VesselEvent.Kind.NAME, p.value(), null, p.from(), p.to(), "vessel data vessel_names.csv"));
        }
        for (VesselData.Period p : data.flags(imo)) {
            out.add(flagEvent(p.value(), p.from(), p.to(), "vessel data vessel_flags.csv"));
        }
        for (VesselData.CompanyRole r : data.roles(imo)) {
            out.add(new VesselEvent(roleKind(r.role()), companyName(r.companyImo()), r.companyImo(), r.from(), r.to(),
                    "vessel data vessel_company.csv (" + r.role() + ")"));
        }
        for (VesselData.Period p : data.uninsured(imo)) {
            out.add(new VesselEvent(VesselEvent.Kind.UNINSURED, "no known western P&I insurance", null, p.from(), p.to(),
                    "vessel data uninsured.csv"));
        }
        for (VesselData.Listing l : data.listings(imo)) {
            out.add(new VesselEvent(VesselEvent.Kind.LISTED, l.by() + " (earliest sanction per the data set)", null, l.date(), null,
                    "vessel data sanctions.csv"));
        }
        return out;
    }

    private VesselEvent flagEvent(String printed, LocalDate from, LocalDate to, String source) {
        FlagRegistry.Flag f = flags.read(printed);
        return new VesselEvent(VesselEvent.Kind.FLAG, printed, f == null ? null : f.code(), from, to, source);
    }

    private static VesselEvent.Kind roleKind(String role) {
        String r = role.toLowerCase(Locale.ROOT);
        if (VesselData.isOwner(role)) {
            return VesselEvent.Kind.REGISTERED_OWNER;
        }
        return r.startsWith("ism") ? VesselEvent.Kind.ISM_MANAGER : VesselEvent.Kind.SHIP_MANAGER;
    }

    private String companyName(String companyImo) {
        VesselData.Company c = data.company(companyImo);
        return c == null ? "company " + companyImo : c.name();
    }

    private List<Indicator> indicators(String imo, List<Entity> listed, VesselHistory history, Integer built, String builtSource) {
        List<Indicator> out = new ArrayList<>();
        List<VesselData.Period> flagPeriods = data.flags(imo);
        changes(flagPeriods, p -> flagLabel(p.value()), "flag", IndicatorKind.FLAG_CHANGES, out);
        changes(data.names(imo), p -> p.value().strip().toUpperCase(Locale.ROOT), "name", IndicatorKind.NAME_CHANGES, out);
        convenience(flagPeriods, listed, out);
        for (VesselData.Period p : flagPeriods) {
            FlagRegistry.Flag f = flags.read(p.value());
            if (f != null && f.falseFlag()) {
                out.add(new Indicator(IndicatorKind.FALSE_FLAG, "flag '" + p.value() + "' marked false by the data, "
                        + span(p.from(), p.to()), p.from(), p.to()));
            }
        }
        for (VesselEvent e : history.of(VesselEvent.Kind.FLAG)) {
            FlagRegistry.Flag f = flags.read(e.value());
            if (f != null && f.unknown()) {
                out.add(new Indicator(IndicatorKind.UNKNOWN_FLAG, "flag '" + e.value() + "' (" + e.source() + ")"
                        + (e.from() == null ? "" : ", " + span(e.from(), e.to())), e.from(), e.to()));
            }
        }
        if (built != null && asOf.getYear() - built >= AGE_YEARS) {
            out.add(new Indicator(IndicatorKind.AGE, "built " + built + " (" + builtSource + "): " + (asOf.getYear() - built) + " years old in "
                    + asOf.getYear() + " (threshold " + AGE_YEARS + ")", LocalDate.of(built, 1, 1), null));
        }
        ownersListed(imo, listed, out);
        singleShipOwner(imo, out);
        for (VesselData.Period p : data.uninsured(imo)) {
            out.add(new Indicator(IndicatorKind.UNINSURED, "sailed without known western P&I insurance "
                    + span(p.from(), p.to()) + " (uninsured.csv)", p.from(), p.to()));
        }
        out.sort(Comparator.comparing(Indicator::kind));
        return out;
    }

    private String flagLabel(String printed) {
        FlagRegistry.Flag f = flags.read(printed);
        return f == null ? "" : f.unknown() ? "unknown" : f.label() + (f.falseFlag() ? " (false)" : "");
    }

    /** A change: on {@code date} the value went from {@code before} to {@code after}. */
    private record Change(LocalDate date, String before, String after) {
    }

    /**
     * Finds the latest window of {@link #CHANGE_WINDOW_MONTHS} months holding the most changes, when at least
     * {@link #MIN_CHANGES}. Entries starting on the same day (a second register, a bareboat flag) are one change
     * from the value before that day to the last value of that day.
     */
    private static void changes(List<VesselData.Period> periods, Function<VesselData.Period, String> label, String what,
                                IndicatorKind kind, List<Indicator> out) {
        List<VesselData.Period> sorted = periods.stream().filter(p -> p.from() != null)
                .sorted(Comparator.comparing(VesselData.Period::from)).toList();
        List<Change> changes = new ArrayList<>();
        String current = null;
        Map<String, String> printed = new LinkedHashMap<>();
        for (int i = 0; i < sorted.size(); ) {
            LocalDate day = sorted.get(i).from();
            String last = current;
            while (i < sorted.size() && sorted.get(i).from().equals(day)) {
                last = label.apply(sorted.get(i));
                printed.putIfAbsent(last, sorted.get(i).value());
                i++;
            }
            if (current != null && !last.equals(current)) {
                changes.add(new Change(day, current, last));
            }
            current = last;
        }
        int bestStart = -1;
        int bestCount = 0;
        for (int i = 0; i < changes.size(); i++) {
            LocalDate end = changes.get(i).date().plusMonths(CHANGE_WINDOW_MONTHS);
            int j = i;
            while (j < changes.size() && changes.get(j).date().isBefore(end)) {
                j++;
            }
            if (j - i >= bestCount) {
                bestCount = j - i;
                bestStart = i;
            }
        }
        if (bestCount < MIN_CHANGES) {
            return;
        }
        List<Change> window = changes.subList(bestStart, bestStart + bestCount);
        StringBuilder b = new StringBuilder();
        b.append(bestCount).append(' ').append(what).append(" changes within ").append(CHANGE_WINDOW_MONTHS)
                .append(" months: ").append(printed.get(window.get(0).before()));
        for (Change c : window) {
            b.append(" -> ").append(printed.get(c.after())).append(' ').append(c.date());
        }
        b.append(" (").append(changes.size()).append(" in all)");
        out.add(new Indicator(kind, b.toString(), window.get(0).date(), window.get(window.size() - 1).date()));
    }

    private void convenience(List<VesselData.Period> flagPeriods, List<Entity> listed, List<Indicator> out) {
        VesselData.Period current = flagPeriods.stream().filter(p -> p.to() == null && p.from() != null)
                .max(Comparator.comparing(VesselData.Period::from)).orElse(null);
        if (current != null) {
            FlagRegistry.Flag f = flags.read(current.value());
            String src = f == null ? null : flags.convenienceSource(f.code());
            if (src != null) {
                out.add(new Indicator(IndicatorKind.FLAG_OF_CONVENIENCE, "current flag " + current.value() + " (" + f.code()
                        + ") since " + current.from() + " is a flag of convenience (" + src + ")", current.from(), null));
            }
            return;
        }
        for (Entity e : listed) {
            if (e.vessel() == null || e.vessel().flag() == null) {
                continue;
            }
            FlagRegistry.Flag f = flags.read(e.vessel().flag());
            String src = f == null ? null : flags.convenienceSource(f.code());
            if (src != null) {
                out.add(new Indicator(IndicatorKind.FLAG_OF_CONVENIENCE, "flag " + e.vessel().flag() + " as listed by "
                        + e.id() + " is a flag of convenience (" + src + ")", null, null));
                return;
            }
        }
    }

    private void ownersListed(String imo, List<Entity> listed, List<Indicator> out) {
        Map<String, List<VesselData.CompanyRole>> byCompany = new LinkedHashMap<>();
        for (VesselData.CompanyRole r : data.roles(imo)) {
            byCompany.computeIfAbsent(r.companyImo(), k -> new ArrayList<>()).add(r);
        }
        for (Map.Entry<String, List<VesselData.CompanyRole>> e : byCompany.entrySet()) {
            VesselData.Company c = data.company(e.getKey());
            if (c == null) {
                continue;
            }
            List<OwnerHit> hits = owners.check(c.name(), e.getKey());
            if (hits.isEmpty()) {
                continue;
            }
            LocalDate from = e.getValue().stream().map(VesselData.CompanyRole::from).filter(Objects::nonNull)
                    .min(Comparator.naturalOrder()).orElse(null);
            boolean current = e.getValue().stream().anyMatch(r -> r.to() == null);
            LocalDate to = current ? null : e.getValue().stream().map(VesselData.CompanyRole::to).filter(Objects::nonNull)
                    .max(Comparator.naturalOrder()).orElse(null);
            String roles = String.join(", ", e.getValue().stream().map(VesselData.CompanyRole::role).distinct().toList());
            for (OwnerHit h : hits) {
                out.add(new Indicator(IndicatorKind.OWNER_LISTED, roles + " " + c.name() + " (IMO " + e.getKey() + ", "
                        + span(from, to) + ") is listed as " + h.entityId() + " '" + h.caption() + "': " + h.how(), from, to));
            }
        }
        for (Entity l : listed) {
            if (l.vessel() == null || l.vessel().owner() == null) {
                continue;
            }
            for (OwnerHit h : owners.check(l.vessel().owner(), null)) {
                out.add(new Indicator(IndicatorKind.OWNER_LISTED, "owner '" + l.vessel().owner() + "' as listed by " + l.id()
                        + " is listed as " + h.entityId() + " '" + h.caption() + "': " + h.how(), null, null));
            }
        }
    }

    private void singleShipOwner(String imo, List<Indicator> out) {
        LocalDate ref = data.latestDate();
        if (ref == null) {
            return;
        }
        List<VesselData.CompanyRole> owned = data.roles(imo).stream().filter(r -> VesselData.isOwner(r.role()) && r.from() != null)
                .sorted(Comparator.comparing(VesselData.CompanyRole::from)).toList();
        if (owned.size() < 2) {
            return;
        }
        VesselData.CompanyRole last = owned.get(owned.size() - 1);
        if (last.from().isBefore(ref.minusMonths(RECENT_OWNER_MONTHS)) || data.vesselsOwnedBy(last.companyImo()) != 1) {
            return;
        }
        VesselData.CompanyRole before = owned.get(owned.size() - 2);
        if (before.companyImo().equals(last.companyImo())) {
            return;
        }
        out.add(new Indicator(IndicatorKind.SINGLE_SHIP_OWNER, "registered owner changed on " + last.from() + " from "
                + companyName(before.companyImo()) + " (IMO " + before.companyImo() + ") to " + companyName(last.companyImo())
                + " (IMO " + last.companyImo() + "), which owns no other of the " + data.vesselCount()
                + " vessels in the data; within " + RECENT_OWNER_MONTHS + " months of the data's latest date " + ref,
                last.from(), last.to()));
    }

    static String span(LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return "undated";
        }
        return (from == null ? "?" : from.toString()) + " to " + (to == null ? "present" : to.toString());
    }

    VesselIndex index() {
        return index;
    }

    VesselData data() {
        return data;
    }
}
