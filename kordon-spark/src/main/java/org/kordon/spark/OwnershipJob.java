package org.kordon.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min_by;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.kordon.ownership.Evaluation;
import org.kordon.ownership.NodeKind;
import org.kordon.ownership.Regime;
import org.kordon.ownership.Share;
import org.kordon.ownership.StakeRules;
import org.kordon.ownership.StakeRules.Role;
import org.kordon.ownership.StakeType;
import org.kordon.ownership.Status;

/**
 * {@code kordon ownership} as a Spark job: the per-regime least fixpoint over a stakes table in iterative DataFrame
 * rounds, with the statuses, share intervals and evidence columns of the single-machine command.
 *
 * <pre>{@code
 * OwnershipJob job = OwnershipJob.prepare(spark, "stakes.csv", "listed.csv", LocalDate.now(), err);
 * Dataset<Row> result = job.evaluate(List.of(Regime.OFAC, Regime.EU, Regime.UK));
 * CsvOutput.write(result, OwnershipJob.RESULT_HEADER, "result.csv");   // entity_id,regime,status,share_min,share_max,evidence,link
 * }</pre>
 *
 * <p>The rules per stake are {@link StakeRules}, the ones {@link org.kordon.ownership.OwnershipEngine} applies; each
 * regime is two fixpoints ({@link Fixpoint}): the lower bound counts the minimum stakes of surely caught owners, the
 * upper one the maximum stakes of possibly caught owners. OFAC and EU aggregate across listed persons (one fixpoint
 * from all of them), UK runs one per listed person, all in the same rounds, keyed by (person, node). Evidence paths
 * follow, for each caught company, the owner caught in an earlier round with the largest stake; where the
 * single-machine worklist caught two owners in another order the path through them may differ, never the status or
 * the interval. BO (the beneficial-ownership view, a product over paths) has no Spark job.
 */
public final class OwnershipJob {
    /**
     * The result.csv columns of {@code kordon ownership}. {@code link} is always empty here: the job takes the listed
     * nodes by id ({@code --listed}), never links a node to a listing by name, so there is no link to explain.
     */
    public static final List<String> RESULT_HEADER = List.of("entity_id", "regime", "status", "share_min", "share_max", "evidence",
            "link");
    static final StructType RESULT_SCHEMA = new StructType()
            .add("entity_id", DataTypes.StringType, false)
            .add("regime", DataTypes.StringType, false)
            .add("status", DataTypes.StringType, false)
            .add("share_min", DataTypes.StringType, false)
            .add("share_max", DataTypes.StringType, false)
            .add("evidence", DataTypes.StringType, false)
            .add("link", DataTypes.StringType, false);
    static final StructType EDGE_SCHEMA = new StructType()
            .add("regime", DataTypes.IntegerType, false)
            .add("upper", DataTypes.BooleanType, false)
            .add("src", DataTypes.StringType, false)
            .add("dst", DataTypes.StringType, false)
            .add("role", DataTypes.IntegerType, false)
            .add("amt", DataTypes.LongType, false)
            .add("ctl", DataTypes.BooleanType, false)
            .add("contrib", DataTypes.BooleanType, false)
            .add("key", DataTypes.LongType, false)
            .add("label", DataTypes.StringType, false);
    private static final StakeType[] TYPES = StakeType.values();
    private static final int MAX_WARNINGS = 20;

    private final SparkSession spark;
    private final Dataset<Row> stakes;
    private final Dataset<Row> nodes;
    private final Dataset<Row> listed;
    private final LocalDate asOf;
    private final PrintWriter err;

    private OwnershipJob(SparkSession spark, Dataset<Row> stakes, Dataset<Row> nodes, Dataset<Row> listed, LocalDate asOf, PrintWriter err) {
        this.spark = spark;
        this.stakes = stakes;
        this.nodes = nodes;
        this.listed = listed;
        this.asOf = asOf;
        this.err = err;
    }

