package org.kordon.server;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.kordon.model.Entity;
import org.kordon.model.ListSnapshot;
import org.kordon.model.SourceRef;

/**
 * Kordon's lists as yente datasets: each loaded list is a dataset named as OpenSanctions names the same source
 * ({@code ofac-sdn} is {@code us_ofac_sdn}, {@code un} is {@code un_sc_sanctions}, the EU files are {@code eu_fsf},
 * {@code uk-ofsi} is {@code gb_hmt_sanctions}, {@code uk-sl} is {@code gb_fcdo_sanctions}; an OpenSanctions FtM file
 * of one dataset, list {@code os-<name>}, keeps {@code <name>}; any other list its name in FtM's spelling, lower case
 * with underscores); the collection {@code default} holds all of them, {@code sanctions} those that hold a sanctioned
 * entity (not, say, OpenSanctions' list of US Congress members).
 *
 * <pre>{@code
 * YenteDatasets.nameOf("ofac-sdn");            // "us_ofac_sdn"
 * YenteDatasets.nameOf("eu-32014R0269");       // "eu_fsf"
 * YenteDatasets.of(snapshot).lists("eu_fsf");  // [eu-32014R0269, eu-32014R0833, ...]
 * }</pre>
 *
 * <p>A dataset may also be named by a Kordon list name ({@code ofac-sdn}) or its prefix ({@code eu} for every
 * {@code eu-…} list), as before. Immutable.
 */
final class YenteDatasets {
    /** The collections: {@code default}, every list; {@code sanctions}, every list that holds a sanctioned entity. */
    static final String DEFAULT = "default";
    static final String SANCTIONS = "sanctions";
    static final Set<String> COLLECTIONS = Set.of(DEFAULT, SANCTIONS);
    /** Older names of the whole, still accepted on {@code /match/{dataset}}. */
    static final Set<String> ALIASES = Set.of("all", "kordon");
    private static final Map<String, String> NAMES = Map.of("ofac-sdn", "us_ofac_sdn", "ofac-cons", "us_ofac_cons",
            "un", "un_sc_sanctions", "eu", "eu_fsf", "eu-fsf", "eu_fsf", "uk-ofsi", "gb_hmt_sanctions", "uk-sl", "gb_fcdo_sanctions");
    private static final Map<String, String> TITLES = Map.of("us_ofac_sdn", "US OFAC Specially Designated Nationals (SDN) List",
            "us_ofac_cons", "US OFAC Consolidated (non-SDN) List", "un_sc_sanctions", "UN Security Council Consolidated List",
            "eu_fsf", "EU Financial Sanctions Files (FSF)", "gb_hmt_sanctions", "UK HMT/OFSI Consolidated List of Targets",
            "gb_fcdo_sanctions", "UK FCDO Sanctions List", "default", "All the lists Kordon has loaded",
            "sanctions", "All the sanctions lists Kordon has loaded");

    private final ListSnapshot snapshot;
    private final Map<String, Set<String>> listsByDataset;
    private final Map<String, Integer> counts;
    private final Map<String, String> published;
    private final Set<String> sanctioned;

    private YenteDatasets(ListSnapshot snapshot, Map<String, Set<String>> listsByDataset, Map<String, Integer> counts,
                          Map<String, String> published, Set<String> sanctioned) {
        this.snapshot = snapshot;
        this.listsByDataset = listsByDataset;
        this.counts = counts;
        this.published = published;
        this.sanctioned = sanctioned;
    }

