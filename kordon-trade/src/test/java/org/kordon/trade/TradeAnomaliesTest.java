package org.kordon.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kordon.testkit.SharedData;
import org.kordon.trade.Anomaly.Metric;

/** Each metric on a small example computed by hand (the arithmetic is in the comments). */
class TradeAnomaliesTest {
    @TempDir Path tmp;
    static final String ES = "reporter_iso2,partner_iso2,product_code,product_level,flow,period,value_eur\n";
    static final String CT = "freqCode,period,reporterISO,flowCode,partnerISO,cmdCode,primaryValue,netWgt\n";

    TradeFlows load(String text) throws Exception {
        Path p = tmp.resolve("f" + System.nanoTime() + ".csv");
        Files.writeString(p, text);
        return TradeFlows.load(List.of(p));
    }

    static List<Anomaly> of(List<Anomaly> all, Metric m) {
        return all.stream().filter(a -> a.metric() == m).toList();
    }

    // DE -> KZ (hub), GE (comparison); chips 854231 and cars 870323; 2022-01, 2022-02 before, 2022-03, 2022-04 after.
    static final String DID = ES + """
            DE,KZ,85423100,CN8,EXPORT,2022-01,100000
            DE,KZ,85423100,CN8,EXPORT,2022-02,100000
            DE,KZ,85423100,CN8,EXPORT,2022-03,400000
            DE,KZ,85423100,CN8,EXPORT,2022-04,400000
            DE,KZ,87032300,CN8,EXPORT,2022-01,200000
            DE,KZ,87032300,CN8,EXPORT,2022-02,200000
            DE,KZ,87032300,CN8,EXPORT,2022-03,400000
            DE,KZ,87032300,CN8,EXPORT,2022-04,400000
            DE,GE,85423100,CN8,EXPORT,2022-01,100000
            DE,GE,85423100,CN8,EXPORT,2022-02,100000
            DE,GE,85423100,CN8,EXPORT,2022-03,100000
            DE,GE,85423100,CN8,EXPORT,2022-04,100000
            DE,GE,87032300,CN8,EXPORT,2022-01,100000
            DE,GE,87032300,CN8,EXPORT,2022-02,100000
            DE,GE,87032300,CN8,EXPORT,2022-03,100000
            DE,GE,87032300,CN8,EXPORT,2022-04,100000
            """;

    @Test
    void didGrowth_handExample() throws Exception {
        List<Anomaly> a = of(TradeAnomalies.builder().hubs(Set.of("KZ")).growthShift(0).build().compute(load(DID)), Metric.DID_GROWTH);
        // chips: g(KZ) = ln(400k/100k) = ln 4; other goods to KZ (cars) ln(400k/200k) = ln 2;
        // chips to GE ln 1 = 0; other goods to GE 0  ->  (ln 4 - ln 2) - (0 - 0) = ln 2
        assertThat(a).hasSize(2);
        Anomaly chips = a.get(0);
        assertThat(chips.rank()).isEqualTo(1);
        assertThat(chips.hs6()).isEqualTo("854231");
        assertThat(chips.controlled()).isEqualTo("CHP Tier 1");
        assertThat(chips.value()).isCloseTo(Math.log(2), within(1e-12));
        assertThat(chips.baseline()).isEqualTo(100_000.0);
        assertThat(chips.post()).isEqualTo(400_000.0);
        assertThat(chips.detail()).contains("product to GE +0.000");
        // cars: (ln 2 - ln 4) - (0 - 0) = -ln 2, ranked second
        assertThat(a.get(1).hs6()).isEqualTo("870323");
        assertThat(a.get(1).value()).isCloseTo(-Math.log(2), within(1e-12));
        assertThat(a.get(1).rank()).isEqualTo(2);
    }

