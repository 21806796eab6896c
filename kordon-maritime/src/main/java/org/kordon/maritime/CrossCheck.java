package org.kordon.maritime;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.kordon.model.Entity;
import org.kordon.model.ListSnapshot;
import org.kordon.model.NameKind;
import org.kordon.model.Schema;

/**
 * Cross-checks the vessels of the lists against vessel data by IMO number: how many listed vessels carry an IMO
 * number, how many of the data's tankers each regime lists, how that compares with the data's own
 * {@code sanctions.csv}, and how many listed vessels appear under another name.
 *
 * <pre>{@code
 * CrossCheckReport r = CrossCheck.run(snapshot, VesselData.load(dir));
 * System.out.print(r.text());   // "    436  shadow-fleet tankers listed by EU" ...
 * }</pre>
 *
 * Regimes are read from the listing authority: OFAC is {@code US}; {@code EU}; {@code UK}. Stateless.
 */
public final class CrossCheck {
    private static final int MAX_EXAMPLES = 5;

    private CrossCheck() {
    }

    public static CrossCheckReport run(ListSnapshot snapshot, VesselData data) {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(data, "data");
        VesselIndex index = new VesselIndex(snapshot);
        Map<String, Long> c = new LinkedHashMap<>();
        List<String> examples = new ArrayList<>();

        Set<String> withImo = new HashSet<>();
        index.imos().values().forEach(l -> l.forEach(e -> withImo.add(e.id())));
        Map<String, long[]> perList = new TreeMap<>();
        for (Entity e : snapshot.entities()) {
            if (e.schema() != Schema.VESSEL) {
                continue;
            }
            long[] n = perList.computeIfAbsent(e.source().list(), k -> new long[3]);
            n[0]++;
            if (withImo.contains(e.id())) {
                n[1]++;
            }
            if (index.imoVia(e.id()) != null) {
                n[2]++;
            }
        }
        perList.forEach((list, n) -> {
            c.put("listed vessels in " + list, n[0]);
            c.put("listed vessels in " + list + " with a valid IMO number", n[1]);
            if (n[2] > 0) {
                c.put("listed vessels in " + list + " with an IMO number through the OFSI ConList group id", n[2]);
            }
        });
        c.put("invalid IMO numbers in the lists (check digit)", (long) index.invalidImos().size());

        Map<String, Set<String>> regimesByImo = new LinkedHashMap<>();
        index.imos().forEach((imo, es) -> {
            Set<String> r = new TreeSet<>();
            es.forEach(e -> r.addAll(VesselIndex.regimes(e)));
            regimesByImo.put(imo, r);
        });
        c.put("distinct listed IMO numbers", (long) regimesByImo.size());
        for (String reg : List.of("US", "EU", "UK")) {
            c.put("distinct listed IMO numbers, " + reg, regimesByImo.values().stream().filter(s -> s.contains(reg)).count());
        }

        if (!data.isEmpty()) {
            Set<String> fleet = data.imos();
            c.put("shadow-fleet tankers in the vessel data", (long) fleet.size());
            c.put("shadow-fleet tankers listed by any regime", fleet.stream().filter(regimesByImo::containsKey).count());
            for (String reg : List.of("US", "EU", "UK")) {
                c.put("shadow-fleet tankers listed by " + reg, fleet.stream()
                        .filter(i -> regimesByImo.getOrDefault(i, Set.of()).contains(reg)).count());
            }
            Map<String, Long> combos = new TreeMap<>();
            for (String i : fleet) {
                Set<String> r = regimesByImo.get(i);
                if (r != null) {
                    combos.merge("shadow-fleet tankers listed by exactly " + String.join("+", r), 1L, Long::sum);
                }
            }
            c.putAll(combos);
            ukByName(snapshot, index, data, fleet, c);
            sanctionsCsv(data, fleet, regimesByImo, c, examples);
            otherNames(index, data, fleet, c, examples);
        }
        listedUnderSeveralNames(index, c, examples);
        return new CrossCheckReport(c, examples);
    }

    /**
     * The UK Sanctions List .ods names its ships without IMO numbers; this counts the data's tankers that a UK-listed
     * ship without an IMO number matches by exact name (any name in the tanker's history). Indicative only: names
     * are reused, so it is reported apart from the IMO figures.
     */
    private static void ukByName(ListSnapshot snapshot, VesselIndex index, VesselData data, Set<String> fleet, Map<String, Long> c) {
        Map<String, Set<String>> imosByName = new java.util.HashMap<>();
        for (String imo : fleet) {
            data.names(imo).forEach(p -> imosByName.computeIfAbsent(VesselScreener.norm(p.value()), k -> new TreeSet<>()).add(imo));
            VesselData.Vessel v = data.vessel(imo);
            if (v != null && v.name() != null) {
                imosByName.computeIfAbsent(VesselScreener.norm(v.name()), k -> new TreeSet<>()).add(imo);
            }
        }
        Set<String> withImo = new HashSet<>();
        index.imos().values().forEach(l -> l.forEach(e -> withImo.add(e.id())));
        Set<String> matched = new TreeSet<>();
        long ships = 0;
        for (Entity e : snapshot.entities()) {
            if (e.schema() != Schema.VESSEL || withImo.contains(e.id()) || !VesselIndex.regimes(e).contains("UK")) {
                continue;
            }
            ships++;
            for (org.kordon.model.Name n : e.names()) {
                matched.addAll(imosByName.getOrDefault(VesselScreener.norm(n.value()), Set.of()));
            }
        }
        c.put("UK-listed ships without an IMO number in the lists loaded", ships);
        c.put("shadow-fleet tankers with a name (current or former) equal to such a UK-listed ship's (name only, indicative)",
                (long) matched.size());
    }

