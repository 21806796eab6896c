package org.kordon.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.kordon.lists.ListLoader;
import org.kordon.lists.LoadOptions;
import org.kordon.matching.Algorithm;
import org.kordon.matching.Screener;
import org.kordon.matching.Screeners;
import org.kordon.model.Entity;
import org.kordon.model.ListSnapshot;
import org.kordon.model.Schema;
import org.kordon.trade.ControlledList;
import org.kordon.trade.Hs6;
import org.kordon.trade.Party;
import org.kordon.trade.Shipment;
import org.kordon.trade.ShipmentScreener;

/**
 * Screening 1,000,000 generated shipment lines (fixed seed 42) with {@link ShipmentScreener}, against naive baselines
 * measured in the same run on a prefix of the same lines: the same engine without the party cache, and the
 * brute-force screener (Jaro-Winkler against every listed name, no index, no cache).
 *
 * <pre>
 * ./mvnw -q -pl kordon-bench -am -DskipTests package
 * java -Xmx6g -cp kordon-bench/target/benchmarks.jar org.kordon.bench.ShipmentScreeningBench [lines] [csv-out]
 * </pre>
 *
 * The generator: 20,000 exporters in the EU and 20,000 buyers in 15 destination countries, each company with one
 * country (syllable names with legal forms; 1 in 200 is a listed company or organisation, placed in Germany or in
 * Russia/Belarus), so parties recur as in real trade; 1 to 4 parties per shipment; HS codes 30 % from the CHP list and 70 % from other
 * headings, in the notations 6, 8 and 10 digits, dotted or spaced; 10 % with a transit country. Given {@code csv-out}, the lines are also written as a shipments.csv for a CLI run.
 */
public final class ShipmentScreeningBench {
    private static final String[] SYL = {"al", "ber", "con", "dra", "el", "fin", "gor", "han", "is", "jun", "kor", "lum", "mar", "nor",
            "ost", "pol", "qua", "ros", "sta", "tek", "uni", "vel", "west", "xen", "yor", "zen", "tra", "inv", "met", "sib"};
    private static final String[] FORMS = {"GmbH", "LLC", "LLP", "SARL", "S.p.A.", "Ltd", "OOO", "AS", "BV", "Kft", "SRL", "AG"};
    private static final String[] WORDS = {"Trading", "Industries", "Logistics", "Systems", "Components", "Technologies", "Group",
            "Export", "Machinery", "Holding", "Engineering", "Supply"};
    private static final String[] EU = {"DE", "FR", "IT", "NL", "PL", "BE", "AT", "CZ", "SE", "FI", "LT", "ES"};
    private static final String[] DEST = {"DE", "FR", "IT", "US", "GB", "KZ", "KG", "AM", "GE", "TR", "AE", "CN", "UZ", "RS", "JP"};
    private static final String[] OTHER_HS = {"870323", "940360", "610910", "847130", "854449", "392690", "732690", "851830", "300490",
            "220421", "640399", "950300", "030441", "080810", "841810", "870899", "852872", "847330", "401110", "721049"};

    private ShipmentScreeningBench() {
    }

