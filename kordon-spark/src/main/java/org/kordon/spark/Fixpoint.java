package org.kordon.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.kordon.ownership.Regime;
import org.kordon.ownership.StakeRules;
import org.kordon.ownership.StakeRules.Role;

/*
 * Least fixpoints of the sanctions regimes, in bulk-synchronous rounds: the single-machine worklist (Propagator),
 * with a whole frontier per step instead of one node, and every regime and bound in the same rounds.
 *
 * State, keyed by run (regime, upper: which bound), root and node: "caught" (with the round it was caught in) and
 * "sums" (the stakes of caught owners added up: capital, votes, membership of an arrangement, a control right). A
 * root is a source of its own fixpoint: OFAC and EU have one root ("" for every listed node: they aggregate across
 * listed persons), UK one per listed person. Round k joins the nodes caught in round k-1 (the frontier) with their
 * out-edges of the same run, adds what they pass on to the sums, and catches the nodes whose sums now meet the
 * rule; each caught node passes its stakes on exactly once, as in the worklist, so the sums at the end are those of
 * the single-machine fixpoint. Starting from the roots alone, a ring of companies owning each other never catches
 * itself: the least fixpoint. Rounds = the longest chain of catches; each round's state is checkpointed so the
 * plan does not grow.
 *
 * edges: regime, upper, src, dst, role (StakeRules.Role ordinal), amt (units of this bound), ctl (the control rule
 * holds in this bound), and what evidence needs.
 */
final class Fixpoint {
    static final StructType SUMS = new StructType()
            .add("regime", DataTypes.IntegerType, false)
            .add("upper", DataTypes.BooleanType, false)
            .add("root", DataTypes.StringType, false)
            .add("node", DataTypes.StringType, false)
            .add("sum", DataTypes.LongType, false)
            .add("vote", DataTypes.LongType, false)
            .add("member", DataTypes.IntegerType, false)
            .add("control", DataTypes.IntegerType, false);
    /** The key of a fixpoint's state. */
    static final String[] KEY = {"regime", "upper", "root", "node"};

    /** caught: regime, upper, root, node, round; sums: {@link #SUMS}. */
    record State(Dataset<Row> caught, Dataset<Row> sums, int rounds) {
    }

    /** Told after each round. */
    interface Progress {
        void accept(int round, long caught);
    }

    private Fixpoint() {
    }

    /** Column names as the Scala sequence that {@code Dataset.join(..., usingColumns, joinType)} takes. */
    static scala.collection.immutable.Seq<String> seq(String... names) {
        return scala.jdk.javaapi.CollectionConverters.asScala(java.util.List.of(names)).toList();
    }

    /** The rule that catches a (run, root, node) from its sums. */
    static Column catches() {
        return meets(col("sum")).or(meets(col("vote"))).or(col("member").equalTo(1)).or(col("control").equalTo(1));
    }

    /** {@link StakeRules#meets} as a column, for the regime in the row's {@code regime} column. */
    static Column meets(Column units) {
        long half = 50 * StakeRules.UNITS_PER_PERCENT;
        return when(col("regime").equalTo(Regime.UK.ordinal()), units.gt(half)).otherwise(units.geq(half));
    }

    /**
     * Runs the rounds from {@code roots} (regime, upper, root, node) over {@code edges} until nothing new is caught.
     * The edges should be partitioned by (regime, upper, src) and cached, as {@code OwnershipJob} makes them.
     *
     * @param progress told the round number and how many it caught, after each round
     */
    static State run(SparkSession spark, Dataset<Row> edges, Dataset<Row> roots, Progress progress) {
        Dataset<Row> caught = roots.select(col("regime"), col("upper"), col("root"), col("node"), lit(0).as("round")).localCheckpoint();
        Dataset<Row> frontier = caught;
        Dataset<Row> sums = spark.createDataFrame(java.util.List.of(), SUMS);
        // the edges come partitioned by (regime, upper, src) and cached: each round shuffles its frontier, not the edges
        Dataset<Row> out = edges.withColumnRenamed("src", "node");
        int round = 0;
        while (true) {
            round++;
            Dataset<Row> delta = frontier.join(out, seq("regime", "upper", "node"))
                    .groupBy(col("regime"), col("upper"), col("root"), col("dst").as("node"))
                    .agg(sum(when(col("role").isin(Role.SUMMED.ordinal(), Role.MEMBER.ordinal()), col("amt")).otherwise(0L)).as("sum"),
                            sum(when(col("role").equalTo(Role.VOTED.ordinal()), col("amt")).otherwise(0L)).as("vote"),
                            max(when(col("role").equalTo(Role.MEMBER.ordinal()), 1).otherwise(0)).as("member"),
                            max(when(col("role").equalTo(Role.CONTROL.ordinal()).and(col("ctl")), 1).otherwise(0)).as("control"));
            // one job per round for the sums, one for the newly caught (the next round's frontier)
            sums = sums.unionByName(delta).groupBy("regime", "upper", "root", "node")
                    .agg(sum("sum").as("sum"), sum("vote").as("vote"), max("member").as("member"), max("control").as("control"))
                    .localCheckpoint();
            Dataset<Row> newly = sums.filter(catches()).select("regime", "upper", "root", "node")
                    .join(caught, seq(KEY), "left_anti")
                    .withColumn("round", lit(round)).localCheckpoint();
            long count = newly.count();
            progress.accept(round, count);
            if (count == 0) {
                return new State(caught, sums, round);
            }
            caught = caught.unionByName(newly);
            frontier = newly;
        }
    }
}
