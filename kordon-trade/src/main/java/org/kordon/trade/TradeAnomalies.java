package org.kordon.trade;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.kordon.trade.Anomaly.Metric;
import org.kordon.trade.Flow.Direction;
import org.kordon.trade.TradeFlows.Cell;
import org.kordon.trade.TradeFlows.SeriesKey;

/**
 * The trade-diversion metrics over loaded {@link TradeFlows}, ranked within each metric, largest anomaly first.
 *
 * <pre>{@code
 * List<Anomaly> a = TradeAnomalies.builder().hubs(Set.of("KZ", "KG", "AM")).since(Period.parse("2022-03")).build()
 *         .compute(TradeFlows.load(files));
 * }</pre>
 *
 * <p>Windows: a period is "after" when it is at or after {@code since} ({@link Period#atOrAfter}), else "before"
 * (the pre-sanctions baseline: whatever the data holds, from 2017 at the earliest in the shared files). A series' mean
 * per period divides its sum in a window by the number of periods the files that gave it cover for its reporter in
 * that window: a month without a figure counts as zero trade, a month outside the files does not count.
 *
 * <p>{@code did_growth} is computed for every reporter, hub partner and product; comparison destinations are the
 * partners in the data that are neither hubs nor Russia/Belarus (when there is none, the comparison term is left out
 * and the detail says so). The four growth terms make it the difference-in-differences-in-differences of the EBRD
 * "Eurasian roundabout" design (product x destination x time): subtracting both the comparison destinations' growth
 * and the other goods' growth without adding back the comparison destinations' other goods would take the common
 * trend off twice. "Other goods" are the reporter's TOTAL to that partner less the product when the data has
 * TOTAL rows, else the sum of the other products loaded. A series is left out when a term is undefined (zero before
 * or after) or the product's flow before is below {@code minBaseline} per period (noise of tiny flows); a comparison
 * destinations' product flow below it before is left out like an absent one. {@code mirror_gap} needs exports of at
 * least {@code minBaseline} per period after, {@code unit_value_jump} that much before and after. Ties are broken by the
 * size of the flow after, largest first.
 *
 * <p>{@code mirror_gap} compares, for every exporter-destination-product pair both sides report, over the periods
 * both cover, the exports with the destination's imports divided by the CIF/FOB factor (default 1.06, the IMF
 * Direction of Trade Statistics convention), in US dollars (EUR converted at the ECB's annual average). It is ranked
 * by the change of that gap against its baseline, the periods before {@code since} both report: a gap as wide before
 * the war as after is no change. A gap without a baseline (no period before both report, or exports before under
 * {@code minBaseline} per period) has no value: it is listed after the gaps that have one, by its level, and its
 * detail says why. Thread-safe.
 */
public final class TradeAnomalies {
    private final Set<String> hubs;
    private final Period since;
    private final List<ControlledList> controlled;
    private final double cifFob;
    private final double minBaseline;
    private final double shift;
    private final Map<Integer, Double> usdPerEur;

    private TradeAnomalies(Builder b) {
        this.hubs = Set.copyOf(b.hubs);
        this.since = b.since;
        this.controlled = List.copyOf(b.controlled);
        this.cifFob = b.cifFob;
        this.minBaseline = b.minBaseline;
        this.shift = b.shift;
        Map<Integer, Double> fx = new HashMap<>();
        for (Csv.Row r : Csv.resource("eur-usd-annual.csv", List.of("year", "usd_per_eur")).rows()) {
            fx.put(Integer.parseInt(r.get("year")), Double.parseDouble(r.get("usd_per_eur")));
        }
        this.usdPerEur = fx;
    }

    /** A builder with the defaults: hubs = {@link CountryList#diversionRisk()}, since 2022-03, the CHP list. */
    public static Builder builder() {
        return new Builder();
    }

    /** Options of {@link TradeAnomalies}. */
    public static final class Builder {
        private Set<String> hubs = CountryList.diversionRisk().codes();
        private Period since = new Period(2022, 3);
        private List<ControlledList> controlled = List.of(ControlledList.chp());
        private double cifFob = 1.06;
        private double minBaseline = 10_000;
        private double shift = 10_000;

        private Builder() {
        }

