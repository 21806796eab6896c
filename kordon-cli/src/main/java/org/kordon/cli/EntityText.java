package org.kordon.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kordon.model.Address;
import org.kordon.model.DateRange;
import org.kordon.model.Entity;
import org.kordon.model.Identifier;
import org.kordon.model.Name;
import org.kordon.model.Sanction;
import org.kordon.resolution.Link;
import org.kordon.resolution.ResolvedEntity;

/** Prints an entity as labelled lines, one field per line, nothing left out. */
final class EntityText {
    private EntityText() {
    }

    /** One labelled value of a listing, e.g. {@code Birth date: 1952-10-07}. */
    private record Line(String label, String value) {
    }

    static void print(Entity e, PrintWriter out) {
        out.println(e.id() + "  " + e.caption());
        for (Line l : lines(e)) {
            out.printf(Locale.ROOT, "  %-20s %s%n", l.label(), l.value());
        }
    }

    /**
     * Prints a resolved entity: its listings (id, list, programmes, name), the links that joined them with their
     * reasons, then every field of every listing side by side: each value once, followed by the listings that give
     * it, so that agreeing values read as one line and conflicting ones as two.
     *
     * <pre>
     * ke:eu:32014R0269-I.PERSONS-669  Vladimir Vladimirovich PUTIN  (Person, 2 listings)
     *   Listing              eu:32014R0269-I.PERSONS-669  eu-32014R0269  [EU-UKR]  Vladimir Vladimirovich PUTIN
     *   Listing              ofac-sdn:35096  ofac-sdn  [RUSSIA-EO14024]  PUTIN, Vladimir Vladimirovich
     *   Link                 eu:32014R0269-I.PERSONS-669 ~ ofac-sdn:35096 (name and birth date: …)
     *   Birth date           1952-10-07  [eu:32014R0269-I.PERSONS-669, ofac-sdn:35096]
     * </pre>
     */
    static void print(ResolvedEntity e, PrintWriter out) {
        out.printf(Locale.ROOT, "%s  %s  (%s, %d listing%s)%n", e.id(), e.caption(), e.schema().ftmName(), e.listings().size(),
                e.listings().size() == 1 ? "" : "s");
        for (Entity l : e.listings()) {
            out.printf(Locale.ROOT, "  %-20s %s  %s  [%s]  %s%n", "Listing", l.id(), l.source().list(),
                    String.join(", ", l.programs()), l.caption());
        }
        for (Link l : e.links()) {
            out.printf(Locale.ROOT, "  %-20s %s%n", "Link", l);
        }
        Map<Line, List<String>> given = new LinkedHashMap<>();
        for (Entity l : e.listings()) {
            for (Line line : lines(l)) {
                given.computeIfAbsent(line, k -> new ArrayList<>()).add(l.id());
            }
        }
        given.entrySet().stream().sorted(Comparator.comparingInt(g -> rank(g.getKey().label())))
                .forEach(g -> out.printf(Locale.ROOT, "  %-20s %s  [%s]%n", g.getKey().label(), g.getKey().value(),
                        String.join(", ", g.getValue())));
    }

    /** The order of the labels {@link #lines} gives, so that the values of all listings stand together by field. */
    private static final List<String> ORDER = List.of("Schema", "Source", "Name", "Birth date", "Birth place", "Nationality",
            "Country", "Gender", "Position", "Identifier", "Address", "Vessel", "Sanction", "  Reason", "Remarks");

    private static int rank(String label) {
        for (int i = 0; i < ORDER.size(); i++) {
            if (label.equals(ORDER.get(i)) || label.startsWith(ORDER.get(i) + " (")) {
                return i;
            }
        }
        return ORDER.size();
    }

    private static List<Line> lines(Entity e) {
        List<Line> out = new ArrayList<>();
        add(out, "Schema", List.of(e.schema().ftmName()));
        add(out, "Source", List.of(e.source().list() + (e.source().version() == null ? "" : " " + e.source().version())));
        for (Name n : e.names()) {
            add(out, "Name (" + n.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")",
                    List.of(n.value() + (n.lang() == null ? "" : " [" + n.lang() + "]")));
        }
        add(out, "Birth date", e.birthDates().stream().map(DateRange::toString).toList());
        add(out, "Birth place", e.birthPlaces());
        add(out, "Nationality", e.nationalities());
        add(out, "Country", e.countries());
        add(out, "Gender", e.gender() == null ? List.of() : List.of(e.gender()));
        add(out, "Position", e.positions());
        for (Identifier i : e.identifiers()) {
            add(out, "Identifier", List.of(i.type() + " " + i.value() + (i.country() == null ? "" : " (" + i.country() + ")")
                    + (i.label() == null ? "" : " — " + i.label())));
        }
        add(out, "Address", e.addresses().stream().map(Address::full).toList());
        if (e.vessel() != null) {
            var v = e.vessel();
            add(out, "Vessel", List.of(String.join("; ", java.util.stream.Stream.of(
                    v.flag() == null ? null : "flag " + v.flag(), v.type() == null ? null : "type " + v.type(),
                    v.tonnage() == null ? null : "tonnage " + v.tonnage(), v.grossTonnage() == null ? null : "GRT " + v.grossTonnage(),
                    v.owner() == null ? null : "owner " + v.owner()).filter(java.util.Objects::nonNull).toList())));
        }
        for (Sanction s : e.sanctions()) {
            add(out, "Sanction", List.of(s.authority() + (s.programs().isEmpty() ? "" : " " + String.join(", ", s.programs()))
                    + (s.listedOn() == null ? "" : ", listed " + s.listedOn()) + (s.measure() == null ? "" : ", " + s.measure())));
            if (s.reason() != null) {
                add(out, "  Reason", List.of(s.reason()));
            }
        }
        add(out, "Remarks", e.remarks());
        return out;
    }

    private static void add(List<Line> out, String label, List<String> values) {
        for (String v : values) {
            out.add(new Line(label, v));
        }
    }
}