    public static void main(String[] args) throws IOException {
        int lines = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path csv = args.length > 1 ? Path.of(args[1]) : null;
        long t0 = System.nanoTime();
        ListSnapshot snap = ListLoader.load(List.of(BenchData.listsDir()), LoadOptions.lenientDefaults()).snapshot();
        Screener kordon = Screeners.build(snap, Algorithm.KORDON);
        System.out.printf(Locale.ROOT, "lists: %,d entities, loaded and indexed in %.1f s; %d cores, %s%n", snap.size(),
                (System.nanoTime() - t0) / 1e9, Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.version"));

        List<Shipment> shipments = generate(lines, snap, 42);
        if (csv != null && !Files.exists(csv)) {
            write(shipments, csv);
            System.out.println("wrote " + csv);
        }

        ShipmentScreener cached = ShipmentScreener.builder(kordon).build();
        ShipmentScreener noCache = ShipmentScreener.builder(kordon).cacheParties(false).build();
        ShipmentScreener brute = ShipmentScreener.builder(Screeners.bruteForce(snap)).cacheParties(false).build();

        int naiveLines = Math.min(lines, 5_000);
        int bruteLines = Math.min(lines, 40);
        // warm-up (JIT) on the first lines, then the timed runs, each announced as it ends
        run(cached, shipments.subList(0, Math.min(lines, 5_000)));
        ShipmentScreener fresh = ShipmentScreener.builder(kordon).build();
        double[] c = run(fresh, shipments);
        System.out.printf(Locale.ROOT, "cached: %,d lines in %.1f s%n", lines, c[0]);
        double[] n = run(noCache, shipments.subList(0, naiveLines));
        System.out.printf(Locale.ROOT, "no cache: %,d lines in %.1f s%n", naiveLines, n[0]);
        double[] b = run(brute, shipments.subList(0, bruteLines));
        System.out.printf(Locale.ROOT, "%-44s %10s %10s %12s %10s%n", "screener", "lines", "seconds", "lines/s", "findings");
        System.out.printf(Locale.ROOT, "%-44s %,10d %10.1f %,12.0f %,10.0f%n", "ShipmentScreener (party cache), all lines", lines, c[0], lines / c[0], c[1]);
        System.out.printf(Locale.ROOT, "%-44s %,10d %10.1f %,12.0f %,10.0f%n", "same, no party cache (first lines)", naiveLines, n[0], naiveLines / n[0], n[1]);
        System.out.printf(Locale.ROOT, "%-44s %,10d %10.1f %,12.1f %,10.0f%n", "brute-force parties, no cache (first lines)", bruteLines, b[0], bruteLines / b[0], b[1]);
    }

    /** Screens on all cores in chunks as the CLI does; returns {seconds, findings}. */
    static double[] run(ShipmentScreener s, List<Shipment> lines) {
        AtomicLong findings = new AtomicLong();
        long t = System.nanoTime();
        int chunk = 2048;
        for (int from = 0; from < lines.size(); from += chunk) {
            List<Shipment> c = lines.subList(from, Math.min(lines.size(), from + chunk));
            IntStream.range(0, c.size()).parallel().forEach(i -> findings.addAndGet(s.screen(c.get(i)).size()));
        }
        return new double[] {(System.nanoTime() - t) / 1e9, findings.get()};
    }

    /** A trading company: its name and its one country, as in real trade where the same parties recur. */
    private record Company(String name, String country) {
    }

    static List<Shipment> generate(int n, ListSnapshot snap, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Company> exporters = companies(r, 20_000, EU, snap, new String[] {"DE"});
        List<Company> buyers = companies(r, 20_000, DEST, snap, new String[] {"RU", "BY"});
        List<String> chp = ControlledList.chp().entries().keySet().stream().map(Hs6::code).toList();
        List<Shipment> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            List<Party> parties = new ArrayList<>(4);
            Company ex = exporters.get(r.nextInt(exporters.size()));
            parties.add(new Party(Party.Role.EXPORTER, ex.name(), ex.country()));
            Company consignee = buyers.get(r.nextInt(buyers.size()));
            String dest = consignee.country();
            if (r.nextInt(100) != 0) {
                parties.add(new Party(Party.Role.CONSIGNEE, consignee.name(), dest));
            }
            if (r.nextBoolean()) {
                Company endUser = buyers.get(r.nextInt(buyers.size()));
                parties.add(new Party(Party.Role.END_USER, endUser.name(), endUser.country()));
            }
            if (r.nextInt(10) < 3) {
                Company notify = buyers.get(r.nextInt(buyers.size()));
                parties.add(new Party(Party.Role.NOTIFY_PARTY, notify.name(), notify.country()));
            }
            String hs = r.nextInt(10) < 3 ? chp.get(r.nextInt(chp.size())) : OTHER_HS[r.nextInt(OTHER_HS.length)];
            String code = switch (r.nextInt(4)) {
                case 0 -> hs;
                case 1 -> hs.substring(0, 4) + "." + hs.substring(4) + ".0000";
                case 2 -> hs.substring(0, 4) + " " + hs.substring(4);
                default -> hs + "90";
            };
            List<String> transit = r.nextInt(10) == 0 ? List.of(DEST[r.nextInt(DEST.length)]) : List.of();
            out.add(new Shipment("S" + i, null, parties, dest, transit, code, r.nextInt(50) == 0 ? "frozen fish" : null, null, null));
        }
        return out;
    }

    /** {@code count} companies in {@code countries}, 1 in 200 of them a listed company or organisation (in {@code listedCountries}). */
    private static List<Company> companies(SplittableRandom r, int count, String[] countries, ListSnapshot snap, String[] listedCountries) {
        List<String> listed = new ArrayList<>();
        for (Entity e : snap.entities()) {
            if (e.schema() == Schema.COMPANY || e.schema() == Schema.ORGANIZATION) {
                listed.add(e.caption());
            }
        }
        List<Company> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            if (!listed.isEmpty() && r.nextInt(200) == 0) {
                out.add(new Company(listed.get(r.nextInt(listed.size())), listedCountries[r.nextInt(listedCountries.length)]));
                continue;
            }
            String name = cap(SYL[r.nextInt(SYL.length)] + SYL[r.nextInt(SYL.length)] + SYL[r.nextInt(SYL.length)]) + " "
                    + WORDS[r.nextInt(WORDS.length)] + " " + FORMS[r.nextInt(FORMS.length)];
            out.add(new Company(name, countries[r.nextInt(countries.length)]));
        }
        return out;
    }

    private static String cap(String s) {
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    private static void write(List<Shipment> shipments, Path csv) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("id,exporter,exporter_country,consignee,consignee_country,end_user,end_user_country,notify_party,destination_country,"
                    + "transit_countries,hs_code,description\n");
            for (Shipment s : shipments) {
                w.write(String.join(",", s.id(), q(name(s, Party.Role.EXPORTER)), country(s, Party.Role.EXPORTER), q(name(s, Party.Role.CONSIGNEE)),
                        country(s, Party.Role.CONSIGNEE), q(name(s, Party.Role.END_USER)), country(s, Party.Role.END_USER),
                        q(name(s, Party.Role.NOTIFY_PARTY)), s.destinationCountry(), String.join(";", s.transitCountries()), q(s.hsCode()),
                        q(s.description() == null ? "" : s.description())));
                w.write('\n');
            }
        }
    }

    private static String name(Shipment s, Party.Role r) {
        return s.party(r).map(Party::name).orElse("");
    }

    private static String country(Shipment s, Party.Role r) {
        return s.party(r).map(Party::country).orElse("");
    }

    private static String q(String v) {
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }
}