    /**
     * Reads and checks the stakes (stakes.csv columns, CSV or Parquet) and the listed ids (column entity_id).
     *
     * @param err where warnings and round-by-round progress go
     * <p>The stakes are checked as {@code kordon ownership} checks them: a stake given more than once (same owner,
     * owned, share, type and dates) is counted once, with a warning on {@code err}; the minimum shareholding (or
     * voting) stakes in one company active on {@code asOf} must fit in 100%; a listed id must not be empty.
     *
     * @throws IllegalArgumentException naming the file, the row's ids and the field when a row is bad, the rows of a
     *                                  company whose stakes add up to more than 100%, or an empty listed id (nothing is
     *                                  evaluated then: a stake or listed id left out would change other answers)
     */
    public static OwnershipJob prepare(SparkSession spark, String stakesPath, String listedPath, LocalDate asOf, PrintWriter err) {
        Dataset<Row> stakes = StakeTable.read(spark, stakesPath, asOf, err);
        Dataset<Row> kinds = stakes.filter(col("kind").isNotNull()).groupBy(col("owned").as("node"))
                .agg(min_by(col("kind"), col("seq")).as("kind"));
        Dataset<Row> nodes = stakes.select(col("owner").as("node")).union(stakes.select(col("owned").as("node"))).distinct()
                .join(kinds, Fixpoint.seq("node"), "left").persist();
        Dataset<Row> raw = Tables.read(spark, listedPath);
        if (!List.of(raw.columns()).contains("entity_id")) {
            throw new IllegalArgumentException(Tables.name(listedPath) + " line 1: field entity_id is missing from the header (found "
                    + String.join(",", raw.columns()) + ")");
        }
        Tables.warnUnread(listedPath, List.of(raw.columns()), List.of("entity_id"), err);
        Dataset<Row> all = raw.select(org.apache.spark.sql.functions.trim(col("entity_id").cast("string")).as("node"));
        long empty = all.filter(col("node").isNull().or(col("node").equalTo(""))).count();
        if (empty > 0) {
            // as kordon ownership: a listed id left out would change the answers
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%s: field entity_id is empty in %,d row(s); nothing written "
                    + "(a listed id left out would change the answers)", Tables.name(listedPath), empty));
        }
        Dataset<Row> ids = all.distinct();
        Dataset<Row> listed = ids.join(nodes.select("node"), Fixpoint.seq("node"), "left_semi").persist();
        List<String> unknown = ids.join(nodes.select("node"), Fixpoint.seq("node"), "left_anti").orderBy("node")
                .limit(MAX_WARNINGS + 1).as(Encoders.STRING()).collectAsList();
        for (int i = 0; i < Math.min(unknown.size(), MAX_WARNINGS); i++) {
            err.println("kordon spark: warning: " + Tables.name(listedPath) + ": field entity_id: '" + unknown.get(i)
                    + "' is in no stake; it changes nothing");
        }
        if (unknown.size() > MAX_WARNINGS) {
            err.println("kordon spark: warning: more listed ids in no stake");
        }
        return new OwnershipJob(spark, stakes, nodes, listed, asOf, err);
    }

    /** Entities in the graph (owners and owned). */
    public long nodeCount() {
        return nodes.count();
    }

    /** Stakes read (active on the day or not). */
    public long stakeCount() {
        return stakes.count();
    }

    /** Listed ids that name a node of the graph. */
    public long listedCount() {
        return listed.count();
    }

    /**
     * The results of each regime (OFAC, EU, UK) with the columns of {@link #RESULT_HEADER}, sorted by entity id, then
     * regime (ofac, eu, uk). All regimes and both bounds of each run in the same rounds.
     *
     * @throws IllegalArgumentException for {@link Regime#BO}, which is not a fixpoint, or no regime at all
     */
    public Dataset<Row> evaluate(List<Regime> regimes) {
        if (regimes.isEmpty()) {
            throw new IllegalArgumentException("name at least one regime");
        }
        if (regimes.contains(Regime.BO)) {
            throw new IllegalArgumentException("--regime bo (beneficial ownership) has no Spark job; use kordon ownership");
        }
        int day = (int) asOf.toEpochDay();
        Dataset<Row> active = stakes.filter(StakeTable.active(day)).join(nodes.select(col("node").as("owned"), col("kind")),
                Fixpoint.seq("owned"), "left");
        Dataset<Row> edges = null;
        Dataset<Row> roots = null;
        for (Regime r : regimes) {
            for (boolean upper : new boolean[] {false, true}) {
                Dataset<Row> e = edges(active, r, upper);
                Dataset<Row> o = listed.select(lit(r.ordinal()).as("regime"), lit(upper).as("upper"),
                        r == Regime.UK ? col("node").as("root") : lit("").as("root"), col("node"));
                edges = edges == null ? e : edges.unionByName(e);
                roots = roots == null ? o : roots.unionByName(o);
            }
        }
        // partitioned once by owner for the rounds' joins, cached for the rounds and the evidence
        edges = edges.repartition(col("regime"), col("upper"), col("src")).persist();
        String names = String.join(", ", regimes.stream().map(Regime::code).toList());
        ShuffleMeter meter = ShuffleMeter.register(spark);
        long[] last = {0, System.nanoTime()};
        Fixpoint.State s;
        try {
            s = Fixpoint.run(spark, edges, roots, (k, n) -> {
                long b = meter.bytes();
                long now = System.nanoTime();
                err.printf(Locale.ROOT, "kordon spark: %s, round %d: %,d caught (regime, bound, root, node), shuffle %.1f MB, %.1f s%n",
                        names, k, n, (b - last[0]) / 1e6, (now - last[1]) / 1e9);
                last[0] = b;
                last[1] = now;
            });
        } finally {
            meter.remove(spark);
        }
        Dataset<Row> perRoot = perRoot(s).localCheckpoint();
        Dataset<Row> lo = perRoot.filter(col("upper").equalTo(false)).groupBy("regime", "node").agg(max("share").as("lo_share"),
                max("owned").as("lo_owned"), max("ctl").as("lo_ctl"), max("caught").as("lo_caught"));
        Dataset<Row> hi = perRoot.filter(col("upper").equalTo(true)).groupBy("regime", "node")
                .agg(max("share").as("hi_share"), max("caught").as("hi_caught"));
        Dataset<Row> runs = spark.createDataset(regimes.stream().map(Regime::ordinal).toList(), Encoders.INT()).toDF("regime");
        Dataset<Row> unlisted = nodes.select("node").join(listed, Fixpoint.seq("node"), "left_anti").crossJoin(runs);
        Dataset<Row> status = unlisted.join(lo, Fixpoint.seq("regime", "node"), "left").join(hi, Fixpoint.seq("regime", "node"), "left")
                .select(col("regime"), col("node"),
                        when(col("lo_owned").equalTo(1), Status.BLOCKED.code()).when(col("lo_ctl").equalTo(1), Status.CONTROLLED.code())
                                .when(col("hi_caught").equalTo(1), Status.UNDETERMINED.code()).otherwise(Status.CLEAR.code()).as("status"),
                        coalesce(col("lo_share"), lit(0L)).as("min"),
                        greatest(coalesce(col("lo_share"), lit(0L)), coalesce(col("hi_share"), lit(0L))).as("max"),
                        // the bound that explains the node: lower when surely caught, upper when only possibly
                        when(col("lo_caught").equalTo(1), lit(false)).when(col("hi_caught").equalTo(1), lit(true)).as("upper"))
                .localCheckpoint();
        Dataset<Row> evidence = evidence(status.filter(col("upper").isNotNull()).select("regime", "upper", "node"), edges, s, perRoot);
        String[] codes = new String[Regime.values().length];
        for (Regime r : Regime.values()) {
            codes[r.ordinal()] = r.code();
        }
        return status.join(evidence, Fixpoint.seq("regime", "upper", "node"), "left")
                .orderBy(col("node"), col("regime"))
                .map((MapFunction<Row, Row>) r -> RowFactory.create(
                        r.getString(r.fieldIndex("node")), codes[r.getInt(r.fieldIndex("regime"))], r.getString(r.fieldIndex("status")),
                        Share.decimal(r.getLong(r.fieldIndex("min"))).toPlainString(),
                        Share.decimal(r.getLong(r.fieldIndex("max"))).toPlainString(),
                        r.isNullAt(r.fieldIndex("evidence")) ? "" : r.getString(r.fieldIndex("evidence")), ""),
                Encoders.row(RESULT_SCHEMA));
    }

    /** The active stakes as edges of one bound under {@code regime}, those the regime ignores left out. */
    private static Dataset<Row> edges(Dataset<Row> active, Regime regime, boolean upper) {
        int code = regime.ordinal();
        return active.map((MapFunction<Row, Row>) r -> {
            StakeType type = TYPES[r.getInt(r.fieldIndex("type"))];
            String kind = r.getString(r.fieldIndex("kind"));
            NodeKind owned = "arrangement".equals(kind) ? NodeKind.ARRANGEMENT : NodeKind.COMPANY;
            Role role = StakeRules.role(regime, type, owned);
            long min = r.getLong(r.fieldIndex("min"));
            long mx = r.getLong(r.fieldIndex("max"));
            long amt = upper ? mx : min;
            boolean ctl = role == Role.CONTROL && StakeRules.controls(type, min, mx, upper);
            boolean contrib = switch (role) {
                case SUMMED, VOTED -> amt > 0;
                case CONTROL -> ctl;
                case MEMBER -> true;
                case IGNORED -> false;
            };
            return RowFactory.create(code, upper, r.getString(r.fieldIndex("owner")), r.getString(r.fieldIndex("owned")), role.ordinal(),
                    amt, ctl, contrib, role == Role.CONTROL ? StakeRules.HUNDRED + 1 : amt, StakeRules.label(type, min, mx));
        }, Encoders.row(EDGE_SCHEMA)).filter(col("role").notEqual(Role.IGNORED.ordinal()));
    }

    /** regime, upper, root, node, round (null when not caught), share, owned, ctl, caught, word: the answer per run and root. */
    private static Dataset<Row> perRoot(Fixpoint.State s) {
        Dataset<Row> j = s.caught().join(s.sums(), Fixpoint.seq(Fixpoint.KEY), "full_outer");
        Column caught = col("round").isNotNull();
        Column sum = coalesce(col("sum"), lit(0L));
        Column vote = coalesce(col("vote"), lit(0L));
        Column owned = caught.and(Fixpoint.meets(sum).or(Fixpoint.meets(vote)).or(coalesce(col("member"), lit(0)).equalTo(1)));
        Column ctl = caught.and(coalesce(col("control"), lit(0)).equalTo(1));
        return j.select(col("regime"), col("upper"), col("root"), col("node"), col("round"),
                least(greatest(sum, vote), lit(StakeRules.HUNDRED)).as("share"),
                when(owned, 1).otherwise(0).as("owned"), when(ctl, 1).otherwise(0).as("ctl"), when(caught, 1).otherwise(0).as("caught"));
    }

    /**
     * regime, upper, node, evidence for {@code targets} (regime, upper, node): the paths of every contributing stake
     * from a caught owner, in the bound {@code upper} names and the run of the root that gives the node its largest
     * share there (ties: the first root by id; OFAC and EU have one root).
     */
    private static Dataset<Row> evidence(Dataset<Row> targets, Dataset<Row> edges, Fixpoint.State s, Dataset<Row> perRoot) {
        Dataset<Row> chains = chains(edges, s, perRoot);
        Dataset<Row> best = perRoot.filter(col("caught").equalTo(1)).join(targets, Fixpoint.seq("regime", "upper", "node"), "left_semi")
                .withColumn("_n", row_number().over(Window.partitionBy("regime", "upper", "node").orderBy(col("share").desc(), col("root").asc())))
                .filter(col("_n").equalTo(1)).select(col("regime"), col("upper"), col("root"), col("node").as("dst"));
        Dataset<Row> paths = edges.filter(col("contrib")).join(best, Fixpoint.seq("regime", "upper", "dst"))
                .join(chains.select(col("regime"), col("upper"), col("root"), col("node").as("src"), col("chain")),
                        Fixpoint.seq("regime", "upper", "root", "src"))
                .select(col("regime"), col("upper"), col("dst").as("node"),
                        concat(col("chain"), lit(" -"), col("label"), lit("-> "), col("dst")).as("path"));
        return paths.groupBy("regime", "upper", "node").agg(collect_list("path").as("paths"))
                .map((MapFunction<Row, Row>) r -> RowFactory.create(r.getInt(0), r.getBoolean(1), r.getString(2), joinPaths(r.getList(3))),
                        Encoders.row(new StructType().add("regime", DataTypes.IntegerType).add("upper", DataTypes.BooleanType)
                                .add("node", DataTypes.StringType).add("evidence", DataTypes.StringType)));
    }

    /** As the single-machine evidence: fewest hops first, then text order; at most {@link Evaluation#EVIDENCE_PATHS}. */
    static String joinPaths(List<String> raw) {
        List<String> paths = new ArrayList<>(raw);
        paths.sort(Comparator.comparingInt((String p) -> p.split(" -", -1).length).thenComparing(Comparator.naturalOrder()));
        if (paths.size() > Evaluation.EVIDENCE_PATHS) {
            int more = paths.size() - Evaluation.EVIDENCE_PATHS;
            paths = new ArrayList<>(paths.subList(0, Evaluation.EVIDENCE_PATHS));
            paths.add("+" + more + " more");
        }
        return String.join("; ", paths);
    }

    /**
     * regime, upper, root, node, chain: for every caught node of every run, the path from a listed node to it, each
     * step through the owner caught in an earlier round with the largest stake (a control right counts above 100%;
     * ties: the owner id), built round by round. Each company on the way is marked with its status in that run
     * (blocked, controlled, else undetermined), as the single-machine evidence marks it.
     */
    private static Dataset<Row> chains(Dataset<Row> edges, Fixpoint.State s, Dataset<Row> perRoot) {
        Dataset<Row> caught = s.caught();
        Dataset<Row> words = perRoot.filter(col("upper").equalTo(false)).select(col("regime"), col("root"), col("node").as("dst"),
                when(col("owned").equalTo(1), "blocked").when(col("ctl").equalTo(1), "controlled").otherwise("undetermined").as("word"));
        Dataset<Row> owners = caught.select(col("regime"), col("upper"), col("root"), col("node").as("src"), col("round").as("src_round"));
        Dataset<Row> owned = caught.select(col("regime"), col("upper"), col("root"), col("node").as("dst"), col("round").as("dst_round"));
        Dataset<Row> pred = edges.filter(col("contrib")).join(owners, Fixpoint.seq("regime", "upper", "src"))
                .join(owned, Fixpoint.seq("regime", "upper", "root", "dst"))
                .filter(col("src_round").lt(col("dst_round")))
                .withColumn("_n", row_number().over(Window.partitionBy("regime", "upper", "root", "dst")
                        .orderBy(col("key").desc(), col("src").asc())))
                .filter(col("_n").equalTo(1))
                .join(words, Fixpoint.seq("regime", "root", "dst"), "left")
                .select(col("regime"), col("upper"), col("root"), col("dst").as("node"), col("src"), col("label"),
                        coalesce(col("word"), lit("undetermined")).as("word"), col("dst_round").as("round"))
                .localCheckpoint();
        Dataset<Row> chains = caught.filter(col("round").equalTo(0))
                .select(col("regime"), col("upper"), col("root"), col("node"), col("node").as("chain")).localCheckpoint();
        for (int k = 1; k < s.rounds(); k++) {
            Dataset<Row> next = pred.filter(col("round").equalTo(k))
                    .join(chains.select(col("regime"), col("upper"), col("root"), col("node").as("src"), col("chain").as("owner_chain")),
                            Fixpoint.seq("regime", "upper", "root", "src"))
                    .select(col("regime"), col("upper"), col("root"), col("node"),
                            concat(col("owner_chain"), lit(" -"), col("label"), lit("-> "), col("node"), lit("("), col("word"), lit(")")).as("chain"))
                    .localCheckpoint();
            chains = chains.unionByName(next);
        }
        return chains;
    }
}