        /**
         * Added to both means of every did_growth term before taking the log (default 10,000 currency units per period):
         * g = ln((after + shift) / (before + shift)), so that a flow falling from 20,000 to 10 a month counts as
         * ln(10,010 / 30,000) = -1.1, not ln(10 / 20,000) = -7.6. 0 gives the plain log growth.
         */
        public Builder growthShift(double s) {
            if (!(s >= 0)) {
                throw new IllegalArgumentException("growth shift must be >= 0, got " + s);
            }
            this.shift = s;
            return this;
        }

        /** The hub countries (ISO alpha-2) whose imports are watched (default: the diversion-risk countries). */
        public Builder hubs(Set<String> h) {
            Set<String> s = new LinkedHashSet<>();
            for (String c : h) {
                s.add(Shipment.country(c, "hubs"));
            }
            this.hubs = s;
            return this;
        }

        /** The first period "after" (default 2022-03, the first month after the February 2022 sanctions). */
        public Builder since(Period p) {
            this.since = Objects.requireNonNull(p);
            return this;
        }

        /** Lists that fill the {@code controlled} column (default: CHP). */
        public Builder controlled(List<ControlledList> l) {
            this.controlled = List.copyOf(l);
            return this;
        }

        /** CIF/FOB factor for mirror gaps (default 1.06). */
        public Builder cifFob(double f) {
            if (!(f >= 1 && f <= 2)) {
                throw new IllegalArgumentException("CIF/FOB factor must be in [1,2], got " + f);
            }
            this.cifFob = f;
            return this;
        }

        /** Smallest mean flow per period before, for did_growth and unit_value_jump (default 10,000 currency units). */
        public Builder minBaseline(double m) {
            this.minBaseline = m;
            return this;
        }

        public TradeAnomalies build() {
            return new TradeAnomalies(this);
        }
    }

    /** All anomalies: did_growth, then mirror_gap, reexport_ratio, unit_value_jump, each ranked from 1. */
    public List<Anomaly> compute(TradeFlows flows) {
        List<Anomaly> out = new ArrayList<>();
        out.addAll(rank(didGrowth(flows)));
        out.addAll(rank(mirrorGap(flows)));
        out.addAll(rank(reexportRatio(flows)));
        out.addAll(rank(unitValueJump(flows)));
        return out;
    }

    /** An anomaly and the size of the flow behind it, which breaks ties (a gap of 100 % on more exports ranks first). */
    private record Ranked(Anomaly anomaly, double weight) {
    }

    /**
     * Ranks within a metric: the largest value first; rows without a value (a mirror gap without a baseline) after all
     * that have one, by their level ({@code post}), largest first; ties by the flow's size, then by the series' names.
     */
    private static final Comparator<Ranked> ORDER = Comparator.comparing((Ranked r) -> Double.isNaN(r.anomaly().value()))
            .thenComparing(Comparator.comparingDouble((Ranked r) -> Double.isNaN(r.anomaly().value()) ? 0 : r.anomaly().value()).reversed())
            .thenComparing(Comparator.comparingDouble((Ranked r) -> Double.isNaN(r.anomaly().value()) ? r.anomaly().post() : 0).reversed())
            .thenComparing(Comparator.comparingDouble(Ranked::weight).reversed())
            .thenComparing(r -> r.anomaly().reporter()).thenComparing(r -> r.anomaly().partner()).thenComparing(r -> r.anomaly().hs6());

