package org.kordon.spark;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Comtrade-shaped test data: a small table computed by hand and a generated data set with the quirks of published
 * files, for the anomalies job's tests and benchmark.
 */
final class ComtradeFixtures {
    static final String API_HEADER = "freqCode,period,reporterISO,flowCode,partnerISO,cmdCode,primaryValue,netWgt,motCode\n";
    static final String LEGACY_HEADER = "period,trade_code,reporter,partner_iso,commodity_code,trade_value_us,netweight_kg,mot_code\n";

    /**
     * Germany's exports to Kazakhstan (hub) and the United States (comparison), chips 854231 and TOTAL, and
     * Kazakhstan's imports from Germany; 2022-01, 2022-02 before, 2022-03, 2022-04 after. By hand, with the shift
     * of 10,000: chips to KZ ln((60k + 10k) / (20k + 10k)) = ln(7/3); other goods to KZ (TOTAL less chips) 100k a month
     * before and after, 0; chips and other goods to US flat, 0: did_growth = ln(7/3). Mirror: DE reports 120k after,
     * KZ 106k, 106k / 1.06 = 100k: gap (120k - 100k) / 120k = 1/6; before 40k and 42.4k: 0.
     * Also dropped as on one machine: the World row, the HS-4 row above the HS-6 rows, the mode-of-transport breakdown
     * of a cell that has its total row, a row without value; Russia (sanctioned) is no comparison destination, and
     * 847150 to KZ is below the minimum baseline.
     */
    static final String HAND = API_HEADER + """
            M,2022-01-01,DEU,X,KAZ,854231,20000,10,0
            M,2022-02-01,DEU,X,KAZ,854231,20000,10,0
            M,2022-03-01,DEU,X,KAZ,854231,60000,30,0
            M,2022-04-01,DEU,X,KAZ,854231,60000,30,0
            M,2022-04-01,DEU,X,KAZ,854231,45000,20,1
            M,2022-04-01,DEU,X,KAZ,854231,15000,10,2
            M,2022-01-01,DEU,X,KAZ,8542,999999,10,0
            M,2022-01-01,DEU,X,KAZ,TOTAL,120000,,0
            M,2022-02-01,DEU,X,KAZ,TOTAL,120000,,0
            M,2022-03-01,DEU,X,KAZ,TOTAL,160000,,0
            M,2022-04-01,DEU,X,KAZ,TOTAL,160000,,0
            M,2022-01-01,DEU,X,KAZ,847150,5000,1,0
            M,2022-03-01,DEU,X,KAZ,847150,9000,1,0
            M,2022-01-01,DEU,X,USA,854231,30000,10,0
            M,2022-02-01,DEU,X,USA,854231,30000,10,0
            M,2022-03-01,DEU,X,USA,854231,30000,10,0
            M,2022-04-01,DEU,X,USA,854231,30000,10,0
            M,2022-01-01,DEU,X,USA,TOTAL,230000,,0
            M,2022-02-01,DEU,X,USA,TOTAL,230000,,0
            M,2022-03-01,DEU,X,USA,TOTAL,230000,,0
            M,2022-04-01,DEU,X,USA,TOTAL,230000,,0
            M,2022-01-01,DEU,X,RUS,854231,90000,10,0
            M,2022-03-01,DEU,X,RUS,854231,1000,10,0
            M,2022-01-01,DEU,X,W00,854231,500000,10,0
            M,2022-02-01,DEU,X,USA,620342,NA,,0
            M,2022-01-01,KAZ,M,DEU,854231,21200,10,0
            M,2022-02-01,KAZ,M,DEU,854231,21200,10,0
            M,2022-03-01,KAZ,M,DEU,854231,53000,10,0
            M,2022-04-01,KAZ,M,DEU,854231,53000,10,0
            """;

    private ComtradeFixtures() {
    }

    private static final String[][] EXPORTERS = {{"DEU", "Germany"}, {"FRA", "France"}, {"ITA", "Italy"}, {"POL", "Poland"}, {"CHN", "China"}};
    private static final String[] HUBS = {"KAZ", "KGZ", "ARM"};
    private static final String[] OTHERS = {"USA", "GBR", "JPN", "TUR", "CHE", "RUS"};
    private static final String[] PRODUCTS = {"854231", "847150", "851762", "870323", "300490", "620342"};