    private static void sanctionsCsv(VesselData data, Set<String> fleet, Map<String, Set<String>> ours,
                                     Map<String, Long> c, List<String> examples) {
        long inCsv = 0;
        long agree = 0;
        long weListMore = 0;
        long notListedByUs = 0;
        long csvMissing = 0;
        for (String imo : fleet) {
            Set<String> theirs = new TreeSet<>();
            for (VesselData.Listing l : data.listings(imo)) {
                for (String p : l.by().split(",")) {
                    if (!p.isBlank()) {
                        theirs.add(p.strip().toUpperCase(java.util.Locale.ROOT));
                    }
                }
            }
            Set<String> we = ours.getOrDefault(imo, Set.of());
            if (theirs.isEmpty()) {
                if (!we.isEmpty()) {
                    csvMissing++;
                }
                continue;
            }
            inCsv++;
            if (we.equals(theirs)) {
                agree++;
            } else if (we.containsAll(theirs)) {
                weListMore++;
            } else {
                notListedByUs++;
                if (examples.size() < MAX_EXAMPLES) {
                    examples.add("IMO " + imo + ": sanctions.csv says " + theirs + ", the lists loaded say " + (we.isEmpty() ? "none" : we));
                }
            }
        }
        c.put("shadow-fleet tankers in sanctions.csv (data set, to 2024-09-11)", inCsv);
        c.put("  of which the lists loaded give the same regimes", agree);
        c.put("  of which the lists loaded give more regimes (listed since)", weListMore);
        c.put("  of which a regime of sanctions.csv is not in the lists loaded", notListedByUs);
        c.put("shadow-fleet tankers listed in the lists loaded but not in sanctions.csv", csvMissing);
    }

    private static void otherNames(VesselIndex index, VesselData data, Set<String> fleet, Map<String, Long> c, List<String> examples) {
        long listed = 0;
        long otherThanCurrent = 0;
        long underFormer = 0;
        for (String imo : fleet) {
            List<Entity> es = index.byImo(imo);
            if (es.isEmpty()) {
                continue;
            }
            listed++;
            String current = currentName(data, imo);
            Set<String> listedNames = new HashSet<>();
            es.forEach(e -> e.names().forEach(n -> listedNames.add(VesselScreener.norm(n.value()))));
            if (current != null && !listedNames.contains(VesselScreener.norm(current))) {
                otherThanCurrent++;
                Set<String> history = new HashSet<>();
                data.names(imo).forEach(p -> history.add(VesselScreener.norm(p.value())));
                boolean former = es.stream().anyMatch(e -> history.contains(VesselScreener.norm(e.caption())));
                if (former) {
                    underFormer++;
                }
                if (examples.size() < MAX_EXAMPLES * 2) {
                    examples.add("IMO " + imo + ": data name \"" + current + "\", listed as "
                            + es.stream().map(e -> e.id() + " \"" + e.caption() + "\"").toList());
                }
            }
        }
        c.put("shadow-fleet tankers that are listed (by IMO)", listed);
        c.put("  of which listed under a name other than the data's current name", otherThanCurrent);
        c.put("  of which listed under a former name in the data's name history", underFormer);
    }

    private static String currentName(VesselData data, String imo) {
        VesselData.Period cur = data.names(imo).stream().filter(p -> p.to() == null && p.from() != null)
                .max(java.util.Comparator.comparing(VesselData.Period::from)).orElse(null);
        if (cur != null) {
            return cur.value();
        }
        VesselData.Vessel v = data.vessel(imo);
        return v == null ? null : v.name();
    }

    private static void listedUnderSeveralNames(VesselIndex index, Map<String, Long> c, List<String> examples) {
        long differ = 0;
        long withFormer = 0;
        for (Map.Entry<String, List<Entity>> e : index.imos().entrySet()) {
            Set<String> primaries = new TreeSet<>();
            for (Entity x : e.getValue()) {
                primaries.add(VesselScreener.norm(x.caption()));
            }
            if (primaries.size() > 1) {
                differ++;
                if (differ <= MAX_EXAMPLES) {
                    examples.add("IMO " + e.getKey() + " listed under different names: "
                            + e.getValue().stream().map(x -> x.id() + " \"" + x.caption() + "\"").toList());
                }
            }
            if (e.getValue().stream().anyMatch(x -> x.names().stream().anyMatch(n -> n.kind() == NameKind.PREVIOUS))) {
                withFormer++;
            }
        }
        c.put("listed IMO numbers whose lists give different names", differ);
        c.put("listed IMO numbers with former names (f.k.a.) in a list", withFormer);
    }
}