    /** The datasets of a snapshot's lists. */
    static YenteDatasets of(ListSnapshot snapshot) {
        Map<String, Set<String>> byDataset = new TreeMap<>();
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, String> published = new TreeMap<>();
        for (SourceRef r : snapshot.sources()) {
            byDataset.computeIfAbsent(nameOf(r.list()), k -> new TreeSet<>()).add(r.list());
            if (r.version() != null) {
                published.merge(nameOf(r.list()), r.version(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
            }
        }
        Set<String> sanctioned = new TreeSet<>();
        for (Entity e : snapshot.entities()) {
            String name = nameOf(e.source().list());
            byDataset.computeIfAbsent(name, k -> new TreeSet<>()).add(e.source().list());
            counts.merge(name, 1, Integer::sum);
            if (!e.sanctions().isEmpty()) {
                sanctioned.add(name);
            }
        }
        byDataset.replaceAll((k, v) -> Set.copyOf(v));
        // sorted maps: the catalogue lists the datasets by name
        return new YenteDatasets(snapshot, Collections.unmodifiableMap(byDataset), Map.copyOf(counts), Map.copyOf(published),
                Collections.unmodifiableSet(sanctioned));
    }

    ListSnapshot snapshot() {
        return snapshot;
    }

    /** The dataset name of a Kordon list. */
    static String nameOf(String list) {
        String l = list.toLowerCase(Locale.ROOT);
        String known = NAMES.get(l);
        if (known != null) {
            return known;
        }
        if (l.startsWith("eu-")) {
            return "eu_fsf";
        }
        String slug = (l.startsWith("os-") ? l.substring(3) : l).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        return slug.isEmpty() ? "unnamed" : slug;
    }

    /** The datasets that are lists (not collections), sorted. */
    Set<String> leaves() {
        return listsByDataset.keySet();
    }

    /** Every Kordon list of the snapshot. */
    Set<String> allLists() {
        Set<String> all = new HashSet<>();
        listsByDataset.values().forEach(all::addAll);
        return all;
    }

    /**
     * The Kordon lists a name stands for: a collection, a dataset, a Kordon list or list prefix; null when none.
     */
    Set<String> lists(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (n.equals(SANCTIONS)) {
            Set<String> lists = new HashSet<>();
            sanctioned.forEach(d -> lists.addAll(listsByDataset.get(d)));
            return lists;
        }
        if (n.equals(DEFAULT) || ALIASES.contains(n)) {
            return allLists();
        }
        Set<String> dataset = listsByDataset.get(n);
        if (dataset != null) {
            return dataset;
        }
        Set<String> chosen = new HashSet<>();
        for (String l : allLists()) {
            String ll = l.toLowerCase(Locale.ROOT);
            if (ll.equals(n) || ll.startsWith(n + "-")) {
                chosen.add(l);
            }
        }
        return chosen.isEmpty() ? null : Set.copyOf(chosen);
    }

    /** The names a caller may use, for messages. */
    List<String> names() {
        List<String> out = new ArrayList<>(new TreeSet<>(COLLECTIONS));
        out.addAll(leaves());
        return out;
    }

    /**
     * {@code GET /catalog} in yente's {@code DataCatalogModel}: each dataset with its title, entity count, the newest
     * publication its files state ({@code updated_at}) and the list version in force ({@code version},
     * {@code index_version}); then the collections, whose {@code children} are the datasets.
     */
    Map<String, Object> catalog(String version) {
        List<Map<String, Object>> datasets = new ArrayList<>();
        for (String name : leaves()) {
            Map<String, Object> d = dataset(name, version, counts.getOrDefault(name, 0), List.of());
            d.put("summary", "Kordon lists " + String.join(", ", new TreeSet<>(listsByDataset.get(name))));
            if (published.containsKey(name) && published.get(name).matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                d.put("updated_at", published.get(name));
            }
            datasets.add(d);
        }
        for (String name : new TreeSet<>(COLLECTIONS)) {
            List<String> children = List.copyOf(name.equals(SANCTIONS) ? sanctioned : leaves());
            int count = children.stream().mapToInt(c -> counts.getOrDefault(c, 0)).sum();
            Map<String, Object> d = dataset(name, version, count, children);
            d.put("load", false);
            datasets.add(d);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("datasets", datasets);
        m.put("current", datasets.stream().map(d -> d.get("name")).toList());
        m.put("outdated", List.of());
        m.put("index_stale", false);
        return m;
    }

    private static Map<String, Object> dataset(String name, String version, int count, List<String> children) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("name", name);
        d.put("title", TITLES.getOrDefault(name, name));
        d.put("entity_count", count);
        d.put("version", version);
        d.put("children", children);
        d.put("load", children.isEmpty());
        d.put("index_version", version);
        d.put("index_current", true);
        return d;
    }
}