    @Test
    void didGrowth_detail_namesTheCurrencyOfTheMeansAndThePeriodsTheyDivideBy() throws Exception {
        // regression: the detail said "means per period (EUR): 2 before, 2 after", labelling period counts as euro means
        Anomaly chips = of(TradeAnomalies.builder().hubs(Set.of("KZ")).growthShift(0).build().compute(load(DID)), Metric.DID_GROWTH).get(0);
        assertThat(chips.detail()).endsWith("; product's mean per period EUR 100,000 over 2 periods before, EUR 400,000 over 2 periods after")
                .doesNotContain("means per period (EUR)");
    }

    @Test
    void didGrowth_defaultShiftDampsSmallFlows() throws Exception {
        // shift 10,000: chips to KZ ln(410k/110k), other goods to KZ ln(410k/210k), GE terms 0 -> ln(21/11) = 0.6466
        Anomaly chips = of(TradeAnomalies.builder().hubs(Set.of("KZ")).build().compute(load(DID)), Metric.DID_GROWTH).get(0);
        assertThat(chips.value()).isCloseTo(Math.log(21.0 / 11.0), within(1e-12));
    }

    @Test
    void didGrowth_comparisonGrowthIsNettedOut() throws Exception {
        // Chips to GE double after (ln 2), other goods to GE flat: (ln 4 - ln 2) - (ln 2 - 0) = 0
        String text = DID.replace("DE,GE,85423100,CN8,EXPORT,2022-03,100000", "DE,GE,85423100,CN8,EXPORT,2022-03,200000")
                .replace("DE,GE,85423100,CN8,EXPORT,2022-04,100000", "DE,GE,85423100,CN8,EXPORT,2022-04,200000");
        Anomaly chips = of(TradeAnomalies.builder().hubs(Set.of("KZ")).growthShift(0).build().compute(load(text)), Metric.DID_GROWTH).stream()
                .filter(x -> x.hs6().equals("854231")).findFirst().orElseThrow();
        assertThat(chips.value()).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void didGrowth_monthWithoutFigureCountsAsZero() throws Exception {
        // No chips to KZ in 2022-02: mean before = 100k / 2 months = 50k; g = ln(400k/50k) = ln 8; ln 8 - ln 2 = ln 4
        String text = DID.replace("DE,KZ,85423100,CN8,EXPORT,2022-02,100000\n", "");
        Anomaly chips = of(TradeAnomalies.builder().hubs(Set.of("KZ")).growthShift(0).build().compute(load(text)), Metric.DID_GROWTH).get(0);
        assertThat(chips.baseline()).isEqualTo(50_000.0);
        assertThat(chips.value()).isCloseTo(Math.log(4), within(1e-12));
    }

    @Test
    void didGrowth_everyPartnerAHub_noComparisonTerm() throws Exception {
        Anomaly chips = of(TradeAnomalies.builder().hubs(Set.of("KZ", "GE")).growthShift(0).build().compute(load(DID)), Metric.DID_GROWTH).stream()
                .filter(x -> x.partner().equals("KZ") && x.hs6().equals("854231")).findFirst().orElseThrow();
        assertThat(chips.value()).isCloseTo(Math.log(2), within(1e-12)); // ln 4 - ln 2
        assertThat(chips.detail()).contains("no comparison destination");
    }

    @Test
    void didGrowth_totalRowsGiveOtherGoods() throws Exception {
        // TOTAL to KZ: 1,100k before, 2,400k after per month; other goods = TOTAL - chips = 1,000k -> 2,000k: ln 2.
        String text = ES + """
                DE,KZ,85423100,CN8,EXPORT,2022-02,100000
                DE,KZ,85423100,CN8,EXPORT,2022-03,400000
                DE,KZ,TOTAL,TOTAL,EXPORT,2022-02,1100000
                DE,KZ,TOTAL,TOTAL,EXPORT,2022-03,2400000
                """;
        Anomaly chips = of(TradeAnomalies.builder().hubs(Set.of("KZ")).growthShift(0).build().compute(load(text)), Metric.DID_GROWTH).get(0);
        assertThat(chips.value()).isCloseTo(Math.log(4) - Math.log(2), within(1e-12));
    }

    @Test
    void didGrowth_tinyBaseline_leftOut() throws Exception {
        String text = DID.replace("100000", "1000");
        List<Anomaly> a = of(TradeAnomalies.builder().hubs(Set.of("KZ")).growthShift(0).build().compute(load(text)), Metric.DID_GROWTH);
        assertThat(a).extracting(Anomaly::hs6).containsExactly("870323");
    }

    @Test
    void mirrorGap_handExample() throws Exception {
        // after: DE exports 1,000,000; AM imports 530,000 CIF = 500,000 FOB at 1.06 -> (1,000,000 - 500,000) / 1,000,000 = 0.5
        // before: exports 1,000,000, imports 1,060,000 CIF = 1,000,000 FOB -> 0; value = the change 0.5 - 0
        TradeFlows f = load(CT + """
                M,202201,DEU,X,ARM,870323,1000000,
                M,202203,DEU,X,ARM,870323,1000000,
                M,202201,ARM,M,DEU,870323,1060000,
                M,202203,ARM,M,DEU,870323,530000,
                """);
        Anomaly g = of(TradeAnomalies.builder().build().compute(f), Metric.MIRROR_GAP).get(0);
        assertThat(g.reporter()).isEqualTo("DE");
        assertThat(g.partner()).isEqualTo("AM");
        assertThat(g.value()).isCloseTo(0.5, within(1e-12));
        assertThat(g.baseline()).isCloseTo(0.0, within(1e-12));
        assertThat(g.post()).isCloseTo(0.5, within(1e-12));
    }

    // DE exports 1,000,000 a month of each product; the partners' imports CIF give the gaps (M = (1 - gap) x 1,060,000).
    // 2022-01 is before, 2022-03 after. Levels after: KG 0.9, TJ 0.8, AM 0.6, KZ 0.4; changes: KZ +0.4, AM +0.1.
    static final String GAPS = CT + """
            M,202201,DEU,X,ARM,870323,1000000,
            M,202203,DEU,X,ARM,870323,1000000,
            M,202201,ARM,M,DEU,870323,530000,
            M,202203,ARM,M,DEU,870323,424000,
            M,202201,DEU,X,KAZ,854231,1000000,
            M,202203,DEU,X,KAZ,854231,1000000,
            M,202201,KAZ,M,DEU,854231,1060000,
            M,202203,KAZ,M,DEU,854231,636000,
            M,202203,DEU,X,KGZ,847150,1000000,
            M,202203,KGZ,M,DEU,847150,106000,
            M,202201,DEU,X,TJK,854231,5000,
            M,202203,DEU,X,TJK,854231,1000000,
            M,202201,TJK,M,DEU,854231,5300,
            M,202203,TJK,M,DEU,854231,212000,
            """;

    @Test
    void mirrorGap_rankedByChangeSinceBaseline_notByLevel() throws Exception {
        List<Anomaly> g = of(TradeAnomalies.builder().build().compute(load(GAPS)), Metric.MIRROR_GAP);
        // by level KG, TJ, AM, KZ; by change KZ (+0.4) before AM (+0.1), then the two without a baseline by level
        assertThat(g).extracting(Anomaly::partner).containsExactly("KZ", "AM", "KG", "TJ");
        assertThat(g).extracting(Anomaly::rank).containsExactly(1, 2, 3, 4);
        Anomaly kz = g.get(0);
        assertThat(kz.value()).isCloseTo(0.4, within(1e-12));
        assertThat(kz.baseline()).isCloseTo(0.0, within(1e-12));
        assertThat(kz.post()).isCloseTo(0.4, within(1e-12));
        assertThat(kz.detail()).startsWith("gap +40.0 points since before 2022-03: 0.0 % of exports not reported as imports before, 40.0 % after");
        assertThat(g.get(1).value()).isCloseTo(0.1, within(1e-12));
    }

    @Test
    void mirrorGap_noPeriodBeforeBothReport_shownAfterTheChangesWithoutAValue() throws Exception {
        Anomaly kg = of(TradeAnomalies.builder().build().compute(load(GAPS)), Metric.MIRROR_GAP).get(2);
        assertThat(kg.partner()).isEqualTo("KG");
        assertThat(kg.value()).isNaN();
        assertThat(kg.baseline()).isNaN();
        assertThat(kg.post()).isCloseTo(0.9, within(1e-12));
        assertThat(kg.detail()).startsWith("no baseline (no period before 2022-03 both report): not ranked as a change");
    }

    @Test
    void mirrorGap_exportsBeforeUnderTheMinimum_noBaseline() throws Exception {
        Anomaly tj = of(TradeAnomalies.builder().build().compute(load(GAPS)), Metric.MIRROR_GAP).get(3);
        assertThat(tj.partner()).isEqualTo("TJ");
        assertThat(tj.value()).isNaN();
        assertThat(tj.post()).isCloseTo(0.8, within(1e-12));
        assertThat(tj.detail()).startsWith("no baseline (exports before 2022-03 of USD 5,000 per period, under the minimum of 10,000)");
    }

    /**
     * Real rows: the EU's CN8 exports to Armenia (Eurostat, 2020-01 to 2022-11; every product, so that each member
     * state's months are covered as in the whole file) against Armenia's car imports (UN Comtrade, 2017-2023). The
     * gaps that existed before the war must not lead: every ranked row's value is its change, the order follows the
     * change, and the rows without a baseline come last.
     */
    @Test
    void mirrorGap_realEuCarExportsToArmenia_rankedByChange() throws Exception {
        Path eurostat = SharedData.require("trade/flows/eurostat_cn8_exports_eu27_to_ru_neighbours_2020-2022.csv");
        Path armenia = SharedData.require("trade/flows/comtrade_armenia_hs8703_cars_monthly_2017-2023.csv");
        Path excerpt = tmp.resolve("eu-to-am.csv");
        try (var lines = Files.lines(eurostat)) {
            List<String> keep = lines.filter(l -> l.startsWith("reporter_iso2") || l.matches("[A-Z]{2},AM,\\d{8},.*")).toList();
            Files.write(excerpt, keep);
        }
        List<Anomaly> g = of(TradeAnomalies.builder().build().compute(TradeFlows.load(List.of(excerpt, armenia))), Metric.MIRROR_GAP);
        assertThat(g).hasSizeGreaterThan(5);
        // Germany's 870340 was as unreported by Armenia before the war (97.8 %) as after (94.6 %): ranked by level it
        // would be near the top; as a change (-3.2 points) it comes after Germany's 870360, a gap that opened (-0.8 % -> 64.9 %).
        Anomaly old = find(g, "DE", "870340");
        assertThat(old.baseline()).isGreaterThan(0.9);
        assertThat(old.value()).isBetween(-0.1, 0.0);
        Anomaly opened = find(g, "DE", "870360");
        assertThat(opened.value()).isGreaterThan(0.5);
        assertThat(opened.rank()).isLessThan(old.rank());
        int firstWithout = g.size();
        for (int i = 0; i < g.size(); i++) {
            Anomaly a = g.get(i);
            if (Double.isNaN(a.value())) {
                firstWithout = Math.min(firstWithout, i);
                assertThat(a.baseline()).as(a.toString()).isNaN();
            } else {
                assertThat(i).as("a gap with a baseline after one without: " + a).isLessThan(firstWithout);
                assertThat(a.value()).as(a.toString()).isCloseTo(a.post() - a.baseline(), within(1e-12));
                if (i > 0) {
                    assertThat(a.value()).as(a.toString()).isLessThanOrEqualTo(g.get(i - 1).value());
                }
            }
        }
    }

    private static Anomaly find(List<Anomaly> a, String reporter, String hs6) {
        return a.stream().filter(x -> x.reporter().equals(reporter) && x.hs6().equals(hs6)).findFirst().orElseThrow(
                () -> new AssertionError("no anomaly " + reporter + " " + hs6 + " in " + a));
    }

    @Test
    void mirrorGap_eurAgainstUsd_convertedAtAnnualRate() throws Exception {
        // EUR 1,000,000 in 2022 at 1.0530 = USD 1,053,000; AM reports USD 1,116,180 CIF / 1.06 = 1,053,000 FOB -> gap 0
        Path es = tmp.resolve("es.csv");
        Files.writeString(es, ES + "DE,AM,87032300,CN8,EXPORT,2022-03,1000000\n");
        Path ct = tmp.resolve("ct.csv");
        Files.writeString(ct, CT + "M,202203,ARM,M,DEU,870323,1116180,\n");
        Anomaly g = of(TradeAnomalies.builder().build().compute(TradeFlows.load(List.of(es, ct))), Metric.MIRROR_GAP).get(0);
        assertThat(g.post()).isCloseTo(0.0, within(1e-9));
        assertThat(g.baseline()).isNaN();
        assertThat(g.value()).isNaN(); // no period before: no change to rank
    }

    @Test
    void reexportRatio_handExample() throws Exception {
        // after: exports to RU 300 + 300 = 600, imports 1,000 + 1,000 = 2,000 -> 0.3; before: 20 / 200 = 0.1
        TradeFlows f = load(CT + """
                M,202201,ARM,X,RUS,851713,10,
                M,202202,ARM,X,RUS,851713,10,
                M,202203,ARM,X,RUS,851713,300,
                M,202204,ARM,X,RUS,851713,300,
                M,202201,ARM,M,CHN,851713,100,
                M,202202,ARM,M,CHN,851713,100,
                M,202203,ARM,M,CHN,851713,600,
                M,202204,ARM,M,VNM,851713,400,
                M,202204,ARM,M,CHN,851713,1000,
                """.replace("M,202204,ARM,M,CHN,851713,1000,\n", ""));
        Anomaly r = of(TradeAnomalies.builder().build().compute(f), Metric.REEXPORT_RATIO).get(0);
        assertThat(r.reporter()).isEqualTo("AM");
        assertThat(r.partner()).isEqualTo("RU");
        assertThat(r.value()).isCloseTo(0.6, within(1e-12)); // 600 / (600 + 400)
        assertThat(r.baseline()).isCloseTo(0.1, within(1e-12));
    }

    @Test
    void unitValueJump_handExample() throws Exception {
        // before: 100,000 for 10,000 kg = 10/kg; after: 300,000 for 10,000 kg = 30/kg -> 3.0
        TradeFlows f = load(CT + """
                M,202201,ARM,X,RUS,870323,100000,10000
                M,202202,ARM,X,RUS,870323,0,
                M,202203,ARM,X,RUS,870323,300000,10000
                """);
        Anomaly u = of(TradeAnomalies.builder().build().compute(f), Metric.UNIT_VALUE_JUMP).get(0);
        assertThat(u.value()).isCloseTo(3.0, within(1e-12));
        assertThat(u.baseline()).isCloseTo(10.0, within(1e-12));
        assertThat(u.post()).isCloseTo(30.0, within(1e-12));
        assertThat(u.detail()).isEqualTo("exports to RU: before USD 100,000 for 10,000 kg (USD 10.00 per kg), after USD 300,000 for 10,000 kg (USD 30.00 per kg)");
    }

    @Test
    void annualData_yearOfSinceIsAfter() throws Exception {
        // 2021 before, 2022 after: value per kg 10 -> 20
        TradeFlows f = load(CT + """
                A,2021,ARM,X,RUS,870323,100000,10000
                A,2022,ARM,X,RUS,870323,200000,10000
                """);
        Anomaly u = of(TradeAnomalies.builder().since(Period.parse("2022-03")).build().compute(f), Metric.UNIT_VALUE_JUMP).get(0);
        assertThat(u.value()).isCloseTo(2.0, within(1e-12));
    }
}
