package org.kordon.maritime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kordon.model.Entity;
import org.kordon.model.IdType;
import org.kordon.model.Identifier;
import org.kordon.model.ListSnapshot;
import org.kordon.model.Sanction;
import org.kordon.model.Schema;

/**
 * The listed vessels of a snapshot by IMO number, MMSI and call sign, and the listed companies by IMO company
 * number. Immutable after construction, thread-safe.
 */
final class VesselIndex {
    /*
     * Where IMO numbers are: an IMO identifier on the entity (OFAC remarks "Vessel Registration Identification
     * IMO nnnnnnn", EU annex column imoNumber, OFSI ConList "IMO number"). The UK Sanctions List .ods has no IMO
     * column; its ships carry their OFSI Group ID, the key of the same designation in the OFSI ConList, so a ship
     * of the .ods is indexed under the IMO number its ConList entity (id uk:<group id>) carries when both are
     * loaded. IMO numbers whose check digit fails are not indexed; they are counted.
     */
    private final Map<String, List<Entity>> byImo = new LinkedHashMap<>();
    private final Map<String, List<Entity>> byMmsi = new HashMap<>();
    private final Map<String, List<Entity>> byCallSign = new HashMap<>();
    private final Map<String, List<Entity>> byCompanyImo = new HashMap<>();
    private final Map<String, String> imoVia = new HashMap<>();
    private final List<String> invalidImos = new ArrayList<>();
    private int vessels;

    VesselIndex(ListSnapshot snapshot) {
        Map<String, Entity> byId = snapshot.byId();
        for (Entity e : snapshot.entities()) {
            boolean vessel = e.schema() == Schema.VESSEL;
            if (vessel) {
                vessels++;
            }
            for (Identifier id : e.identifiers()) {
                switch (id.type()) {
                    case IMO -> {
                        if (vessel || e.schema() == Schema.THING || e.schema() == Schema.ASSET) {
                            addImo(e, id.value(), null);
                        } else {
                            addCompany(e, id.value());
                        }
                    }
                    case MMSI -> add(byMmsi, key(id.value()), e);
                    case CALL_SIGN -> add(byCallSign, key(id.value()), e);
                    case REGISTRATION, OTHER -> {
                        if (id.value().regionMatches(true, 0, "IMO", 0, 3)
                                || (id.label() != null && id.label().toUpperCase(Locale.ROOT).contains("IMO"))) {
                            addCompany(e, id.value());
                        }
                    }
                    default -> { }
                }
            }
        }
        for (Entity e : snapshot.entities()) {
            if (e.schema() != Schema.VESSEL || !e.identifiers(IdType.IMO).isEmpty()) {
                continue;
            }
            for (Identifier id : e.identifiers(IdType.OTHER)) {
                if ("OFSI Group ID".equals(id.label())) {
                    Entity conList = byId.get("uk:" + id.value());
                    if (conList != null && conList != e) {
                        for (Identifier imo : conList.identifiers(IdType.IMO)) {
                            addImo(e, imo.value(), conList.id());
                        }
                    }
                }
            }
        }
    }

    private void addImo(Entity e, String value, String via) {
        try {
            String imo = ImoNumber.parse(value).value();
            add(byImo, imo, e);
            if (via != null) {
                imoVia.put(e.id(), via);
            }
        } catch (IllegalArgumentException ex) {
            invalidImos.add(e.id() + " '" + value + "'");
        }
    }

    private void addCompany(Entity e, String value) {
        try {
            add(byCompanyImo, ImoCompanyNumber.parse(value).value(), e);
        } catch (IllegalArgumentException ex) {
            // not an IMO company number: an ordinary registration number that mentions IMO
        }
    }

    private static void add(Map<String, List<Entity>> m, String k, Entity e) {
        if (k.isEmpty()) {
            return;
        }
        List<Entity> l = m.computeIfAbsent(k, x -> new ArrayList<>(2));
        if (!l.contains(e)) {
            l.add(e);
        }
    }

    /** Letters and digits in upper case: the form MMSIs and call signs are compared in. */
    static String key(String v) {
        return Identifier.normalize(IdType.OTHER, v);
    }

    List<Entity> byImo(String imo) {
        return byImo.getOrDefault(imo, List.of());
    }

    List<Entity> byMmsi(String mmsi) {
        return byMmsi.getOrDefault(key(mmsi), List.of());
    }

    List<Entity> byCallSign(String callSign) {
        return byCallSign.getOrDefault(key(callSign), List.of());
    }

    List<Entity> byCompanyImo(String companyImo) {
        return byCompanyImo.getOrDefault(companyImo, List.of());
    }

    /** The listed IMO numbers, in snapshot order. */
    Map<String, List<Entity>> imos() {
        return byImo;
    }

    /** The ConList entity an .ods ship took its IMO number from, or null. */
    String imoVia(String entityId) {
        return imoVia.get(entityId);
    }

    List<String> invalidImos() {
        return invalidImos;
    }

    int vesselCount() {
        return vessels;
    }

    /** The listing authorities of an entity as regimes: OFAC as {@code US}, else as the list says ({@code EU}, {@code UK}, {@code UN}). */
    static List<String> regimes(Entity e) {
        List<String> out = new ArrayList<>(2);
        for (Sanction s : e.sanctions()) {
            String a = s.authority().equalsIgnoreCase("OFAC") ? "US" : s.authority().toUpperCase(Locale.ROOT);
            if (!out.contains(a)) {
                out.add(a);
            }
        }
        if (out.isEmpty()) {
            String list = e.source().list().toLowerCase(Locale.ROOT);
            out.add(list.startsWith("ofac") ? "US" : list.startsWith("eu") ? "EU" : list.startsWith("uk") ? "UK"
                    : list.toUpperCase(Locale.ROOT));
        }
        return out;
    }
}
