package org.kordon.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.kordon.model.Address;
import org.kordon.model.DateRange;
import org.kordon.model.Entity;
import org.kordon.model.Identifier;
import org.kordon.model.Name;
import org.kordon.model.Sanction;

/** Prints an entity as labelled lines, one field per line, nothing left out. */
final class EntityText {
    private EntityText() {
    }

    static void print(Entity e, PrintWriter out) {
        out.println(e.id() + "  " + e.caption());
        line(out, "Schema", List.of(e.schema().ftmName()));
        line(out, "Source", List.of(e.source().list() + (e.source().version() == null ? "" : " " + e.source().version())));
        for (Name n : e.names()) {
            line(out, "Name (" + n.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")",
                    List.of(n.value() + (n.lang() == null ? "" : " [" + n.lang() + "]")));
        }
        line(out, "Birth date", e.birthDates().stream().map(DateRange::toString).toList());
        line(out, "Birth place", e.birthPlaces());
        line(out, "Nationality", e.nationalities());
        line(out, "Country", e.countries());
        line(out, "Gender", e.gender() == null ? List.of() : List.of(e.gender()));
        line(out, "Position", e.positions());
        for (Identifier i : e.identifiers()) {
            line(out, "Identifier", List.of(i.type() + " " + i.value() + (i.country() == null ? "" : " (" + i.country() + ")")
                    + (i.label() == null ? "" : " — " + i.label())));
        }
        line(out, "Address", e.addresses().stream().map(Address::full).toList());
        if (e.vessel() != null) {
            var v = e.vessel();
            line(out, "Vessel", List.of(String.join("; ", java.util.stream.Stream.of(
                    v.flag() == null ? null : "flag " + v.flag(), v.type() == null ? null : "type " + v.type(),
                    v.tonnage() == null ? null : "tonnage " + v.tonnage(), v.grossTonnage() == null ? null : "GRT " + v.grossTonnage(),
                    v.owner() == null ? null : "owner " + v.owner()).filter(java.util.Objects::nonNull).toList())));
        }
        for (Sanction s : e.sanctions()) {
            line(out, "Sanction", List.of(s.authority() + (s.programs().isEmpty() ? "" : " " + String.join(", ", s.programs()))
                    + (s.listedOn() == null ? "" : ", listed " + s.listedOn()) + (s.measure() == null ? "" : ", " + s.measure())));
            if (s.reason() != null) {
                line(out, "  Reason", List.of(s.reason()));
            }
        }
        line(out, "Remarks", e.remarks());
    }

    private static void line(PrintWriter out, String label, List<String> values) {
        for (String v : values) {
            out.printf(Locale.ROOT, "  %-20s %s%n", label, v);
        }
    }
}
