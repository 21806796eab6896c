package org.kordon.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.kordon.trade.Anomaly;
import org.kordon.trade.ControlledList;
import org.kordon.trade.Hs6;
import org.kordon.trade.TradeAnomalies;
import org.kordon.trade.TradeFlows;

/**
 * The trade anomalies over a generated full year (2021-07 to 2022-06, monthly) of HS-6 bilateral flows in the UN
 * Comtrade current-API CSV format: 27 EU reporters' exports to 12 partners in 2,050 products (the 50 CHP codes and
 * 2,000 others), a quarter of the cells traded, plus the hubs' (KZ, KG, AM) imports from the EU and exports to
 * Russia. Fixed seed 42. The pattern reproduces the published one qualitatively and is never presented as real: after
 * 2022-03, CHP exports to Russia fall to a fifth and those to the hubs triple, with a third of them re-exported to
 * Russia and a tenth of the hubs' imports not declared.
 *
 * <pre>
 * java -Xmx6g -cp kordon-bench/target/benchmarks.jar org.kordon.bench.TradeAnomaliesBench [density]
 * </pre>
 */
public final class TradeAnomaliesBench {
    private static final String[] EU = {"AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC", "HUN", "IRL",
            "ITA", "LVA", "LTU", "LUX", "MLT", "NLD", "POL", "PRT", "ROU", "SVK", "SVN", "ESP", "SWE"};
    private static final String[] PARTNERS = {"RUS", "BLR", "KAZ", "KGZ", "ARM", "GEO", "UZB", "TUR", "ARE", "CHN", "USA", "GBR"};
    private static final Set<String> HUBS = Set.of("KAZ", "KGZ", "ARM");

    private TradeAnomaliesBench() {
    }

    public static void main(String[] args) throws IOException {
        double density = args.length > 0 ? Double.parseDouble(args[0]) : 0.25;
        Path csv = Files.createTempFile("kordon-flows-", ".csv");
        long t0 = System.nanoTime();
        long rows = generate(csv, density, 42);
        double gen = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "generated %,d rows (%,d MB) in %.1f s; %d cores, %s%n", rows, Files.size(csv) >> 20, gen,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.version"));
        long t1 = System.nanoTime();
        TradeFlows flows = TradeFlows.load(List.of(csv));
        double load = (System.nanoTime() - t1) / 1e9;
        long t2 = System.nanoTime();
        List<Anomaly> a = TradeAnomalies.builder().hubs(Set.of("KZ", "KG", "AM")).build().compute(flows);
        double compute = (System.nanoTime() - t2) / 1e9;
        long[] per = new long[Anomaly.Metric.values().length];
        a.forEach(x -> per[x.metric().ordinal()]++);
        System.out.printf(Locale.ROOT, "load %.1f s (%,.0f rows/s); compute %.1f s; %,d anomalies (did %,d, mirror %,d, reexport %,d, uv %,d)%n",
                load, rows / load, compute, a.size(), per[0], per[1], per[2], per[3]);
        a.stream().filter(x -> x.rank() <= 3).forEach(x -> System.out.printf(Locale.ROOT, "  %s #%d %s>%s %s %s %.3f%n", x.metric().csvName(),
                x.rank(), x.reporter(), x.partner(), x.hs6(), x.controlled(), x.value()));
        Files.deleteIfExists(csv);
    }

    static long generate(Path csv, double density, long seed) throws IOException {
        SplittableRandom r = new SplittableRandom(seed);
        Set<String> products = new LinkedHashSet<>();
        ControlledList.chp().entries().keySet().stream().map(Hs6::code).forEach(products::add);
        while (products.size() < 2_050) {
            int chapter = 1 + r.nextInt(97);
            if (chapter == 77) {
                continue;
            }
            products.add(String.format(Locale.ROOT, "%02d%04d", chapter, r.nextInt(10_000)));
        }
        Set<String> chp = new LinkedHashSet<>(ControlledList.chp().entries().keySet().stream().map(Hs6::code).toList());
        List<String> months = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            int ym = 2021 * 12 + 6 + m;
            months.add(String.format(Locale.ROOT, "%04d%02d", ym / 12, ym % 12 + 1));
        }
        long rows = 0;
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("freqCode,period,reporterISO,flowCode,partnerISO,cmdCode,primaryValue,netWgt\n");
            for (String rep : EU) {
                for (String partner : PARTNERS) {
                    for (String p : products) {
                        if (r.nextDouble() >= density && !chp.contains(p)) {
                            continue;
                        }
                        double level = Math.exp(9 + 2.5 * r.nextDouble() * 2);
                        double kgPrice = 5 + r.nextDouble() * 200;
                        for (String month : months) {
                            boolean after = month.compareTo("202203") >= 0;
                            double v = level * (0.6 + 0.8 * r.nextDouble());
                            if (after && chp.contains(p)) {
                                v *= partner.equals("RUS") || partner.equals("BLR") ? 0.2 : HUBS.contains(partner) ? 3.0 : 1.0;
                            }
                            long value = Math.round(v);
                            w.write("M," + month + "," + rep + ",X," + partner + "," + p + "," + value + "," + Math.round(value / kgPrice) + "\n");
                            rows++;
                            if (HUBS.contains(partner)) {
                                long declared = Math.round(value * 1.06 * (after && chp.contains(p) ? 0.9 : 1.0));
                                w.write("M," + month + "," + partner + ",M," + rep + "," + p + "," + declared + "," + Math.round(value / kgPrice) + "\n");
                                rows++;
                                if (after && chp.contains(p)) {
                                    long re = Math.round(value / 3.0);
                                    w.write("M," + month + "," + partner + ",X,RUS," + p + "," + re + "," + Math.round(re / kgPrice / 1.5) + "\n");
                                    rows++;
                                }
                            }
                        }
                    }
                }
            }
        }
        return rows;
    }
}