    private static List<Anomaly> rank(List<Ranked> a) {
        List<Ranked> sorted = new ArrayList<>(a);
        sorted.sort(ORDER);
        List<Anomaly> out = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            out.add(sorted.get(i).anomaly().withRank(i + 1));
        }
        return out;
    }

    /** Sum and mean per period of a set of cells before and after {@code since}. */
    record Windows(double before, double after, int periodsBefore, int periodsAfter, double kgBefore, double kgAfter) {
        double meanBefore() {
            return periodsBefore == 0 ? Double.NaN : before / periodsBefore;
        }

        double meanAfter() {
            return periodsAfter == 0 ? Double.NaN : after / periodsAfter;
        }

        /** ln((mean after + shift) / (mean before + shift)), NaN when either is zero (with no shift) or unknown. */
        double growth(double shift) {
            double b = meanBefore() + shift;
            double a = meanAfter() + shift;
            return b > 0 && a > 0 ? Math.log(a / b) : Double.NaN;
        }
    }

    Windows windows(TradeFlows flows, String reporter, List<TreeMap<Period, Cell>> parts, boolean usd) {
        List<Cell> all = new ArrayList<>();
        parts.forEach(p -> all.addAll(p.values()));
        NavigableSet<Period> cover = flows.coverage(reporter, all);
        return windows(cover, parts, usd);
    }

    private Windows windows(Set<Period> cover, List<TreeMap<Period, Cell>> parts, boolean usd) {
        double b = 0;
        double a = 0;
        double kb = 0;
        double ka = 0;
        for (TreeMap<Period, Cell> s : parts) {
            for (Map.Entry<Period, Cell> e : s.entrySet()) {
                if (!cover.contains(e.getKey())) {
                    continue;
                }
                double v = usd ? usd(e.getValue(), e.getKey()) : e.getValue().value();
                double kg = e.getValue().kg();
                if (e.getKey().atOrAfter(since)) {
                    a += v;
                    ka += Double.isNaN(kg) ? Double.NaN : kg;
                } else {
                    b += v;
                    kb += Double.isNaN(kg) ? Double.NaN : kg;
                }
            }
        }
        int pb = 0;
        int pa = 0;
        for (Period p : cover) {
            if (p.atOrAfter(since)) {
                pa++;
            } else {
                pb++;
            }
        }
        return new Windows(b, a, pb, pa, kb, ka);
    }

    private double usd(Cell c, Period p) {
        if (c.currency().equals("USD")) {
            return c.value();
        }
        Double rate = usdPerEur.get(p.year());
        if (rate == null) {
            throw new TradeFormatException("no EUR/USD rate for " + p.year() + " in eur-usd-annual.csv: add it to compare EUR and USD figures");
        }
        return c.value() * rate;
    }

    private String controlledLabel(String product) {
        if (product.length() != 6) {
            return "";
        }
        Hs6 hs = new Hs6(product);
        List<String> labels = new ArrayList<>();
        for (ControlledList l : controlled) {
            l.find(hs).ifPresent(e -> labels.add(l.name() + (e.tier().isEmpty() ? "" : " " + e.tier())));
        }
        return String.join("; ", labels);
    }

    // ---- did_growth -------------------------------------------------------------------------------------------

    private List<Ranked> didGrowth(TradeFlows flows) {
        Map<String, Map<String, Map<String, TreeMap<Period, Cell>>>> exports = new HashMap<>(); // reporter -> partner -> product
        for (Map.Entry<SeriesKey, TreeMap<Period, Cell>> e : flows.series().entrySet()) {
            SeriesKey k = e.getKey();
            if (k.direction() == Direction.EXPORT) {
                exports.computeIfAbsent(k.reporter(), x -> new HashMap<>()).computeIfAbsent(k.partner(), x -> new HashMap<>())
                        .put(k.product(), e.getValue());
            }
        }
        Set<String> sanctioned = CountryList.sanctionedDestinations().codes();
        List<Ranked> out = new ArrayList<>();
        for (var byReporter : exports.entrySet()) {
            String reporter = byReporter.getKey();
            Map<String, Map<String, TreeMap<Period, Cell>>> byPartner = byReporter.getValue();
            Set<String> comparison = new TreeSet<>();
            for (String p : byPartner.keySet()) {
                if (!hubs.contains(p) && !sanctioned.contains(p)) {
                    comparison.add(p);
                }
            }
            Map<String, AllGoods> otherCache = new HashMap<>();
            for (String hub : byPartner.keySet()) {
                if (!hubs.contains(hub)) {
                    continue;
                }
                for (String product : byPartner.get(hub).keySet()) {
                    if (product.equals(Flow.TOTAL)) {
                        continue;
                    }
                    Windows own = windows(flows, reporter, List.of(byPartner.get(hub).get(product)), false);
                    if (!(own.meanBefore() >= minBaseline)) {
                        continue;
                    }
                    double gOwn = own.growth(shift);
                    double gOther = otherGoods(flows, reporter, List.of(hub), byPartner, product, otherCache).growth(shift);
                    if (Double.isNaN(gOwn) || Double.isNaN(gOther)) {
                        continue;
                    }
                    double value = gOwn - gOther;
                    String detail;
                    List<TreeMap<Period, Cell>> compProduct = new ArrayList<>();
                    for (String c : comparison) {
                        TreeMap<Period, Cell> s = byPartner.get(c).get(product);
                        if (s != null) {
                            compProduct.add(s);
                        }
                    }
                    Windows comp = compProduct.isEmpty() ? null : windows(flows, reporter, compProduct, false);
                    // a comparison flow too small before says nothing about the common trend: left out like an absent one
                    double gComp = comp == null || !(comp.meanBefore() >= minBaseline) ? Double.NaN : comp.growth(shift);
                    double gCompOther = compProduct.isEmpty() ? Double.NaN
                            : otherGoods(flows, reporter, List.copyOf(comparison), byPartner, product, otherCache).growth(shift);
                    if (!Double.isNaN(gComp) && !Double.isNaN(gCompOther)) {
                        value -= gComp - gCompOther;
                        detail = String.format(Locale.ROOT, "log growth: product to %s %+.3f, other goods to %s %+.3f; product to %s %+.3f, "
                                + "other goods to them %+.3f", hub, gOwn, hub, gOther, String.join("+", comparison), gComp, gCompOther);
                    } else {
                        detail = String.format(Locale.ROOT, "log growth: product to %s %+.3f, other goods to %s %+.3f; no comparison "
                                + "destination with this product (at least the minimum flow before, some after)", hub, gOwn, hub, gOther);
                    }
                    detail += meansDetail(currency(byPartner.get(hub).get(product)), own);
                    out.add(new Ranked(new Anomaly(0, Metric.DID_GROWTH, reporter, hub, product, controlledLabel(product), value, own.meanBefore(),
                            own.meanAfter(), detail), own.after()));
                }
            }
        }
        return out;
    }

    /**
     * The product's means as did_growth's detail ends: {@code "; product's mean per period EUR 104,728 over 26 periods
     * before, EUR 570,861 over 9 periods after"} (the currency of the figures, and how many periods each mean divides by).
     */
    static String meansDetail(String currency, Windows own) {
        return String.format(Locale.ROOT, "; product's mean per period %s %,.0f over %d periods before, %s %,.0f over %d periods after",
                currency, own.meanBefore(), own.periodsBefore(), currency, own.meanAfter(), own.periodsAfter());
    }

    private static String currency(TreeMap<Period, Cell> s) {
        return s.isEmpty() ? "" : s.firstEntry().getValue().currency();
    }

    /** All products (without TOTAL) from a reporter to a partner: their windows and the periods their files cover. */
    private record AllGoods(Windows windows, Set<Period> cover) {
    }

    /**
     * Other goods than {@code product} from {@code reporter} to {@code partners}: the TOTAL less the product where the
     * data has TOTAL rows, else all products less the product (sums kept per partner, so each series costs O(1)).
     */
    private Windows otherGoods(TradeFlows flows, String reporter, List<String> partners,
                               Map<String, Map<String, TreeMap<Period, Cell>>> byPartner, String product, Map<String, AllGoods> cache) {
        double b = 0;
        double a = 0;
        int pb = 0;
        int pa = 0;
        for (String partner : partners) {
            Map<String, TreeMap<Period, Cell>> products = byPartner.get(partner);
            AllGoods all = cache.computeIfAbsent(partner, x -> {
                List<TreeMap<Period, Cell>> series = new ArrayList<>();
                if (products.containsKey(Flow.TOTAL)) {
                    series.add(products.get(Flow.TOTAL));
                } else {
                    products.forEach((p, s) -> {
                        if (!p.equals(Flow.TOTAL)) {
                            series.add(s);
                        }
                    });
                }
                List<Cell> cells = new ArrayList<>();
                series.forEach(s -> cells.addAll(s.values()));
                Set<Period> cover = flows.coverage(reporter, cells);
                return new AllGoods(windows(cover, series, false), cover);
            });
            TreeMap<Period, Cell> own = products.get(product);
            Windows ownW = own == null ? new Windows(0, 0, 0, 0, 0, 0) : windows(all.cover(), List.of(own), false);
            Windows w = all.windows();
            if (w.before() - ownW.before() <= 0 && w.after() - ownW.after() <= 0) {
                continue; // no other goods to this partner
            }
            b += w.before() - ownW.before();
            a += w.after() - ownW.after();
            pb = Math.max(pb, w.periodsBefore());
            pa = Math.max(pa, w.periodsAfter());
        }
        return new Windows(b, a, pb, pa, 0, 0);
    }

    // ---- mirror_gap -------------------------------------------------------------------------------------------

    @SuppressWarnings("ArgumentSelectionDefectChecker") // the mirror series: the partner's imports from the reporter
    private List<Ranked> mirrorGap(TradeFlows flows) {
        List<Ranked> out = new ArrayList<>();
        for (Map.Entry<SeriesKey, TreeMap<Period, Cell>> e : flows.series().entrySet()) {
            SeriesKey x = e.getKey();
            if (x.direction() != Direction.EXPORT || x.product().equals(Flow.TOTAL)) {
                continue;
            }
            TreeMap<Period, Cell> imports = flows.series().get(new SeriesKey(x.partner(), x.reporter(), x.product(), Direction.IMPORT));
            if (imports == null) {
                continue;
            }
            Set<Period> both = new TreeSet<>(flows.coverage(x.reporter(), e.getValue().values()));
            both.retainAll(flows.coverage(x.partner(), imports.values()));
            if (both.isEmpty()) {
                continue;
            }
            Windows xw = windows(both, List.of(e.getValue()), true);
            Windows mw = windows(both, List.of(imports), true);
            double gapAfter = gap(xw.after(), mw.after());
            if (Double.isNaN(gapAfter) || !(xw.meanAfter() >= minBaseline)) {
                continue;
            }
            MirrorChange c = mirrorChange(xw, mw);
            String detail = mirrorDetail(x.reporter(), x.partner(), xw, mw, c, both.size());
            out.add(new Ranked(new Anomaly(0, Metric.MIRROR_GAP, x.reporter(), x.partner(), x.product(), controlledLabel(x.product()), c.change(),
                    c.baseline(), gapAfter, detail), xw.after()));
        }
        return out;
    }

    private double gap(double exports, double imports) {
        return exports > 0 ? (exports - imports / cifFob) / exports : Double.NaN;
    }

    /**
     * A mirror gap's change against its baseline: the gap after less the gap before {@code since}, when the exports
     * before reach {@code minBaseline} per period; else no baseline (NaN both) and why.
     */
    record MirrorChange(double baseline, double change, String noBaseline) {
    }

    MirrorChange mirrorChange(Windows xw, Windows mw) {
        double after = gap(xw.after(), mw.after());
        if (xw.periodsBefore() == 0) {
            return new MirrorChange(Double.NaN, Double.NaN, "no period before " + since + " both report");
        }
        if (!(xw.meanBefore() >= minBaseline)) {
            return new MirrorChange(Double.NaN, Double.NaN, String.format(Locale.ROOT, "exports before %s of USD %,.0f per period, under the "
                    + "minimum of %,.0f", since, xw.meanBefore(), minBaseline));
        }
        double before = gap(xw.before(), mw.before());
        return new MirrorChange(before, after - before, "");
    }

    String mirrorDetail(String exporter, String destination, Windows xw, Windows mw, MirrorChange c, int periods) {
        double after = gap(xw.after(), mw.after());
        String head = c.noBaseline().isEmpty()
                ? String.format(Locale.ROOT, "gap %+.1f points since before %s: %.1f %% of exports not reported as imports before, %.1f %% after",
                        100 * c.change(), since, 100 * c.baseline(), 100 * after)
                : String.format(Locale.ROOT, "no baseline (%s): not ranked as a change, listed after the gaps that have one; %.1f %% of exports "
                        + "not reported as imports after", c.noBaseline(), 100 * after);
        return head + String.format(Locale.ROOT, "; after: %s reports exports of USD %,.0f, %s imports of USD %,.0f (USD %,.0f FOB at a CIF/FOB "
                + "factor of %.2f)", exporter, xw.after(), destination, mw.after(), mw.after() / cifFob, cifFob)
                + (xw.periodsBefore() == 0 ? "" : String.format(Locale.ROOT, "; before: exports USD %,.0f, imports USD %,.0f",
                        xw.before(), mw.before()))
                + String.format(Locale.ROOT, "; %d periods both report (%d before, %d after)", periods, xw.periodsBefore(), xw.periodsAfter());
    }

    // ---- reexport_ratio ---------------------------------------------------------------------------------------

    private List<Ranked> reexportRatio(TradeFlows flows) {
        Map<String, List<TreeMap<Period, Cell>>> importsByReporterProduct = new HashMap<>();
        for (Map.Entry<SeriesKey, TreeMap<Period, Cell>> e : flows.series().entrySet()) {
            SeriesKey k = e.getKey();
            if (k.direction() == Direction.IMPORT && !k.product().equals(Flow.TOTAL)) {
                importsByReporterProduct.computeIfAbsent(k.reporter() + "|" + k.product(), x -> new ArrayList<>()).add(e.getValue());
            }
        }
        Set<String> sanctioned = CountryList.sanctionedDestinations().codes();
        List<Ranked> out = new ArrayList<>();
        for (Map.Entry<SeriesKey, TreeMap<Period, Cell>> e : flows.series().entrySet()) {
            SeriesKey k = e.getKey();
            if (k.direction() != Direction.EXPORT || !sanctioned.contains(k.partner()) || sanctioned.contains(k.reporter())
                    || k.product().equals(Flow.TOTAL)) {
                continue;
            }
            List<TreeMap<Period, Cell>> imports = importsByReporterProduct.get(k.reporter() + "|" + k.product());
            if (imports == null) {
                continue;
            }
            List<Cell> cells = new ArrayList<>(e.getValue().values());
            imports.forEach(s -> cells.addAll(s.values()));
            NavigableSet<Period> cover = flows.coverage(k.reporter(), cells);
            Windows x = windows(cover, List.of(e.getValue()), false);
            Windows m = windows(cover, imports, false);
            double after = m.after() > 0 ? x.after() / m.after() : Double.NaN;
            double before = m.before() > 0 ? x.before() / m.before() : Double.NaN;
            if (Double.isNaN(after)) {
                continue;
            }
            String cur = currency(e.getValue());
            String detail = String.format(Locale.ROOT, "after: exports to %s %s %,.0f / imports from all partners %s %,.0f", k.partner(), cur, x.after(),
                    cur, m.after()) + (Double.isNaN(before) ? "; no imports before"
                    : String.format(Locale.ROOT, "; before: %s %,.0f / %s %,.0f", cur, x.before(), cur, m.before()));
            out.add(new Ranked(new Anomaly(0, Metric.REEXPORT_RATIO, k.reporter(), k.partner(), k.product(), controlledLabel(k.product()), after, before,
                    after, detail), x.after()));
        }
        return out;
    }

    // ---- unit_value_jump --------------------------------------------------------------------------------------

    private List<Ranked> unitValueJump(TradeFlows flows) {
        List<Ranked> out = new ArrayList<>();
        for (Map.Entry<SeriesKey, TreeMap<Period, Cell>> e : flows.series().entrySet()) {
            SeriesKey k = e.getKey();
            if (k.product().equals(Flow.TOTAL)) {
                continue;
            }
            // only cells with a known, positive weight count: value and kg from the same cells
            TreeMap<Period, Cell> weighed = new TreeMap<>();
            e.getValue().forEach((p, c) -> {
                if (c.kg() > 0) {
                    weighed.put(p, c);
                }
            });
            if (weighed.isEmpty()) {
                continue;
            }
            Windows w = windows(flows, k.reporter(), List.of(weighed), false);
            if (!(w.kgBefore() > 0 && w.kgAfter() > 0) || !(w.meanBefore() >= minBaseline) || !(w.meanAfter() >= minBaseline)) {
                continue;
            }
            double uvBefore = w.before() / w.kgBefore();
            double uvAfter = w.after() / w.kgAfter();
            String cur = currency(e.getValue());
            String detail = String.format(Locale.ROOT, "%s %s: before %s %,.0f for %,.0f kg (%s %,.2f per kg), after %s %,.0f for %,.0f kg (%s %,.2f per kg)",
                    k.direction() == Direction.EXPORT ? "exports to" : "imports from", k.partner(), cur, w.before(), w.kgBefore(), cur, uvBefore,
                    cur, w.after(), w.kgAfter(), cur, uvAfter);
            out.add(new Ranked(new Anomaly(0, Metric.UNIT_VALUE_JUMP, k.reporter(), k.partner(), k.product(), controlledLabel(k.product()),
                    uvAfter / uvBefore, uvBefore, uvAfter, detail), w.after()));
        }
        return out;
    }

    /** The mean per period of all CHP-listed products (any list given) exported by all reporters to each partner, per period. */
    Map<String, TreeMap<Period, Double>> controlledExportsByPartner(TradeFlows flows) {
        Map<String, TreeMap<Period, Double>> out = new LinkedHashMap<>();
        for (Map.Entry<SeriesKey, TreeMap<Period, Cell>> e : flows.series().entrySet()) {
            SeriesKey k = e.getKey();
            if (k.direction() != Direction.EXPORT || controlledLabel(k.product()).isEmpty()) {
                continue;
            }
            TreeMap<Period, Double> s = out.computeIfAbsent(k.partner(), x -> new TreeMap<>());
            e.getValue().forEach((p, c) -> s.merge(p, c.value(), Double::sum));
        }
        return out;
    }

    /** The hubs in force. */
    Set<String> hubs() {
        return hubs;
    }

    /** The first period after. */
    Period since() {
        return since;
    }
}