    /**
     * A generated data set in two files, fixed by {@code seed}: {@code a.csv} (current API) with {@code exporters}
     * countries' exports to 3 hubs, 5 comparison destinations and Russia, 6 products, TOTAL rows for the first two
     * exporters, the hubs' imports from them, {@code months} months from 2021-07 (2022-03 is month 9), about 8 % of months
     * missing and 3 % zero, some cells given only by a breakdown by mode of transport, World rows and rows without
     * value; and {@code b.csv} (legacy API, reporter by name) with the last exporter's figures for the last 3 months of
     * a.csv (different: a.csv's are kept) and 3 months more.
     *
     * @return the two files, in load order
     */
    static List<Path> generate(Path dir, long seed, int exporters, int months) throws IOException {
        Random rnd = new Random(seed);
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        try (Writer w = Files.newBufferedWriter(a, StandardCharsets.UTF_8); Writer wb = Files.newBufferedWriter(b, StandardCharsets.UTF_8)) {
            w.write(API_HEADER);
            wb.write(LEGACY_HEADER);
            for (int e = 0; e < exporters; e++) {
                String[] x = EXPORTERS[e % EXPORTERS.length];
                String exporter = x[0];
                int copy = e / EXPORTERS.length; // beyond 5 exporters (benchmark): the same countries, other product codes
                boolean last = e == exporters - 1;
                for (String partner : concat(HUBS, OTHERS)) {
                    boolean hub = List.of(HUBS).contains(partner);
                    double totalLevel = 200_000 + rnd.nextDouble() * 2_000_000;
                    for (String product : PRODUCTS) {
                        String code = copy == 0 ? product : product.substring(0, 4) + String.format(Locale.ROOT, "%02d", (Integer.parseInt(product.substring(4)) + copy) % 100);
                        double level = Math.exp(8 + rnd.nextDouble() * 5); // about 3,000 to 440,000 a month
                        double jump = hub ? Math.exp(rnd.nextGaussian()) : Math.exp(0.3 * rnd.nextGaussian());
                        double mirror = 0.8 + rnd.nextDouble() * 0.6;
                        for (int m = 0; m < months; m++) {
                            String period = period(m);
                            boolean afterSince = m >= 8;
                            double v = level * (afterSince ? jump : 1) * (0.7 + 0.6 * rnd.nextDouble());
                            double roll = rnd.nextDouble();
                            if (roll < 0.08) {
                                continue; // a month without this figure
                            }
                            String value = roll < 0.11 ? "0" : String.format(Locale.ROOT, "%.2f", v);
                            if (rnd.nextDouble() < 0.05) { // by mode of transport only, no total row
                                double share = rnd.nextDouble();
                                w.write(api(period, exporter, "X", partner, code, String.format(Locale.ROOT, "%.2f", v * share), "1"));
                                w.write(api(period, exporter, "X", partner, code, String.format(Locale.ROOT, "%.2f", v * (1 - share)), "2"));
                            } else {
                                w.write(api(period, exporter, "X", partner, code, value, "0"));
                            }
                            if (hub && rnd.nextDouble() < 0.9) {
                                w.write(api(period, partner, "M", exporter, code, String.format(Locale.ROOT, "%.2f", v * mirror), "0"));
                            }
                            if (last && m >= months - 3) {
                                wb.write(legacy(period, "X", x[1], partner, code, String.format(Locale.ROOT, "%.2f", v * 1.5)));
                            }
                        }
                        if (last) {
                            for (int m = months; m < months + 3; m++) {
                                wb.write(legacy(period(m), "X", x[1], partner, code, String.format(Locale.ROOT, "%.2f", level * jump)));
                            }
                        }
                    }
                    if (e < 2) {
                        for (int m = 0; m < months; m++) {
                            w.write(api(period(m), exporter, "X", partner, "TOTAL", String.format(Locale.ROOT, "%.2f",
                                    totalLevel * (0.9 + 0.2 * rnd.nextDouble()) * (m >= 8 && hub ? 1.4 : 1)), "0"));
                        }
                    }
                }
                w.write(api(period(0), exporter, "X", "W00", PRODUCTS[0], "123456789", "0")); // World: dropped
                w.write(api(period(1), exporter, "X", "USA", PRODUCTS[1], "NA", "0")); // no value: dropped
            }
        }
        return List.of(a, b);
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = new String[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Month {@code m} from 2021-07, as Comtrade writes it (first day). */
    private static String period(int m) {
        int ym = 2021 * 12 + 6 + m;
        return String.format(Locale.ROOT, "%04d-%02d-01", ym / 12, ym % 12 + 1);
    }

    private static String api(String period, String reporter, String flow, String partner, String code, String value, String mot) {
        return "M," + period + "," + reporter + "," + flow + "," + partner + "," + code + "," + value + ",," + mot + "\n";
    }

    private static String legacy(String period, String flow, String reporterName, String partner, String code, String value) {
        return period + "," + flow + "," + reporterName + "," + partner + "," + code + "," + value + ",NA,0\n";
    }
}
